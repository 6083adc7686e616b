package io.github.equalityframework.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.cli.Cli;
import io.github.equalityframework.cli.Cli.Run;
import io.github.equalityframework.engine.PluginRegistry;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.Catalogue;
import io.github.equalityframework.validation.SelfAssessmentValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingCommandsTest {
    @TempDir
    Path dir;

    @Test
    void frameworksListsTheThreeLgaEditionsWithTheirCounts() {
        Run run = Cli.eflg("frameworks");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(
                run.out()
                        .lines()
                        .anyMatch(l -> l.matches(
                                "lga-eflg-2021\\s+2021\\s+4\\s+17\\s+developing, achieving, excellent\\s+.*")),
                run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("lga-eflg-2014\\s+2014\\s+5\\s+29\\s+.*")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("lga-eflg-2009\\s+2009\\s+5\\s+\\d+\\s+.*")), run.out());
    }

    @Test
    void frameworksAsJsonIsAnArrayOfEditions() {
        Run run = Cli.eflg("frameworks", "--format", "json");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("[\n  {\n    \"id\": \"lga-eflg-2009\""), run.out());
    }

    @Test
    void pluginsListsTheLgaPluginWithItsSdkRange() {
        Run run = Cli.eflg("plugins");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("lga ") && l.contains("[0.1,1.0)")), run.out());
    }

    @Test
    void initWritesATemplateWithEveryCriterionThatValidates() throws IOException {
        Path out = dir.resolve("new.yaml");
        Run run = Cli.eflg(
                "init",
                "--framework",
                "lga-eflg-2021",
                "--organisation",
                "Anytown \"Borough\": Council",
                "--out",
                out.toString());
        assertEquals(0, run.exitCode(), run.err());

        PluginRegistry registry = PluginRegistry.discover();
        var read = ModelCodec.strict().readSelfAssessment(out);
        var assessment = read.value().orElseThrow();
        assertEquals(
                java.util.List.of(),
                read.place(new SelfAssessmentValidator(registry.catalogue()).validate(assessment)));
        assertEquals("Anytown \"Borough\": Council", assessment.organisation().name());
        assertEquals(17, assessment.claims().size());
        assertTrue(Files.readString(out).contains("#   Developing: "), "descriptors are comments");
    }

    @Test
    void initRefusesToOverwriteWithoutForce() throws IOException {
        Path out = Files.writeString(dir.resolve("kept.yaml"), "keep me");
        Run run = Cli.eflg("init", "--framework", "lga-eflg-2021", "--out", out.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("exists; use --force to overwrite it"), run.err());
        assertEquals("keep me", Files.readString(out));
    }

    @Test
    void initTemplatePeriodIsTheLastCompleteFinancialYear() {
        Catalogue catalogue = PluginRegistry.discover().catalogue();
        String text = InitCommand.template(
                catalogue.framework("lga-eflg-2021").orElseThrow(), "X", LocalDate.of(2026, 3, 30));
        assertTrue(text.contains("from: 2024-04-01\n  to: 2025-03-31"), text);
    }

    @Test
    void explainOfAnUnknownRuleSuggestsListingThem() {
        Run run = Cli.eflg("explain", "no.such-rule");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no installed rule has the id 'no.such-rule'"), run.err());
    }

    @Test
    void completionScriptIsGenerated() {
        Run run = Cli.eflg("generate-completion");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("eflg"), run.out());
    }

    @Test
    void schemaPrintsTheSelfAssessmentSchema() {
        Run run = Cli.eflg("schema", "self-assessment");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""), run.out());
    }

    @Test
    void schemaPrintsThePeerReviewAndActionPlanSchemas() {
        Run review = Cli.eflg("schema", "peer-review");
        assertEquals(0, review.exitCode(), review.err());
        assertTrue(
                review.out()
                        .contains("\"$id\": \"https://equalityframework.github.io/schema/peer-review.schema.json\""),
                review.out());
        assertTrue(review.out().contains("\"$ref\": \"#/$defs/PeerReview\""), review.out());
        Run plan = Cli.eflg("schema", "action-plan");
        assertEquals(0, plan.exitCode(), plan.err());
        assertTrue(plan.out().contains("\"$ref\": \"#/$defs/ActionPlan\""), plan.out());
    }

    @Test
    void aSchemaNameMisspeltIsSuggestedAndAnUnknownOneListsThemAll() {
        Run misspelt = Cli.eflg("schema", "action-plna");
        assertEquals(2, misspelt.exitCode());
        assertTrue(
                misspelt.err().contains("no schema is called 'action-plna'; did you mean 'action-plan'?"),
                misspelt.err());
        Run unknown = Cli.eflg("schema", "budget");
        assertEquals(2, unknown.exitCode());
        assertTrue(
                unknown.err()
                        .contains(
                                "no schema is called 'budget'; schemas: action-plan, framework-definition, peer-review,"
                                        + " report, rule-profile, self-assessment"),
                unknown.err());
    }

    @Test
    void unknownSchemaNameSuggestsTheClosest() {
        Run run = Cli.eflg("schema", "self-assesment");
        assertEquals(2, run.exitCode());
        assertTrue(
                run.err().contains("no schema is called 'self-assesment'; did you mean 'self-assessment'?"), run.err());
    }
}
