package io.github.equalityframework.examples.quickstart;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.report.AssessmentReport;
import java.nio.file.Path;

/** Usage: Quickstart SELF-ASSESSMENT PLUGIN-DIR. Prints the overall level and the findings. */
public final class Quickstart {
    public static void main(String[] args) {
        try (AssessmentEngine engine = AssessmentEngine.builder()
                .discoverPlugins() // the LGA plugin, on the class path
                .pluginPath(Path.of(args[1])) // a council's plugin jars, from a directory
                .build()) {
            var read = ModelCodec.strict().readSelfAssessment(Path.of(args[0]));
            var problems = read.value().map(a -> read.place(engine.validate(a))).orElse(read.problems());
            problems.forEach(p -> System.out.println(p.format()));
            if (problems.isEmpty()) {
                AssessmentReport report = engine.assess(read.value().orElseThrow());
                System.out.println(report.organisation() + ": " + report.overall());
                report.findings()
                        .forEach(f -> System.out.println(
                                f.severity() + " " + f.rule() + " " + f.path() + ": " + f.message()));
            }
        }
    }
}
