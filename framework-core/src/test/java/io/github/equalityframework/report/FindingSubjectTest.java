package io.github.equalityframework.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.Organisation;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.model.Scope;
import io.github.equalityframework.model.SelfAssessment;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A finding's subject is named by the id of what its path points into, as reports and year-on-year matching name it. */
class FindingSubjectTest {
    private static final LocalDate DAY = LocalDate.of(2024, 1, 10);
    private static final SelfAssessment ASSESSMENT = SelfAssessment.builder()
            .organisation(new Organisation("Anytown Borough Council", "E07000999"))
            .framework("lga-eflg-2021")
            .period(new AssessmentPeriod(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31)))
            .scope(new Scope(List.of("age"), List.of()))
            .claims(List.of(
                    new Claim("m1/c1", "achieving", "We do it.", List.of("ev-1")),
                    new Claim("m1/c2", "developing", "Started.", List.of("ev-2"))))
            .evidence(List.of(
                    new EvidenceItem("ev-1", "Policy", "policy", DAY, null, List.of("age"), null),
                    new EvidenceItem("ev-2", "Minutes", "minutes", DAY, null, List.of(), null)))
            .actionPlan(new ActionPlan(
                    DAY,
                    List.of(new ActionPlanEntry(
                            "R1",
                            RecommendationResponse.ACCEPTED,
                            null,
                            List.of(action("A1"), action("A2"), action(null))))))
            .build();

    private static PlannedAction action(String id) {
        return new PlannedAction(id, "Publish the data", "Head of HR", DAY, ActionStatus.ON_TRACK, List.of(), null);
    }

    @Test
    void aPathIntoAClaimEvidenceOrActionIsNamedByItsId() {
        assertEquals("criterion m1/c2.evidence[0]", FindingSubject.named(ASSESSMENT, "claims[1].evidence[0]"));
        assertEquals("criterion m1/c1", FindingSubject.named(ASSESSMENT, "claims[0]"));
        assertEquals("evidence ev-2", FindingSubject.named(ASSESSMENT, "evidence[1]"));
        assertEquals(
                "evidence ev-1.characteristics[0]", FindingSubject.named(ASSESSMENT, "evidence[0].characteristics[0]"));
        assertEquals("action A2.due", FindingSubject.named(ASSESSMENT, "actionPlan.entries[0].actions[1].due"));
    }

    @Test
    void aPathThatPointsIntoNothingWithAnIdIsLeftAsItIs() {
        for (String path : List.of(
                "claims[7].level",
                "evidence[2]",
                "actionPlan.entries[0].actions[2].due",
                "actionPlan.entries[3].actions[0]",
                "actionPlan.entries[0]",
                "claims",
                "scope.characteristics[0]",
                "",
                "rules.lga.evidence-recency")) {
            assertEquals(path, FindingSubject.named(ASSESSMENT, path), path);
        }
    }

    @Test
    void thePartsPointedIntoAreFoundAndNothingElse() {
        assertEquals(
                Optional.of("m1/c2"),
                FindingSubject.claim(ASSESSMENT, "claims[1].narrative").map(Claim::criterion));
        assertEquals(
                Optional.of("ev-1"),
                FindingSubject.evidence(ASSESSMENT, "evidence[0].date").map(EvidenceItem::id));
        assertEquals(
                Optional.of("A1"),
                FindingSubject.action(ASSESSMENT, "actionPlan.entries[0].actions[0]")
                        .map(PlannedAction::id));
        assertEquals(Optional.empty(), FindingSubject.claim(ASSESSMENT, "evidence[0]"));
        assertEquals(Optional.empty(), FindingSubject.action(ASSESSMENT, "actionPlan.entries[0]"));
        assertEquals(
                Optional.empty(),
                FindingSubject.action(ASSESSMENT.withActionPlan(null), "actionPlan.entries[0].actions[0]"));
    }
}
