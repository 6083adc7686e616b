package io.github.equalityframework.lga;

import static io.github.equalityframework.lga.Fixtures.RECENT;
import static io.github.equalityframework.lga.Fixtures.assessment;
import static io.github.equalityframework.lga.Fixtures.evidence;
import static io.github.equalityframework.lga.Fixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.model.ModuleFeedback;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.Recommendation;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.model.ValidatedLevel;
import io.github.equalityframework.spi.Finding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ReviewChecksTest {
    static final AssessmentEngine ENGINE = Fixtures.engine();

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    static PeerReview review(List<ValidatedLevel> levels, List<ModuleFeedback> feedback) {
        return new PeerReview(List.of(), LocalDate.of(2024, 2, 6), null, null, levels, feedback, null);
    }

    @Test
    void aLevelValidatedAboveTheEvidenceNeedsARationale() {
        // m1/c1's evidence (equality data for race) supports Developing; the peers validate Achieving.
        var base = assessment().claim("m1/c1", "achieving", evidence("e1", "equality-data", RECENT, "race"));
        var silent = base.review(review(List.of(new ValidatedLevel("m1/c1", "achieving", " ")), List.of()))
                .build();
        var explained = base.review(review(
                        List.of(new ValidatedLevel("m1/c1", "achieving", "Seen in three service visits")), List.of()))
                .build();
        var notAbove = base.review(review(List.of(new ValidatedLevel("m1/c1", "developing", null)), List.of()))
                .build();

        assertEquals(
                List.of(new Finding(
                        "validated-above-evidence-without-rationale",
                        Severity.WARNING,
                        "Peers validated m1/c1 at Achieving, above the Developing the evidence supports, without a rationale. "
                                + "Record what the peers saw that the register does not show.",
                        "peerReview.validatedLevels[0]",
                        ReviewRationaleCheck.ID,
                        "lga")),
                findings(ENGINE.assess(silent), "validated-above-evidence-without-rationale"));
        assertEquals(List.of(), findings(ENGINE.assess(explained), "validated-above-evidence-without-rationale"));
        assertEquals(List.of(), findings(ENGINE.assess(notAbove), "validated-above-evidence-without-rationale"));
    }

    @Test
    void recommendationsAndAreasToDevelopComeInPairs() {
        var feedback = List.of(
                new ModuleFeedback(
                        "m1",
                        List.of("Strong data"),
                        List.of(),
                        List.of(new Recommendation("R1", "Publish the profile"))),
                new ModuleFeedback("m2", List.of(), List.of("Scrutiny of equality outcomes"), List.of()),
                new ModuleFeedback(
                        "m3",
                        List.of(),
                        List.of("Procurement"),
                        List.of(new Recommendation("R2", "Add equality clauses"))));
        var reviewed = assessment()
                .claim("m1/c1", "developing", evidence("e1", "equality-data", RECENT, "race"))
                .review(review(List.of(), feedback))
                .build();

        var report = ENGINE.assess(reviewed);

        assertEquals(
                List.of("peerReview.feedback[0].recommendations"),
                findings(report, "recommendation-without-area").stream()
                        .map(Finding::path)
                        .toList());
        assertEquals(
                List.of("The feedback on m2 names areas to develop but makes no recommendation. "
                        + "Add a recommendation for each, so that the action plan can answer it."),
                findings(report, "area-without-recommendation").stream()
                        .map(Finding::message)
                        .toList());
    }
}
