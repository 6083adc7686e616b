package io.github.equalityframework.lga;

import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.spi.AbstractScoringRule;
import io.github.equalityframework.spi.ClaimContext;
import io.github.equalityframework.spi.Parameter;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.RuleParameters;
import io.github.equalityframework.spi.Score;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Old evidence counts toward Developing only. The rule scores the kinds that recent evidence covers; a
 * level of Developing stays open to old evidence. The engine takes the lowest score of all rules, so
 * together with {@link EvidenceKindsRule} the evidenced level is: Developing from any evidence, and
 * Achieving or above only from recent evidence.
 */
final class EvidenceRecencyRule extends AbstractScoringRule {
    static final String ID = "lga.evidence-recency";
    static final Parameter<Long> MAX_AGE =
            Parameter.integer("maxAgeMonths", 36, "Months before the period end after which evidence is old");

    EvidenceRecencyRule() {
        super(
                ID,
                new RuleDocumentation(
                        "Recent evidence for Achieving and above",
                        "Evidence dated more than maxAgeMonths before the end of the assessment period counts toward "
                                + "Developing only; Achieving and Excellent need recent evidence of every kind they expect. "
                                + "Evidence exactly maxAgeMonths old still counts. Why: a council that is achieving shows current "
                                + "practice, and a peer challenge looks at what is happening now. To fix, refresh or replace the "
                                + "old documents the reasons name.",
                        Severity.INFO,
                        List.of(MAX_AGE)),
                Lga::isLgaFramework);
    }

    @Override
    public Score score(ClaimContext context, RuleParameters parameters) {
        FrameworkDefinition framework = context.framework();
        LocalDate cutOff = Lga.cutOff(context.assessment(), parameters.get(MAX_AGE));
        // One pass; with no old evidence the score is the top of the scale whatever the kinds, so none are looked at.
        List<EvidenceItem> recent = new ArrayList<>(context.evidence().size());
        List<EvidenceItem> old = new ArrayList<>();
        for (EvidenceItem e : context.evidence()) {
            (e.date().isBefore(cutOff) ? old : recent).add(e);
        }
        if (old.isEmpty()) {
            return new Score(framework.scale().highest(), List.of());
        }
        MaturityLevel all = Lga.levelCoveredBy(framework, context.criterion(), context.evidence());
        MaturityLevel fromRecent = Lga.levelCoveredBy(framework, context.criterion(), recent);
        MaturityLevel level = Lga.max(fromRecent, Lga.min(all, framework.scale().lowest()));
        if (level.compareTo(all) >= 0) {
            return new Score(framework.scale().highest(), List.of());
        }
        return new Score(
                level,
                List.of("Evidence older than " + parameters.get(MAX_AGE) + " months before the period end ("
                        + cutOff + ") counts toward "
                        + framework.scale().lowest().label() + " only: "
                        + String.join(
                                ", ",
                                old.stream()
                                        .map(e -> e.id() + " (" + e.date() + ")")
                                        .toList())));
    }
}
