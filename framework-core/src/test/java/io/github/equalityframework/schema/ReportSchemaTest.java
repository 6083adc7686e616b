package io.github.equalityframework.schema;

import static io.github.equalityframework.schema.SchemaValidation.assertValid;
import static io.github.equalityframework.schema.SchemaValidation.errors;
import static io.github.equalityframework.schema.SchemaValidation.locationsAndKeywords;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.AssessmentReportDocument;
import io.github.equalityframework.report.CouncilProgress.StatusToday;
import io.github.equalityframework.report.ModuleResult;
import io.github.equalityframework.report.PlanToday;
import io.github.equalityframework.spi.CriterionResult;
import io.github.equalityframework.spi.Finding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON report's schema: the report as before, and the peer challenge and the plan with statuses today. */
class ReportSchemaTest {
    static final AssessmentReport REPORT = new AssessmentReport(
            "Anytown Borough Council",
            "lga-eflg-2021",
            SelfAssessmentSchemaTest.FULL.period(),
            null,
            "developing",
            List.of(new ModuleResult("m1", "Communities", "developing", "developing", null, "developing")),
            List.of(new CriterionResult(
                    "m1/c1", "m1", "Knowing", "developing", "developing", null, "developing", List.of())),
            List.of(new Finding("x", Severity.WARNING, "A warning.", "claims[0]", "test.rule", "test")),
            null,
            null,
            true);

    static ObjectNode json(AssessmentReportDocument document) {
        return (ObjectNode) SchemaValidation.JSON.readTree(ModelCodec.strict().write(document, Format.JSON));
    }

    static AssessmentReportDocument full() {
        var plan = SelfAssessmentSchemaTest.FULL.actionPlan();
        String action = plan.entries().get(0).actions().get(0).id();
        return new AssessmentReportDocument(
                REPORT.organisation(),
                REPORT.framework(),
                REPORT.period(),
                REPORT.profile(),
                REPORT.overall(),
                REPORT.modules(),
                REPORT.criteria(),
                REPORT.findings(),
                REPORT.gap(),
                REPORT.coverage(),
                REPORT.complete(),
                SelfAssessmentSchemaTest.FULL.peerReview(),
                new PlanToday(
                        LocalDate.of(2025, 12, 1),
                        plan,
                        List.of(new PlanToday.ActionToday(
                                action, plan.entries().get(0).id(), StatusToday.OVERDUE))));
    }

    @Test
    void theSchemaIsOfTheReportDocument() {
        JsonNode schema = SchemaValidation.JSON.readTree(Schemas.named("report").orElseThrow());
        assertEquals("#/$defs/AssessmentReportDocument", schema.get("$ref").asString());
    }

    @Test
    void aReportWithThePeerChallengeAndThePlanTodayIsValid() {
        ObjectNode report = json(full());
        assertEquals("overdue", report.at("/actionPlan/actions/0/status").asString());
        assertEquals("2025-12-01", report.at("/actionPlan/asOf").asString());
        assertValid("report", report, "a report with its review and plan");
    }

    @Test
    void aReportWithoutThemIsValidAsBefore() {
        ObjectNode report =
                (ObjectNode) SchemaValidation.JSON.readTree(ModelCodec.strict().write(REPORT, Format.JSON));
        assertValid("report", report, "a report as version 0.1 wrote it");
    }

    @Test
    void aStatusTodayThatIsNotOneOfTheSevenIsRejected() {
        ObjectNode report = json(full());
        ((ObjectNode) report.at("/actionPlan/actions/0")).put("status", "red");
        assertEquals(List.of("/actionPlan/actions/0/status: enum"), locationsAndKeywords(errors("report", report)));
    }
}
