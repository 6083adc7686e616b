package io.github.equalityframework.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.io.DocumentReaders;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.report.AssessmentReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** engine.assess(files): a self-assessment with its review and plans read, validated once and assessed. */
class AssessTheFilesTest {
    private static final String REVIEW = """
            visitFrom: 2024-02-06
            validatedLevels:
              - criterion: m1/c1
                level: %s
            """;
    private static final String PLAN = """
            agreedOn: 2024-03-01
            entries:
              - objective: O1
                text: Know our communities better
                response: accepted
                actions:
                  - id: A1
                    description: Publish the community profile.
                    lead: Head of Policy
                    status: %s
            """;

    @TempDir
    Path dir;

    private AssessmentEngine engine;
    private Path assessment;

    @BeforeEach
    void write() {
        engine = AssessmentEngine.builder().plugin(new TestFramework.Plugin()).build();
        assessment = dir.resolve("anytown.yaml");
        ModelCodec.strict().write(TestFramework.sample(), assessment);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static List<String> formatted(List<ValidationProblem> problems) {
        return problems.stream().map(ValidationProblem::format).toList();
    }

    @Test
    void theFilesBesideAreReadWithTheAssessmentAndTheResultHoldsAllAnEmbedderShows() throws IOException {
        Path review = file("anytown-review.yaml", REVIEW.formatted("achieving"));
        Path plan = file("anytown-plan.yaml", PLAN.formatted("on_track"));

        AssessmentResult result = engine.assess(AssessmentFiles.beside(assessment));

        assertEquals(new AssessmentFiles(assessment, review, List.of(plan)), result.files());
        assertEquals(List.of(), result.problems());
        assertTrue(result.isValid());
        AssessmentReport report = result.report().orElseThrow();
        assertEquals(engine.assess(result.assessment().orElseThrow()), report);
        assertEquals("achieving", report.criteria().get(0).validated());
        assertEquals(TestFramework.ID, result.framework().orElseThrow().id());
        assertEquals(
                engine.rules().stream()
                        .filter(EffectiveRule::enabled)
                        .map(r -> r.installed().rule())
                        .toList(),
                result.rules());
        assertEquals(plan.toString(), result.locate("actionPlan.entries[0]").source());
        assertEquals(
                review.toString(), result.locate("peerReview.validatedLevels").source());
        assertEquals(assessment.toString(), result.locate("claims[0]").source());
    }

    @Test
    void levelsAreShownByTheirLabels() {
        AssessmentResult result = engine.assess(AssessmentFiles.of(assessment));

        assertEquals("Achieving", result.label("achieving"));
        assertEquals("Not assessed", result.label("not-assessed"));
        assertEquals("-", result.label(null));
        assertEquals("outstanding", result.label("outstanding"));
    }

    @Test
    void aProblemOfTheReviewIsPlacedInTheReviewFileWithItsPathThereAndNothingIsAssessed() throws IOException {
        Path review = file("anytown-review.yaml", REVIEW.formatted("outstanding"));

        AssessmentResult result = engine.assess(AssessmentFiles.of(assessment).withReview(review));

        assertEquals(
                List.of(review + ":4:12: validatedLevels[0].level: 'outstanding' is not a level on the scale of"
                        + " test-framework; expected one of: developing, achieving, excellent, not-assessed"),
                formatted(result.problems()));
        assertFalse(result.report().isPresent());
        assertTrue(result.assessment().isPresent());
    }

    @Test
    void anotherPlansProblemIsItsOwnAndTheMainPlanIsStillAssessed() throws IOException {
        file("anytown-plan.yaml", PLAN.formatted("on_track"));
        Path draft = file("anytown-plan-draft.yaml", PLAN.formatted("half-done"));

        AssessmentResult result = engine.assess(AssessmentFiles.beside(assessment));

        assertTrue(result.report().isPresent());
        assertEquals(
                1, result.problems().size(), () -> formatted(result.problems()).toString());
        assertEquals(draft.toString(), result.problems().get(0).location().source());
    }

    @Test
    void aFileThatCannotBeReadIsAProblemAtItsPlaceAndNothingIsValidated() throws IOException {
        Path plan = file("anytown-plan.yaml", "agreedOn: [\n");

        AssessmentResult result = engine.assess(AssessmentFiles.beside(assessment));

        assertFalse(result.assessment().isPresent());
        assertFalse(result.report().isPresent());
        assertFalse(result.problems().isEmpty());
        assertTrue(
                result.problems().stream().allMatch(p -> p.location().source().equals(plan.toString())));
    }

    @Test
    void aReviewWithoutItsSelfAssessmentOrASecondReviewIsThePairingRuleNotEveryMissingField() throws IOException {
        Path first = file("anytown-review.yaml", REVIEW.formatted("achieving"));
        Path second = file("anytown-review.yml", REVIEW.formatted("achieving"));
        Path orphan = file("brookfield-review.yaml", REVIEW.formatted("achieving"));

        List<AssessmentFiles> paired = AssessmentFiles.pair(List.of(assessment, first, second, orphan));

        assertEquals(
                List.of(assessment, second, orphan),
                paired.stream().map(AssessmentFiles::assessment).toList());
        assertEquals(first, paired.get(0).review(), "the first review given is the one paired");
        for (Path alone : List.of(second, orphan)) {
            String name = alone.getFileName().toString();
            String stem = name.substring(0, name.indexOf("-review"));
            String ext = name.substring(name.lastIndexOf('.') + 1);
            assertEquals(
                    List.of(alone + ": a review, not a self-assessment, and not paired with one: a review goes with the"
                            + " self-assessment it is named after, in the same folder (" + name + " beside " + stem
                            + "."
                            + ext + "), given with it, and a self-assessment takes one review; rename it, or give its"
                            + " self-assessment too"),
                    formatted(engine.validate(paired.get(paired.indexOf(AssessmentFiles.of(alone))))
                            .problems()));
        }
    }

    @Test
    void aReviewNamedByNoRuleIsSaidToBeAReviewNotEveryFieldASelfAssessmentLacks() throws IOException {
        Path misnamed = file("anytown-peer-challenge.yaml", REVIEW.formatted("achieving"));

        assertEquals(
                List.of(misnamed + ": a review, not a self-assessment, and not paired with one: a review goes with the"
                        + " self-assessment it is named after, in the same folder (NAME-review.yaml beside NAME.yaml),"
                        + " given with it, and a self-assessment takes one review; rename it, or give its"
                        + " self-assessment too"),
                formatted(engine.validate(AssessmentFiles.of(misnamed)).problems()));
    }

    @Test
    void validateReadsAndChecksWithoutAssessing() throws IOException {
        file("anytown-review.yaml", REVIEW.formatted("achieving"));

        AssessmentResult result = engine.validate(AssessmentFiles.beside(assessment));

        assertTrue(result.isValid());
        assertFalse(result.report().isPresent());
        assertTrue(result.assessment().orElseThrow().peerReview() != null);
    }

    @Test
    void aReviewReadFromAFormStandsForTheReviewFileAndItsProblemsArePlacedThere() {
        Path review = dir.resolve("anytown-review.yaml"); // not saved yet: the form's review stands for it
        ReadResult<PeerReview> outstanding = ModelCodec.strict()
                .read(REVIEW.formatted("outstanding"), review.toString(), Format.YAML, PeerReview.class);
        ReadResult<PeerReview> achieving = ModelCodec.strict()
                .read(REVIEW.formatted("achieving"), review.toString(), Format.YAML, PeerReview.class);
        AssessmentFiles files = AssessmentFiles.of(assessment).withReview(review);

        AssessmentResult refused =
                AssessmentResult.validate(files, outstanding, null, DocumentReaders.standard(), engine.catalogue());
        AssessmentResult accepted =
                AssessmentResult.validate(files, achieving, null, DocumentReaders.standard(), engine.catalogue());

        assertEquals(
                List.of(review + ":4:12: validatedLevels[0].level: 'outstanding' is not a level on the scale of"
                        + " test-framework; expected one of: developing, achieving, excellent, not-assessed"),
                formatted(refused.problems()));
        assertEquals(List.of(), accepted.problems());
        assertEquals(
                achieving.value().orElseThrow(),
                accepted.assessment().orElseThrow().peerReview());
        assertEquals(files, accepted.files());
    }

    @Test
    void aPlanReadFromAFormStandsForTheMainPlanFileAndTheOtherPlansAreStillRead() throws IOException {
        Path plan = file("anytown-plan.yaml", PLAN.formatted("half-done"));
        Path draft = file("anytown-plan-draft.yaml", PLAN.formatted("not_started"));
        ReadResult<ActionPlan> form =
                ModelCodec.strict().read(PLAN.formatted("on_track"), plan.toString(), Format.YAML, ActionPlan.class);
        AssessmentFiles files = AssessmentFiles.beside(assessment);

        AssessmentResult onDisk = engine.validate(files);
        AssessmentResult withForm =
                AssessmentResult.validate(files, null, form, DocumentReaders.standard(), engine.catalogue());

        assertFalse(onDisk.isValid(), "the plan file on disk has a status no plan has");
        assertEquals(List.of(), formatted(withForm.problems()));
        assertEquals(
                List.of(
                        form.value().orElseThrow(),
                        ModelCodec.strict()
                                .read(draft, ActionPlan.class)
                                .value()
                                .orElseThrow()),
                withForm.actionPlans());
        assertEquals(
                form.value().orElseThrow(), withForm.assessment().orElseThrow().actionPlan());
    }

    @Test
    void withoutPlanFilesThereAreNoPlansAsReadAndTheAssessmentKeepsItsOwn() {
        AssessmentResult result = engine.validate(AssessmentFiles.of(assessment));

        assertEquals(List.of(), result.actionPlans());
        assertEquals(
                TestFramework.sample().actionPlan(),
                result.assessment().orElseThrow().actionPlan());
    }

    @Test
    void aBrokenReviewGivenAloneHasTheProblemsOfAReviewAsItsNameSaysNotOfASelfAssessment() throws IOException {
        String text = "visitFrom: 2024-02-06\nvalidatedLevel: []\n";
        Path named = file("brookfield-review.yaml", text);
        Path unnamed = file("notes.yaml", text);

        List<String> asNamed =
                formatted(engine.validate(AssessmentFiles.of(named)).problems());
        List<String> asUnnamed =
                formatted(engine.validate(AssessmentFiles.of(unnamed)).problems());

        assertEquals(
                formatted(
                        DocumentReaders.standard().read(named, PeerReview.class).problems()),
                asNamed);
        assertTrue(asNamed.stream().anyMatch(p -> p.contains("validatedLevel")), asNamed::toString);
        assertTrue(
                asUnnamed.containsAll(formatted(DocumentReaders.standard()
                        .read(unnamed, SelfAssessment.class)
                        .problems())),
                asUnnamed::toString);
        assertFalse(asNamed.equals(asUnnamed.stream()
                .map(p -> p.replace(unnamed.toString(), named.toString()))
                .toList()));
    }

    @Test
    void problemsFoundInTheWholeArePlacedInTheFileThatHoldsTheirPath() throws IOException {
        Path review = file("anytown-review.yaml", REVIEW.formatted("achieving"));
        AssessmentResult result = engine.validate(AssessmentFiles.of(assessment).withReview(review));

        List<ValidationProblem> placed = result.place(List.of(
                new ValidationProblem("peerReview.validatedLevels[0].level", "checked again", null),
                new ValidationProblem("peerReviewNotes", "not the review's", null),
                new ValidationProblem("claims[0]", "the assessment's", null)));

        assertEquals(
                Map.of(
                        "claims[0]", assessment.toString(),
                        "peerReviewNotes", assessment.toString(),
                        "validatedLevels[0].level", review.toString()),
                placed.stream()
                        .collect(Collectors.toMap(
                                ValidationProblem::path, p -> p.location().source())));
        assertEquals(
                review + ":4:12: validatedLevels[0].level: checked again",
                placed.get(2).format());
    }
}
