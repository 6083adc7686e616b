package io.github.equalityframework.nhseds;

import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.Organisation;
import io.github.equalityframework.model.Scope;
import io.github.equalityframework.model.SelfAssessment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small EDS self-assessments built in code, for tests. */
final class EdsAssessments {
    /** The eleven outcomes in published order. */
    static final List<String> OUTCOMES =
            List.of("d1/1a", "d1/1b", "d1/1c", "d1/1d", "d2/2a", "d2/2b", "d2/2c", "d2/2d", "d3/3a", "d3/3b", "d3/3c");

    static final List<String> LEVELS = List.of("undeveloped", "developing", "achieving", "excelling");

    /** One item of every kind any EDS rating can ask for, so that the evidence supports every claim in full. */
    static final List<EvidenceItem> FULL_EVIDENCE = List.of(
            evidence("patient-data", "equality-data"),
            evidence("staff-survey", "workforce-report"),
            evidence("board-minutes", "minutes"),
            evidence("stakeholder-event", "consultation"),
            evidence("outcome-trend", "outcome-measure"));

    private EdsAssessments() {}

    static EvidenceItem evidence(String id, String kind) {
        return new EvidenceItem(
                id, "Evidence " + id, kind, LocalDate.of(2024, 1, 15), null, List.of("race", "disability"), null);
    }

    /** An assessment rating the eleven outcomes with these scores (0-3), each backed by full evidence. */
    static SelfAssessment scored(int... scores) {
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            claims.add(claim(
                    OUTCOMES.get(i),
                    scores[i],
                    FULL_EVIDENCE.stream().map(EvidenceItem::id).toArray(String[]::new)));
        }
        return assessment(claims, FULL_EVIDENCE, Scope.ALL);
    }

    /** Eleven scores (each 0-3, filled from the first outcome on) that add up to {@code total}. */
    static int[] scoresSummingTo(int total) {
        int[] scores = new int[OUTCOMES.size()];
        int left = total;
        for (int i = 0; i < scores.length; i++) {
            scores[i] = Math.min(3, left);
            left -= scores[i];
        }
        if (left != 0) {
            throw new IllegalArgumentException(total + " is more than eleven outcomes can score");
        }
        return scores;
    }

    static Claim claim(String outcome, int score, String... evidence) {
        return new Claim(outcome, LEVELS.get(score), "Rated with stakeholders.", List.of(evidence));
    }

    static SelfAssessment assessment(List<Claim> claims, List<EvidenceItem> evidence, Scope scope) {
        return new SelfAssessment(
                new Organisation("Anytown Community Health NHS Trust", null),
                NhsEdsPlugin.FRAMEWORK_ID,
                new AssessmentPeriod(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31)),
                scope,
                List.of(),
                claims,
                evidence,
                null,
                null);
    }
}
