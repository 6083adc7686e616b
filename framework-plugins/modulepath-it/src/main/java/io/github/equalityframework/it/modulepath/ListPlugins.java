package io.github.equalityframework.it.modulepath;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.engine.PluginRegistry;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.migration.MigrationResult;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.Organisation;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.render.ReportInput;
import io.github.equalityframework.report.render.ReportRenderer;
import io.github.equalityframework.schema.Schemas;
import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.PluginDescriptor;
import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Prints what plugin discovery finds, one fact per line, then reads, validates and assesses a
 * self-assessment and reads the published schemas, so that every reflective and resource path (Jackson, the
 * field constraints read from the records' annotations, plugin resources, the core's own resources) runs.
 */
public final class ListPlugins {
    private ListPlugins() {}

    public static void main(String[] args) {
        ServiceLoader.load(EqualityFrameworkPlugin.class).stream()
                .map(p -> "provider " + p.type().getName() + " in "
                        + describe(p.type().getModule()))
                .sorted()
                .forEach(System.out::println);
        try (PluginRegistry registry = PluginRegistry.discover()) {
            System.out.println("plugins "
                    + registry.plugins().stream().map(PluginDescriptor::id).collect(Collectors.joining(" ")));
            System.out.println("frameworks "
                    + registry.catalogue().frameworks().stream()
                            .map(FrameworkDefinition::id)
                            .collect(Collectors.joining(" ")));
            System.out.println("profiles " + String.join(" ", registry.profileIds()));
            registry.problems().forEach(p -> System.out.println("problem " + p));
        }
        try (AssessmentEngine engine =
                AssessmentEngine.builder().discoverPlugins().build()) {
            ModelCodec codec = ModelCodec.strict();
            // A builder of the model, reached on the module path as an embedder reaches it.
            SelfAssessment written = SelfAssessment.builder()
                    .organisation(new Organisation("Anytown Borough Council", "E07000123"))
                    .framework("lga-eflg-2021")
                    .period(new AssessmentPeriod(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)))
                    .build();
            SelfAssessment read = codec.read(
                            codec.write(written, Format.YAML), "anytown.yaml", Format.YAML, SelfAssessment.class)
                    .value()
                    .orElseThrow();
            System.out.println("validation problems " + engine.validate(read).size());
            AssessmentReport report = engine.assess(read);
            String json = codec.write(report, Format.JSON);
            System.out.println(
                    "report " + report.framework() + " overall " + report.overall() + " complete " + report.complete()
                            + " json " + (json.contains("\"framework\": \"lga-eflg-2021\"") ? "ok" : "unexpected"));
            ReportInput input = new ReportInput(
                    report, read, engine.catalogue().framework(read.framework()).orElseThrow());
            SelfAssessment old = written.toBuilder()
                    .organisation(new Organisation("Anytown Borough Council", null))
                    .framework("lga-eflg-2014")
                    .period(new AssessmentPeriod(LocalDate.of(2015, 4, 1), LocalDate.of(2016, 3, 31)))
                    .claims(List.of(
                            new Claim("m1/c1", "achieving", null, List.of()),
                            new Claim("m1/c3", "developing", null, List.of())))
                    .build();
            MigrationResult migrated = engine.plugins()
                    .migration()
                    .migrate(old, engine.catalogue().framework("lga-eflg-2021").orElseThrow());
            System.out.println("migrated " + migrated.assessment().framework() + " "
                    + migrated.assessment().claims().stream()
                            .map(c -> c.criterion() + " " + c.level())
                            .collect(Collectors.joining(", ")));
            System.out.println(
                    "rendered " + (ReportRenderer.markdown().render(input).contains("Anytown") ? "markdown" : "?") + " "
                            + (ReportRenderer.html().render(input).contains("<html") ? "html" : "?"));
        }
        System.out.println("schemas "
                + Schemas.names().stream()
                        .map(name -> name + (Schemas.named(name).orElse("").contains("$schema") ? "" : " (unreadable)"))
                        .collect(Collectors.joining(" ")));
    }

    private static String describe(Module module) {
        return module.isNamed() ? "module " + module.getName() : "the unnamed module";
    }
}
