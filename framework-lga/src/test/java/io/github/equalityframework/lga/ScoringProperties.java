package io.github.equalityframework.lga;

import static io.github.equalityframework.lga.Fixtures.PERIOD_END;
import static io.github.equalityframework.lga.Fixtures.PERIOD_START;
import static io.github.equalityframework.lga.Fixtures.TODAY;

import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.Organisation;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.spi.ClaimContext;
import io.github.equalityframework.spi.RuleParameters;
import io.github.equalityframework.spi.ScoringRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the level computation over generated evidence for every 2021 criterion. */
class ScoringProperties {
    static final FrameworkDefinition EFLG_2021 = EditionMappingContentTest.edition("lga-eflg-2021");
    static final List<String> KINDS = List.of(
            "policy",
            "strategy",
            "equality-data",
            "eia",
            "consultation",
            "minutes",
            "workforce-report",
            "outcome-measure",
            "external-accreditation",
            "training",
            "annual-report");
    static final EvidenceKindsRule KINDS_RULE = new EvidenceKindsRule();
    static final EvidenceRecencyRule RECENCY_RULE = new EvidenceRecencyRule();

    record Case(Criterion criterion, List<EvidenceItem> evidence) {}

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Criterion> criteria = Arbitraries.of(EFLG_2021.criteria().toList());
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 2000).map(d -> PERIOD_END.minusDays(d));
        Arbitrary<EvidenceItem> items = Combinators.combine(Arbitraries.of(KINDS), dates)
                .as((kind, date) -> new EvidenceItem("e", "Evidence", kind, date, null, List.of("race"), null));
        return Combinators.combine(criteria, items.list().ofMaxSize(8)).as((c, list) -> {
            List<EvidenceItem> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                EvidenceItem e = list.get(i);
                numbered.add(new EvidenceItem("e" + i, e.title(), e.kind(), e.date(), null, e.characteristics(), null));
            }
            return new Case(c, numbered);
        });
    }

    static ClaimContext context(Case c, List<EvidenceItem> evidence) {
        Claim claim = new Claim(
                c.criterion().id(),
                "excellent",
                "x",
                evidence.stream().map(EvidenceItem::id).toList());
        SelfAssessment assessment = new SelfAssessment(
                new Organisation("Anytown Borough Council", null),
                EFLG_2021.id(),
                new AssessmentPeriod(PERIOD_START, PERIOD_END),
                null,
                List.of(),
                List.of(claim),
                evidence,
                null,
                null);
        return ClaimContext.of(assessment, EFLG_2021, c.criterion(), claim, evidence, TODAY);
    }

    static MaturityLevel level(ScoringRule rule, Case c, List<EvidenceItem> evidence) {
        return rule.score(context(c, evidence), RuleParameters.defaults(rule.documentation()))
                .level();
    }

    /** The level by the data's own words: the highest whose cumulative expected kinds are all present. */
    static MaturityLevel oracle(Criterion criterion, List<EvidenceItem> evidence) {
        Set<String> have = new LinkedHashSet<>();
        evidence.forEach(e -> have.add(e.kind()));
        Set<String> needed = new LinkedHashSet<>();
        MaturityLevel reached = MaturityLevel.NOT_ASSESSED;
        for (MaturityLevel level : EFLG_2021.scale().levels()) {
            needed.addAll(criterion.descriptor(level.id()).orElseThrow().expectedEvidence());
            if (!have.containsAll(needed)) {
                return reached;
            }
            reached = level;
        }
        return reached;
    }

    @Property
    boolean theKindsRuleGivesTheHighestLevelWhoseCumulativeKindsArePresent(@ForAll("cases") Case c) {
        return level(KINDS_RULE, c, c.evidence()).equals(oracle(c.criterion(), c.evidence()));
    }

    /** The evidenced level as the engine forms it from the two rules: the lower of their scores. */
    static MaturityLevel evidenced(Case c, List<EvidenceItem> evidence) {
        return min(level(KINDS_RULE, c, evidence), level(RECENCY_RULE, c, evidence));
    }

    @Property
    boolean moreEvidenceNeverLowersTheEvidencedLevel(@ForAll("cases") Case c, @ForAll("cases") Case more) {
        List<EvidenceItem> all = new ArrayList<>(c.evidence());
        more.evidence()
                .forEach(e -> all.add(new EvidenceItem(
                        "more-" + e.id(), e.title(), e.kind(), e.date(), null, e.characteristics(), null)));
        return evidenced(c, all).isAtLeast(evidenced(c, c.evidence()));
    }

    @Property
    boolean refreshingEvidenceNeverLowersTheEvidencedLevel(@ForAll("cases") Case c) {
        List<EvidenceItem> refreshed = c.evidence().stream()
                .map(e -> new EvidenceItem(e.id(), e.title(), e.kind(), PERIOD_END, null, e.characteristics(), null))
                .toList();
        return evidenced(c, refreshed).isAtLeast(evidenced(c, c.evidence()));
    }

    @Property
    boolean recencyCapsOnlyAboveDevelopingAndOnlyWhenOldEvidenceIsNeeded(@ForAll("cases") Case c) {
        LocalDate cutOff = PERIOD_END.minusMonths(36);
        List<EvidenceItem> recent =
                c.evidence().stream().filter(e -> !e.date().isBefore(cutOff)).toList();
        MaturityLevel all = oracle(c.criterion(), c.evidence());
        return evidenced(c, c.evidence())
                .equals(max(
                        oracle(c.criterion(), recent),
                        min(all, EFLG_2021.scale().lowest())));
    }

    static MaturityLevel min(MaturityLevel a, MaturityLevel b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static MaturityLevel max(MaturityLevel a, MaturityLevel b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
