package io.github.equalityframework.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.equalityframework.fixtures.TestFramework;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.validation.SelfAssessmentValidator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The builders give what the canonical constructors give: the same defaults for what is left unset, the same
 * problems for what is required and missing, copies of lists, and a record that a later change to the builder
 * or to a list given to it does not touch.
 */
class ModelBuildersTest {
    static final Organisation ANYTOWN = new Organisation("Anytown Borough Council", "E07000123");
    static final AssessmentPeriod PERIOD = new AssessmentPeriod(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));
    static final Claim CLAIM = new Claim("m1/c1", "achieving", "Our equality profile is published.", List.of("e1"));
    static final EvidenceItem PROFILE = new EvidenceItem(
            "e1", "Equality profile 2024", "policy", LocalDate.of(2024, 6, 1), null, List.of("age"), null);

    private final SelfAssessmentValidator validator = new SelfAssessmentValidator(TestFramework.catalogue());

    @Test
    void aSelfAssessmentBuiltByNameEqualsTheOneBuiltByPosition() {
        SelfAssessment built = SelfAssessment.builder()
                .organisation(ANYTOWN)
                .framework(TestFramework.ID)
                .period(PERIOD)
                .claims(List.of(CLAIM))
                .evidence(List.of(PROFILE))
                .build();

        assertEquals(
                new SelfAssessment(
                        ANYTOWN, TestFramework.ID, PERIOD, null, null, List.of(CLAIM), List.of(PROFILE), null, null),
                built);
    }

    @Test
    void aSelfAssessmentWithNothingSetHasTheConstructorsDefaults() {
        SelfAssessment empty = SelfAssessment.builder().build();

        assertEquals(new SelfAssessment(null, null, null, null, null, null, null, null, null), empty);
        assertSame(Scope.ALL, empty.scope());
        assertEquals(List.of(), empty.localCharacteristics());
        assertEquals(List.of(), empty.claims());
        assertEquals(List.of(), empty.evidence());
        assertNull(empty.peerReview());
        assertNull(empty.actionPlan());
    }

    @Test
    void aSelfAssessmentBuiltWithoutItsOrganisationIsToldSoInTheConstructorsWords() {
        SelfAssessment byName = SelfAssessment.builder()
                .framework(TestFramework.ID)
                .period(PERIOD)
                .build();
        SelfAssessment byPosition =
                new SelfAssessment(null, TestFramework.ID, PERIOD, null, null, null, null, null, null);

        assertEquals(List.of("organisation: is required"), problems(byName));
        assertEquals(problems(byPosition), problems(byName));
    }

    @Test
    void anEvidenceItemBuiltWithoutItsTitleIsToldSoInTheConstructorsWords() {
        EvidenceItem untitled = PROFILE.toBuilder().title(" ").build();
        SelfAssessment assessment = new SelfAssessment(
                ANYTOWN, TestFramework.ID, PERIOD, null, null, List.of(CLAIM), List.of(untitled), null, null);

        assertEquals(List.of("evidence[0].title: must not be blank"), problems(assessment));
        assertEquals(
                new EvidenceItem("e1", " ", "policy", LocalDate.of(2024, 6, 1), null, List.of("age"), null, null, null),
                untitled);
    }

    @Test
    void aPeerReviewWithNothingSetHasTheConstructorsDefaults() {
        PeerReview empty = PeerReview.builder().build();

        assertEquals(new PeerReview(null, null, null, null, null, null, null, null), empty);
        assertSame(Scope.ALL, empty.scope());
        assertEquals(List.of(), empty.team());
        assertEquals(List.of(), empty.validatedLevels());
        assertEquals(List.of(), empty.feedback());
    }

    @Test
    void anActionPlanAndItsEntryWithNothingSetHaveTheConstructorsDefaults() {
        assertEquals(
                new ActionPlan(null, null, null, null, null),
                ActionPlan.builder().build());
        assertEquals(List.of(), ActionPlan.builder().build().entries());
        ActionPlanEntry entry = ActionPlanEntry.builder().build();
        assertEquals(new ActionPlanEntry(null, null, null, null, null, null, null, null), entry);
        assertEquals(List.of(), entry.roles());
        assertEquals(List.of(), entry.actions());
    }

    @Test
    void aPlannedActionWithNothingSetHasTheConstructorsDefaults() {
        PlannedAction empty = PlannedAction.builder().build();

        assertEquals(new PlannedAction(null, null, null, null, null, null, null, null, null, null, null), empty);
        assertEquals(List.of(), empty.roles());
        assertEquals(List.of(), empty.revisions());
        assertEquals(List.of(), empty.progress());
    }

    @Test
    void anEvidenceItemWithNothingSetHasTheConstructorsDefaults() {
        EvidenceItem empty = EvidenceItem.builder().build();

        assertEquals(new EvidenceItem(null, null, null, null, null, null, null, null, null), empty);
        assertEquals(List.of(), empty.characteristics());
        assertEquals(List.of(), empty.parts());
    }

    @Test
    void aListGivenToABuilderIsCopiedWhenItBuilds() {
        List<Claim> claims = new ArrayList<>(List.of(CLAIM));
        SelfAssessment.Builder builder = SelfAssessment.builder().claims(claims);
        SelfAssessment built = builder.build();
        claims.add(CLAIM.withCriterion("m1/c2"));

        assertEquals(List.of(CLAIM), built.claims());
        assertEquals(2, builder.build().claims().size());
        assertThrows(UnsupportedOperationException.class, () -> built.claims().add(CLAIM));
    }

    @Test
    void aBuilderChangedAfterBuildingLeavesWhatItBuiltAndTheOriginalAlone() {
        SelfAssessment original = SelfAssessment.builder()
                .organisation(ANYTOWN)
                .framework(TestFramework.ID)
                .period(PERIOD)
                .build();
        SelfAssessment.Builder builder = original.toBuilder();
        SelfAssessment first = builder.build();
        SelfAssessment second = builder.framework("lga-eflg-2021").build();

        assertEquals(original, first);
        assertEquals(TestFramework.ID, original.framework());
        assertEquals("lga-eflg-2021", second.framework());
    }

    @Test
    void withersReplaceOneComponentOfAnAssessmentAndItsPlan() {
        SelfAssessment assessment = new SelfAssessment(
                ANYTOWN, TestFramework.ID, PERIOD, null, null, List.of(CLAIM), List.of(PROFILE), null, null);
        PlannedAction action = PlannedAction.builder()
                .id("A1")
                .description("Publish the equality profile")
                .lead("Head of Policy")
                .status(ActionStatus.ON_TRACK)
                .build();
        ActionPlan plan = new ActionPlan(LocalDate.of(2025, 5, 1), List.of());

        SelfAssessment planned = assessment.withActionPlan(plan.withEntries(List.of(ActionPlanEntry.builder()
                .objective("EO1")
                .text("Know our communities")
                .actions(List.of(action.withStatus(ActionStatus.COMPLETE)))
                .build())));

        assertEquals(
                ActionStatus.COMPLETE,
                planned.actionPlan().entries().get(0).actions().get(0).status());
        assertEquals(ActionStatus.ON_TRACK, action.status());
        assertNull(assessment.actionPlan());
        assertEquals(assessment.claims(), planned.claims());
        assertEquals(
                List.of(CLAIM.withLevel("excellent")),
                planned.withClaims(List.of(CLAIM.withLevel("excellent"))).claims());
    }

    private List<String> problems(SelfAssessment assessment) {
        return validator.validate(assessment).stream()
                .map(ValidationProblem::format)
                .toList();
    }
}
