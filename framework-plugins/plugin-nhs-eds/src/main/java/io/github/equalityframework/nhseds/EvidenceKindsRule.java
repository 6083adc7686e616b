package io.github.equalityframework.nhseds;

import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.LevelDescriptor;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.spi.ClaimContext;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.RuleParameters;
import io.github.equalityframework.spi.Score;
import io.github.equalityframework.spi.ScoringRule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An outcome's rating is evidenced when the claim's evidence covers the kinds that rating, and every
 * rating below it, expects in the framework data: data for Developing (patient equality data, a
 * workforce report or board minutes, by domain), the rating agreed with stakeholders (consultation)
 * for Achieving, and measured, lasting improvement (an outcome measure) for Excelling.
 */
final class EvidenceKindsRule implements ScoringRule {
    static final String ID = "nhs-eds.evidence-kinds";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleDocumentation documentation() {
        return new RuleDocumentation(
                "Evidence kinds per EDS rating",
                "Looks at the kinds of the evidence an outcome's rating links to. Ratings are cumulative: Developing "
                        + "needs data about the outcome (patient equality data in domain 1, a workforce report in domain 2, "
                        + "board or committee minutes in domain 3); Achieving adds consultation, because an EDS rating is "
                        + "agreed with patients, staff and stakeholders rather than set by the organisation alone; "
                        + "Excelling adds an outcome measure showing lasting improvement. The evidenced rating is the "
                        + "highest whose kinds are all present. To raise it, add evidence of the kinds the reasons name.",
                Severity.INFO,
                List.of());
    }

    @Override
    public boolean appliesTo(FrameworkDefinition framework) {
        return NhsEdsPlugin.FRAMEWORK_ID.equals(framework.id());
    }

    @Override
    public Score score(ClaimContext context, RuleParameters parameters) {
        FrameworkDefinition framework = context.framework();
        Set<String> have = new LinkedHashSet<>();
        context.evidence().forEach(e -> have.add(e.kind()));
        MaturityLevel evidenced = MaturityLevel.NOT_ASSESSED;
        for (MaturityLevel level : framework.scale().levels()) {
            if (!have.containsAll(expected(context, level))) {
                break;
            }
            evidenced = level;
        }
        MaturityLevel claimed = context.claimed()
                .flatMap(c -> framework.scale().level(c.level()))
                .orElse(MaturityLevel.NOT_ASSESSED);
        // Reasons explain the gap to the claimed rating only: what is missing beyond it is not a problem.
        if (evidenced.compareTo(claimed) >= 0) {
            return new Score(evidenced, List.of());
        }
        List<String> missing = new ArrayList<>();
        for (MaturityLevel level : framework.scale().levels()) {
            if (level.compareTo(claimed) > 0) {
                break;
            }
            expected(context, level).stream()
                    .filter(k -> !have.contains(k) && !missing.contains(k))
                    .forEach(missing::add);
        }
        return new Score(
                evidenced,
                List.of(claimed.label() + " needs evidence of kind " + String.join(", ", missing)
                        + ", which the rating does not link to"
                        + (missing.contains("consultation")
                                ? " (an EDS rating of Achieving or above is agreed with patients, staff and stakeholders)"
                                : "")));
    }

    private static List<String> expected(ClaimContext context, MaturityLevel level) {
        return context.criterion()
                .descriptor(level.id())
                .map(LevelDescriptor::expectedEvidence)
                .orElse(List.of());
    }
}
