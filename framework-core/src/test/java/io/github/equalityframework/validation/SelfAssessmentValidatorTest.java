package io.github.equalityframework.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.fixtures.Documents;
import io.github.equalityframework.fixtures.Positions;
import io.github.equalityframework.fixtures.TestFramework;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Catalogue;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.Organisation;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every problem the validator finds, with the message and data path users see and, placed through
 * {@link ReadResult#place}, the line and column in a YAML document.
 */
class SelfAssessmentValidatorTest {
    private static final String PROTECTED_AND_LOCAL = "age, care-experience, carers, disability, gender-reassignment,"
            + " marriage-and-civil-partnership, pregnancy-and-maternity, race, religion-or-belief, sex, sexual-orientation";

    private final ModelCodec codec = ModelCodec.strict();
    private final SelfAssessmentValidator validator = new SelfAssessmentValidator(TestFramework.catalogue());

    /** Reads the document, validates it and places every problem in it. */
    private List<String> problems(String yaml) {
        ReadResult<SelfAssessment> read = codec.read(yaml, "sa.yaml", Format.YAML, SelfAssessment.class);
        return read.place(validator.validate(read.value().orElseThrow())).stream()
                .map(ValidationProblem::format)
                .toList();
    }

    /** {@code sa.yaml:line:col: } of the first occurrence of the snippet, and after it the problem. */
    private static String at(String yaml, String snippet) {
        return "sa.yaml:" + Positions.of(yaml, snippet) + ": ";
    }

    private static String full(String from, String to) {
        if (!Documents.FULL_YAML.contains(from)) {
            throw new IllegalArgumentException("not in the document: " + from);
        }
        return Documents.FULL_YAML.replace(from, to);
    }

    @Test
    void aValidDocumentThatUsesEveryPartOfTheModelHasNoProblems() {
        ReadResult<SelfAssessment> read = codec.read(Documents.FULL_YAML, "sa.yaml", Format.YAML, SelfAssessment.class);

        assertEquals(List.of(), read.problems());
        assertEquals(List.of(), validator.validate(read.value().orElseThrow()));
    }

    @Test
    void aSmallValidDocumentHasNoProblems() {
        assertEquals(List.of(), problems(Documents.SMALL_YAML));
    }

    @Test
    void claimForAnUnknownCriterionSuggestsTheClosest() {
        String yaml = full("  - criterion: m1/c2", "  - criterion: m1/c3");

        assertEquals(
                List.of(at(yaml, "m1/c3") + "claims[1].criterion: 'm1/c3' is not a criterion of test-framework;"
                        + " did you mean 'm1/c1'?"),
                problems(yaml));
    }

    @Test
    void claimForACriterionNothingLikeAnyListsTheCriteria() {
        String yaml = full("  - criterion: m1/c2", "  - criterion: leadership");

        assertEquals(
                List.of(at(yaml, "leadership")
                        + "claims[1].criterion: 'leadership' is not a criterion of test-framework;"
                        + " expected one of: m1/c1, m1/c2, m2/c1"),
                problems(yaml));
    }

    @Test
    void claimWithLevelOffTheScaleNamesTheLevelAndSuggestsTheClosest() {
        String yaml = full("    level: developing", "    level: excelent");

        assertEquals(
                List.of(at(yaml, "excelent")
                        + "claims[1].level: 'excelent' is not a level on the scale of test-framework;"
                        + " did you mean 'excellent'?"),
                problems(yaml));
    }

    @Test
    void claimWithLevelNothingLikeTheScaleListsTheLevelsLowestFirst() {
        String yaml = full("    level: developing", "    level: outstanding");

        assertEquals(
                List.of(at(yaml, "outstanding")
                        + "claims[1].level: 'outstanding' is not a level on the scale of test-framework;"
                        + " expected one of: developing, achieving, excellent, not-assessed"),
                problems(yaml));
    }

    @Test
    void levelIdsAreCaseSensitive() {
        String yaml = full("    level: developing", "    level: Developing");

        assertEquals(
                List.of(at(yaml, "Developing")
                        + "claims[1].level: 'Developing' is not a level on the scale of test-framework;"
                        + " did you mean 'developing'?"),
                problems(yaml));
    }

    @Test
    void evidenceReferenceThatDoesNotResolveIsNamed() {
        String yaml = full("evidence: [ev-2]", "evidence: [ev-2, ev-9]");

        assertEquals(
                List.of(at(yaml, "ev-9") + "claims[1].evidence[1]: 'ev-9' is not in the evidence register"),
                problems(yaml));
    }

    @Test
    void evidenceReferencesAreCaseSensitive() {
        String yaml = full("evidence: [ev-1, ev-2]", "evidence: [EV-1, ev-2]");

        assertEquals(
                List.of(at(yaml, "EV-1") + "claims[0].evidence[0]: 'EV-1' is not in the evidence register"),
                problems(yaml));
    }

    @Test
    void duplicateEvidenceIdNamesTheFirstEntryWithIt() {
        String yaml = full("  - id: ev-3", "  - id: ev-1");

        assertEquals(
                List.of(at(yaml, "ev-1\n    title: Letter") + "evidence[2].id: duplicate evidence id 'ev-1';"
                        + " the first is at evidence[0]"),
                problems(yaml));
    }

    @Test
    void periodThatEndsBeforeItStartsGivesBothDates() {
        String yaml = full("  to: 2024-03-31", "  to: 2023-03-31");

        assertEquals(
                List.of(at(yaml, "2023-03-31")
                        + "period.to: the period ends (2023-03-31) before it starts (2023-04-01)"),
                problems(yaml));
    }

    @Test
    void periodOfOneDayIsFine() {
        assertEquals(List.of(), problems(full("  to: 2024-03-31", "  to: 2023-04-01")));
    }

    @Test
    void unknownCharacteristicInScopeSuggestsTheClosest() {
        String yaml = full("characteristics: [race, disability, carers", "characteristics: [race, disabilty, carers");

        assertEquals(
                List.of(at(yaml, "disabilty") + "scope.characteristics[1]: 'disabilty' is not a known characteristic;"
                        + " did you mean 'disability'?"),
                problems(yaml));
    }

    @Test
    void unknownCharacteristicInEvidenceListsTheKnownOnes() {
        String yaml = full("characteristics: [carers]", "characteristics: [veterans]");

        assertEquals(
                List.of(at(yaml, "veterans")
                        + "evidence[2].characteristics[0]: 'veterans' is not a known characteristic;"
                        + " expected one of: " + PROTECTED_AND_LOCAL),
                problems(yaml));
    }

    @Test
    void characteristicsAddedByTheFrameworkAndByTheCouncilAreKnown() {
        String yaml =
                full("characteristics: [carers]", "characteristics: [carers, care-experience, sexual-orientation]");

        assertEquals(List.of(), problems(yaml));
    }

    @Test
    void unknownModuleInScopeIsNamed() {
        String yaml = full("modules: [m1, m2]", "modules: [m1, m3]");

        assertEquals(
                List.of(at(yaml, "m3]")
                        + "scope.modules[1]: 'm3' is not a module of test-framework; did you mean 'm1'?"),
                problems(yaml));
    }

    @Test
    void unknownEvidenceKindSuggestsTheClosest() {
        String yaml = full("kind: equality-data", "kind: equality-date");

        assertEquals(
                List.of(at(yaml, "equality-date") + "evidence[1].kind: 'equality-date' is not a known evidence kind;"
                        + " did you mean 'equality-data'?"),
                problems(yaml));
    }

    @Test
    void unknownEvidenceKindNothingLikeAnyListsTheBuiltInAndFrameworkKinds() {
        String yaml = full("kind: equality-data", "kind: podcast");

        assertEquals(
                List.of(at(yaml, "podcast")
                        + "evidence[1].kind: 'podcast' is not a known evidence kind; expected one of:"
                        + " annual-report, consultation, eia, equality-data, equality-objectives, external-accreditation, minutes, outcome-measure,"
                        + " peer-letter, policy, strategy, training, workforce-report"),
                problems(yaml));
    }

    @Test
    void secondClaimForTheSameCriterionNamesTheFirst() {
        String yaml = full("  - criterion: m2/c1", "  - criterion: m1/c1");

        assertEquals(
                List.of(at(yaml, "m1/c1\n    level: not-assessed")
                        + "claims[2].criterion: duplicate claim for criterion" + " 'm1/c1'; the first is at claims[0]"),
                problems(yaml));
    }

    @Test
    void unknownFrameworkListsTheInstalledOnesAndSkipsChecksThatNeedIt() {
        String yaml = full("framework: test-framework", "framework: test-framwork");

        assertEquals(
                List.of(at(yaml, "test-framwork") + "framework: 'test-framwork' is not an installed framework;"
                        + " did you mean 'test-framework'?"),
                problems(yaml));
    }

    @Test
    void unknownFrameworkWithNothingInstalledSaysNoneAreDefined() {
        SelfAssessmentValidator bare = new SelfAssessmentValidator(Catalogue.of(List.of()));
        SelfAssessment assessment = codec.read(Documents.SMALL_YAML, "sa.yaml", Format.YAML, SelfAssessment.class)
                .value()
                .orElseThrow();

        assertEquals(
                List.of("framework: 'test-framework' is not an installed framework; there are none"),
                bare.validate(assessment).stream()
                        .map(ValidationProblem::format)
                        .toList());
    }

    @Test
    void localCharacteristicThatReusesAProtectedIdIsRejected() {
        String yaml = full(
                "    description: People who are or have been in care\n",
                "    description: People who are or have been in care\n  - id: race\n    label: Race and ethnicity\n");

        assertEquals(
                List.of(at(yaml, "race\n") + "localCharacteristics[1].id: 'race' is a protected characteristic already;"
                        + " a local characteristic needs an id of its own"),
                problems(yaml));
    }

    @Test
    void localCharacteristicDefinedTwiceNamesTheFirst() {
        String yaml = full(
                "    description: People who are or have been in care\n",
                "    description: People who are or have been in care\n  - id: care-experience\n    label: Again\n");

        assertEquals(
                List.of(at(yaml, "care-experience\n    label: Again") + "localCharacteristics[1].id: duplicate local"
                        + " characteristic id 'care-experience'; the first is at localCharacteristics[0]"),
                problems(yaml));
    }

    @Test
    void localCharacteristicIdMustBeKebabCase() {
        String yaml = full(
                        "characteristics: [race, disability, carers, care-experience]",
                        "characteristics: [race, disability, carers, Care Experience]")
                .replace("  - id: care-experience\n", "  - id: Care Experience\n")
                .replace("characteristics: [race, disability, care-experience]", "characteristics: [race, disability]");

        assertEquals(
                List.of(at(yaml, "Care Experience\n") + "localCharacteristics[0].id: must be lower-case words joined by"
                        + " hyphens, e.g. care-experience"),
                problems(yaml));
    }

    @Test
    void peerVisitThatEndsBeforeItStartsIsNamed() {
        String yaml = full("visitTo: 2024-05-15", "visitTo: 2024-05-12");

        assertEquals(
                List.of(at(yaml, "2024-05-12") + "peerReview.visitTo: the visit ends (2024-05-12) before it starts"
                        + " (2024-05-13)"),
                problems(yaml));
    }

    @Test
    void peerFeedbackDatedBeforeTheVisitIsNamed() {
        String yaml = full("visitTo: 2024-05-15\n", "visitTo: 2024-05-15\n  feedbackOn: 2024-05-01\n");

        assertEquals(
                List.of(at(yaml, "2024-05-01") + "peerReview.feedbackOn: the feedback is dated (2024-05-01) before the"
                        + " visit starts (2024-05-13)"),
                problems(yaml));
    }

    @Test
    void peerFeedbackOnTheVisitsLastDayOrLaterIsValid() {
        assertEquals(
                List.of(), problems(full("visitTo: 2024-05-15\n", "visitTo: 2024-05-15\n  feedbackOn: 2024-05-15\n")));
        assertEquals(
                List.of(), problems(full("visitTo: 2024-05-15\n", "visitTo: 2024-05-15\n  feedbackOn: 2024-06-28\n")));
    }

    @Test
    void peerScopeIsCheckedLikeTheAssessmentScope() {
        String yaml = full("    characteristics: [race]\n", "    characteristics: [racee]\n    modules: [m9]\n");

        assertEquals(
                List.of(
                        at(yaml, "racee")
                                + "peerReview.scope.characteristics[0]: 'racee' is not a known characteristic; did you mean 'race'?",
                        at(yaml, "m9")
                                + "peerReview.scope.modules[0]: 'm9' is not a module of test-framework; did you mean 'm1'?"),
                problems(yaml));
    }

    @Test
    void validatedLevelsNeedKnownCriteriaAndLevelsOnTheScaleOncePerCriterion() {
        String yaml = full("      rationale: Ward profiles are used in decisions.\n", """
                      rationale: Ward profiles are used in decisions.
                    - criterion: m1/c1
                      level: developing
                    - criterion: m2/c9
                      level: superb
                """);

        assertEquals(
                List.of(
                        at(yaml, "m1/c1\n      level: developing")
                                + "peerReview.validatedLevels[1].criterion: duplicate validated level"
                                + " for criterion 'm1/c1'; the first is at peerReview.validatedLevels[0]",
                        at(yaml, "m2/c9")
                                + "peerReview.validatedLevels[2].criterion: 'm2/c9' is not a criterion of test-framework;"
                                + " did you mean 'm2/c1'?",
                        at(yaml, "superb")
                                + "peerReview.validatedLevels[2].level: 'superb' is not a level on the scale of test-framework;"
                                + " expected one of: developing, achieving, excellent, not-assessed"),
                problems(yaml));
    }

    @Test
    void feedbackNeedsAKnownModuleOnceAndRecommendationIdsUniqueAcrossTheReview() {
        String yaml = full("          text: Use ward profiles in commissioning.\n", """
                          text: Use ward profiles in commissioning.
                    - module: m1
                      recommendations:
                        - id: R2
                          text: Publish more.
                    - module: m5
                      recommendations:
                        - id: R1
                          text: Again.
                """);

        assertEquals(
                List.of(
                        at(yaml, "m1\n      recommendations:\n        - id: R2")
                                + "peerReview.feedback[1].module: duplicate feedback"
                                + " for module 'm1'; the first is at peerReview.feedback[0]",
                        at(yaml, "m5")
                                + "peerReview.feedback[2].module: 'm5' is not a module of test-framework; did you mean 'm1'?",
                        at(yaml, "R1\n          text: Again")
                                + "peerReview.feedback[2].recommendations[0].id: recommendation id 'R1'"
                                + " is used twice in the review"),
                problems(yaml));
    }

    @Test
    void awardNeedsALevelOnTheScaleAndMustNotExpireBeforeItIsMade() {
        String yaml = full(
                "    level: achieving\n    awardedOn: 2024-06-01\n    expiresOn: 2027-06-01",
                "    level: top\n    awardedOn: 2024-06-01\n    expiresOn: 2024-05-31");

        assertEquals(
                List.of(
                        at(yaml, "top") + "peerReview.award.level: 'top' is not a level on the scale of test-framework;"
                                + " expected one of: developing, achieving, excellent, not-assessed",
                        at(yaml, "2024-05-31")
                                + "peerReview.award.expiresOn: the award expires (2024-05-31) before it was made"
                                + " (2024-06-01)"),
                problems(yaml));
    }

    @Test
    void actionIdsMustBeUniqueAcrossThePlan() {
        String yaml = full("          nextSteps: Pilot in adult social care\n", """
                          nextSteps: Pilot in adult social care
                    - objective: EO2
                      text: Improve workforce data
                      actions:
                        - id: A1
                          description: Publish the pay gap report
                          lead: HR
                          due: 2024-03-31
                          status: complete
                """);

        assertEquals(
                List.of(at(yaml, "A1\n          description: Publish the pay gap")
                        + "actionPlan.entries[1].actions[0].id:" + " action id 'A1' is used twice in the plan"),
                problems(yaml));
    }

    @Test
    void aResponseWithoutItsReasonIsNotAnErrorOfTheFile() {
        // Validation accepts it; the plan checks warn (lga.plan-reconciliation).
        assertEquals(List.of(), problems(full("  response: accepted\n", "  response: not_accepted\n")));
        assertEquals(
                List.of(),
                problems(full(
                        "  response: accepted\n      comment: Agreed by cabinet.\n", "  response: not_accepted\n")));
    }

    @Test
    void anEntryForARecommendationTheReviewDoesNotMakeIsRefusedWithTheClosestId() {
        String yaml = full("- recommendation: R1\n", "- recommendation: R1a\n");

        assertEquals(
                List.of(at(yaml, "R1a") + "actionPlan.entries[0].recommendation: 'R1a' is not a recommendation of the"
                        + " peer review (a council's own objective is written 'objective: ID'); did you mean 'R1'?"),
                problems(yaml));
    }

    @Test
    void anEntryAnswersARecommendationOrStatesAnObjectiveButNotBothOrNeither() {
        String both = full("- recommendation: R1\n", "- recommendation: R1\n      objective: EO1\n");
        String neither = full("- recommendation: R1\n      module: m1", "- module: m1");

        assertEquals(
                List.of(
                        at(both, "recommendation: R1") + "actionPlan.entries[0]: an entry answers a recommendation or"
                                + " states one of the council's own objectives, not both: keep 'recommendation' or 'objective'"),
                problems(both));
        assertEquals(
                List.of(at(neither, "module: m1\n      roles") + "actionPlan.entries[0]: give 'recommendation: ID'"
                        + " (the peer review's recommendation it answers) or 'objective: ID' (one of the council's own"
                        + " objectives, with its 'text')"),
                problems(neither));
    }

    @Test
    void anObjectiveNeedsItsTextAndNoResponse() {
        String yaml = full("- recommendation: R1\n", "- objective: EO1\n");
        String withText = full("- recommendation: R1\n", "- objective: EO1\n      text: Close the pay gap\n");

        assertEquals(
                List.of(at(yaml, "objective: EO1") + "actionPlan.entries[0].text: objective EO1 needs its text: what"
                        + " the council will achieve"),
                problems(yaml));
        assertEquals(List.of(), problems(withText));
    }

    @Test
    void aRecommendationAnsweredTwiceInOnePlanIsRefused() {
        String yaml = full("          nextSteps: Pilot in adult social care\n", """
                          nextSteps: Pilot in adult social care
                    - recommendation: R1
                      response: accepted
                      actions: []
                """);

        assertEquals(
                List.of(at(yaml, "R1\n      response: accepted\n      actions: []")
                        + "actionPlan.entries[1].recommendation: duplicate entry for recommendation 'R1'; the first is"
                        + " at actionPlan.entries[0]"),
                problems(yaml));
    }

    @Test
    void aRecommendationNeedsAResponse() {
        String yaml = full("      response: accepted\n", "");

        assertEquals(
                List.of(at(yaml, "recommendation: R1") + "actionPlan.entries[0].response: recommendation R1 needs the"
                        + " council's response: one of accepted, different_approach, already_completed, not_accepted"),
                problems(yaml));
    }

    @Test
    void aTimescaleNamingADayThatDoesNotExistIsRefusedAtItsLine() {
        String yaml = full("timescale: by December 2024\n", "timescale: by 31 February 2024\n");

        List<String> found = problems(yaml);
        assertEquals(1, found.size(), found.toString());
        assertTrue(
                found.get(0).startsWith(at(yaml, "by 31 February") + "actionPlan.entries[0].actions[0].timescale: "),
                found.get(0));
        assertTrue(found.get(0).contains("February 2024"), found.get(0));
    }

    @Test
    void aCompletionDateNeedsTheStatusComplete() {
        String yaml =
                full("          status: on_track\n", "          status: on_track\n          completed: 2024-10-01\n");

        assertEquals(
                List.of(at(yaml, "2024-10-01") + "actionPlan.entries[0].actions[0].completed: action A1 has a"
                        + " completion date but its status is on track: set 'status: complete', or remove 'completed'"),
                problems(yaml));
        assertEquals(
                List.of(),
                problems(full(
                        "          status: on_track\n",
                        "          status: complete\n          completed: 2024-10-01\n")));
    }

    @Test
    void aRevisionGivesTheNewTargetAndARealDay() {
        String yaml = full("          status: on_track\n", """
                          status: on_track
                          revisions:
                            - agreed: 2024-11-20
                              reason: Supplier delay
                            - timescale: 30/02/2025
                """);

        List<String> found = problems(yaml);
        assertEquals(2, found.size(), found.toString());
        assertEquals(
                at(yaml, "agreed: 2024-11-20") + "actionPlan.entries[0].actions[0].revisions[0]: a revision gives the"
                        + " new target: 'due: YYYY-MM-DD' or 'timescale: by March 2026'",
                found.get(0));
        assertTrue(
                found.get(1)
                        .startsWith(
                                at(yaml, "30/02/2025") + "actionPlan.entries[0].actions[0].revisions[1].timescale: "),
                found.get(1));
    }

    @Test
    void theLeadIsARoleNotAnEmailAddress() {
        String yaml = full("lead: Head of Commissioning", "lead: \" jo.example@anytown.gov.example\"");

        assertEquals(
                List.of(at(yaml, "\" jo.example")
                        + "actionPlan.entries[0].actions[0].lead: 'jo.example@anytown.gov.example'"
                        + " is an e-mail address; name the lead officer's role instead (e.g. Head of Policy): action plans are published,"
                        + " and a role outlives its post-holder"),
                problems(yaml));
        assertEquals(
                List.of(),
                problems(full("lead: Head of Commissioning", "lead: Head of Commissioning (@Commissioning team)")));
    }

    @Test
    void anActionWithoutATimescaleOrWithWordsThatNameNoDateIsValid() {
        // Neither blocks anything: the plan checks warn (lga.plan-timescales).
        assertEquals(
                List.of(), problems(full("          due: 2024-12-31\n          timescale: by December 2024\n", "")));
        assertEquals(List.of(), problems(full("          due: 2024-12-31\n", "")));
        assertEquals(List.of(), problems(full("          timescale: by December 2024\n", "")));
        assertEquals(
                List.of(),
                problems(full(
                        "          due: 2024-12-31\n          timescale: by December 2024\n",
                        "          timescale: at an appropriate time\n")));
    }

    @Test
    void theEntrysModuleMustBeAModuleOfTheFramework() {
        String yaml = full("  module: m1\n      roles", "  module: m9\n      roles");

        assertEquals(
                List.of(at(yaml, "m9") + "actionPlan.entries[0].module: 'm9' is not a module of test-framework;"
                        + " did you mean 'm1'?"),
                problems(yaml));
    }

    @Test
    void placeholdersOfThePlanTemplateAreReportedUntilFilled() {
        String yaml = full("""
                description: Add ward profiles to commissioning templates
                          lead: Head of Commissioning
                          due: 2024-12-31
                          timescale: by December 2024
                """, """
                description: "TO DO: what the council will do. Recommendation: Use ward profiles."
                          lead: TO DO
                          timescale: to do
                """);

        assertEquals(
                List.of(
                        at(yaml, "\"TO DO: what")
                                + "actionPlan.entries[0].actions[0].description: still 'TO DO' from the plan template:"
                                + " say what will be done",
                        at(yaml, "TO DO\n")
                                + "actionPlan.entries[0].actions[0].lead: still 'TO DO' from the plan template: name the lead"
                                + " officer's role, e.g. Head of Policy",
                        at(yaml, "to do")
                                + "actionPlan.entries[0].actions[0].timescale: still 'TO DO' from the plan template: give a period"
                                + " such as 'by March 2026', or replace it with a due date (due: YYYY-MM-DD)"),
                problems(yaml));
    }

    @Test
    void missingOrganisationNameIsRequiredAndPlacedAtTheOrganisationField() {
        String yaml = full("  name: Anytown Borough Council\n", "");

        assertEquals(List.of(at(yaml, "organisation:") + "organisation.name: is required"), problems(yaml));
    }

    @Test
    void blankRequiredTextIsReportedAsBlank() {
        String yaml = full("title: Equality policy", "title: \"  \"");

        assertEquals(List.of(at(yaml, "\"  \"") + "evidence[0].title: must not be blank"), problems(yaml));
    }

    @Test
    void gssCodeOfTheWrongShapeNamesTheAcceptedPrefixes() {
        String yaml = full("gssCode: E07000123", "gssCode: E05000123");

        assertEquals(
                List.of(at(yaml, "E05000123") + "organisation.gssCode: must be a local authority GSS code: E06, E07,"
                        + " E08, E09, E10, W06 or S12 followed by six digits, e.g. E07000123"),
                problems(yaml));
    }

    @Test
    void gssCodesOfEveryLocalAuthorityShapeAreAccepted() {
        for (String code :
                List.of("E06000001", "E07000123", "E08000035", "E09000033", "E10000034", "W06000024", "S12000050")) {
            assertEquals(List.of(), problems(full("gssCode: E07000123", "gssCode: " + code)), code);
        }
        for (String code : List.of("e07000123", "E0700012", "E070001234", "W07000123", " E07000123")) {
            assertEquals(
                    1,
                    problems(full("gssCode: E07000123", "gssCode: \"" + code + "\""))
                            .size(),
                    code);
        }
    }

    @Test
    void blankEvidenceReferenceIsReportedOnceAsBlankNotAlsoAsUnknown() {
        String yaml = full("evidence: [ev-2]", "evidence: [ev-2, \" \"]");

        assertEquals(List.of(at(yaml, "\" \"") + "claims[1].evidence[1]: must not be blank"), problems(yaml));
    }

    @Test
    void missingRequiredPartsAreEachRequired() {
        String yaml = """
                organisation:
                  name: Anytown Borough Council
                claims:
                  - criterion: m1/c1
                evidence:
                  - id: ev-1
                    kind: policy
                """;

        assertEquals(
                List.of(
                        "sa.yaml:1:1: framework: is required",
                        "sa.yaml:1:1: period: is required",
                        "sa.yaml:4:5: claims[0].level: is required",
                        "sa.yaml:6:5: evidence[0].date: is required",
                        "sa.yaml:6:5: evidence[0].title: is required"),
                problems(yaml));
    }

    @Test
    void problemsOfAModelBuiltInCodeHaveAPathButNoLocation() {
        SelfAssessment assessment = new SelfAssessment(
                new Organisation("Anytown", null),
                "test-framework",
                new AssessmentPeriod(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 3, 31)),
                null,
                null,
                List.of(new Claim("m1/c1", "excelent", null, List.of("ev-1"))),
                null,
                null,
                null);

        List<ValidationProblem> problems = validator.validate(assessment);

        assertEquals(
                List.of(
                        "period.to: the period ends (2024-03-31) before it starts (2024-04-01)",
                        "claims[0].level: 'excelent' is not a level on the scale of test-framework; did you mean 'excellent'?",
                        "claims[0].evidence[0]: 'ev-1' is not in the evidence register"),
                problems.stream().map(ValidationProblem::format).toList());
        problems.forEach(p -> assertNull(p.location()));
    }

    @Test
    void problemsFromReadingAndFromValidationComeTogetherInFileOrder() {
        String yaml = full("  to: 2024-03-31", "  to: 2023-03-31")
                .replace("    narrative: |", "    narative: |")
                .replace("  - id: ev-3", "  - id: ev-2")
                .replace("level: not-assessed", "level: not-asessed");

        assertEquals(
                List.of(
                        at(yaml, "2023-03-31")
                                + "period.to: the period ends (2023-03-31) before it starts (2023-04-01)",
                        at(yaml, "narative")
                                + "claims[0].narative: unknown field 'narative'; did you mean 'narrative'?",
                        at(yaml, "not-asessed")
                                + "claims[2].level: 'not-asessed' is not a level on the scale of test-framework;"
                                + " did you mean 'not-assessed'?",
                        at(yaml, "ev-2\n    title: Letter")
                                + "evidence[2].id: duplicate evidence id 'ev-2'; the first is at evidence[1]"),
                problems(yaml));
    }

    @Test
    void validationProblemAtAPathWithAReadingProblemIsLeftOutAsAlreadyExplained() {
        // The impossible date is read as missing; "is required" at the same path would only repeat it.
        String yaml = full("    date: 2023-05-01", "    date: 2023-02-30");

        assertEquals(
                List.of(at(yaml, "2023-02-30") + "evidence[0].date: '2023-02-30' is not a valid date;"
                        + " expected a real calendar date as YYYY-MM-DD, e.g. 2024-03-31"),
                problems(yaml));
    }

    /** The "done when" file: a wrong level, an unresolved evidence reference and a typo'd field name. */
    @Test
    void brokenFileGivesAllThreeProblemsWithLineAndColumn() {
        String yaml = """
                organisation:
                  name: Anytown Borough Council
                framework: test-framework
                period:
                  from: 2023-04-01
                  to: 2024-03-31
                claims:
                  - criterion: m1/c1
                    level: excelent
                    evidence: [ev-1, ev-7]
                evidence:
                  - id: ev-1
                    title: Equality policy
                    kind: policy
                    date: 2023-05-01
                    ownr: Head of Policy
                """;

        assertEquals(
                List.of(
                        "sa.yaml:9:12: claims[0].level: 'excelent' is not a level on the scale of test-framework; did you mean 'excellent'?",
                        "sa.yaml:10:22: claims[0].evidence[1]: 'ev-7' is not in the evidence register",
                        "sa.yaml:16:5: evidence[0].ownr: unknown field 'ownr'; did you mean 'owner'?"),
                problems(yaml));
    }
}
