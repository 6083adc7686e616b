package io.github.equalityframework.lga;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.Organisation;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.Scope;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.ValidatedLevel;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.spi.CriterionResult;
import io.github.equalityframework.spi.Finding;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Small hand-made 2021 assessments for the rule tests. The criteria they use, from lga-eflg-2021.yaml:
 * m1/c1 (community-facing) expects equality-data, then annual-report, then outcome-measure; m2/c1 (not
 * community-facing) expects policy, then strategy and training, then external-accreditation; m3/c2
 * (community-facing, tagged psed-equality-objectives) expects strategy, then annual-report, then
 * outcome-measure.
 */
final class Fixtures {
    static final Clock DECEMBER_2024 = Clock.fixed(Instant.parse("2024-12-01T09:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2024, 12, 1);
    static final LocalDate PERIOD_START = LocalDate.of(2023, 4, 1);
    static final LocalDate PERIOD_END = LocalDate.of(2024, 3, 31);
    static final LocalDate RECENT = LocalDate.of(2023, 6, 1);

    private Fixtures() {}

    /** An engine with the LGA plugin under lga-default, on 1 December 2024. Close it after use. */
    static AssessmentEngine engine() {
        return AssessmentEngine.builder()
                .plugin(new LgaPlugin())
                .profile("lga-default")
                .clock(DECEMBER_2024)
                .build();
    }

    static EvidenceItem evidence(String id, String kind, LocalDate date, String... characteristics) {
        return new EvidenceItem(id, "Evidence " + id, kind, date, null, List.of(characteristics), null);
    }

    static Claim claim(String criterion, String level, String... evidence) {
        return new Claim(criterion, level, "How the evidence shows the level.", List.of(evidence));
    }

    static PeerReview validated(String criterion, String level) {
        return new PeerReview(
                List.of(),
                LocalDate.of(2024, 2, 6),
                null,
                null,
                List.of(new ValidatedLevel(criterion, level, "Seen on site")),
                List.of(),
                null);
    }

    static Assessment assessment() {
        return new Assessment();
    }

    /** A self-assessment under construction: by default 2023/24, scope race only, nothing claimed. */
    static final class Assessment {
        private String framework = "lga-eflg-2021";
        private AssessmentPeriod period = new AssessmentPeriod(PERIOD_START, PERIOD_END);
        private Scope scope = new Scope(List.of("race"), List.of());
        private final List<Characteristic> local = new ArrayList<>();
        private final List<Claim> claims = new ArrayList<>();
        private final List<EvidenceItem> evidence = new ArrayList<>();
        private PeerReview review;
        private ActionPlan plan;

        Assessment framework(String id) {
            framework = id;
            return this;
        }

        /** Every characteristic the edition covers by default (a scope that lists none). */
        Assessment allCharacteristics() {
            scope = Scope.ALL;
            return this;
        }

        Assessment period(LocalDate from, LocalDate to) {
            period = new AssessmentPeriod(from, to);
            return this;
        }

        Assessment scope(String... characteristics) {
            scope = new Scope(List.of(characteristics), List.of());
            return this;
        }

        Assessment local(String id) {
            local.add(new Characteristic(id, id, null));
            return this;
        }

        Assessment claim(Claim claim) {
            claims.add(claim);
            return this;
        }

        Assessment evidence(EvidenceItem... items) {
            evidence.addAll(List.of(items));
            return this;
        }

        /** A claim linking all of these items, which join the register. */
        Assessment claim(String criterion, String level, EvidenceItem... items) {
            evidence(items);
            return claim(Fixtures.claim(
                    criterion,
                    level,
                    List.of(items).stream().map(EvidenceItem::id).toArray(String[]::new)));
        }

        Assessment review(PeerReview review) {
            this.review = review;
            return this;
        }

        Assessment plan(ActionPlan plan) {
            this.plan = plan;
            return this;
        }

        SelfAssessment build() {
            return new SelfAssessment(
                    new Organisation("Anytown Borough Council", null),
                    framework,
                    period,
                    scope,
                    local,
                    claims,
                    evidence,
                    review,
                    plan);
        }
    }

    static CriterionResult result(AssessmentReport report, String criterion) {
        return report.criteria().stream()
                .filter(c -> c.criterion().equals(criterion))
                .findFirst()
                .orElseThrow();
    }

    static List<Finding> findings(AssessmentReport report, String code) {
        return report.findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    static List<String> codes(AssessmentReport report) {
        return report.findings().stream().map(Finding::code).toList();
    }
}
