package org.anytown.equality;

import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.spi.AssessmentCheck;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.Parameter;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.RuleParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Anytown's rule: every equality impact assessment considers the council's local characteristics in scope. */
final class EiaConsidersLocalCharacteristics implements AssessmentCheck {
    static final Parameter<List<String>> CHARACTERISTICS = Parameter.characteristics(
            "characteristics",
            List.of("care-experience", "armed-forces-community"),
            "The local characteristics every EIA must consider");

    @Override
    public String id() {
        return "anytown.eia-local-characteristics";
    }

    @Override
    public RuleDocumentation documentation() {
        return new RuleDocumentation(
                "EIAs consider our local characteristics",
                "Every equality impact assessment (evidence of kind eia) must consider the local characteristics the "
                        + "council has committed to treat like protected ones, where they are in the assessment's scope. "
                        + "Update the EIA to consider the ones the finding names.",
                Severity.WARNING,
                List.of(CHARACTERISTICS));
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        Set<String> inScope = Set.copyOf(
                context.characteristicsInScope().stream().map(c -> c.id()).toList());
        List<String> required = parameters.get(CHARACTERISTICS).stream()
                .filter(inScope::contains)
                .toList();
        List<Finding> findings = new ArrayList<>();
        List<EvidenceItem> evidence = context.assessment().evidence();
        for (int i = 0; i < evidence.size(); i++) {
            EvidenceItem item = evidence.get(i);
            List<String> missing = required.stream()
                    .filter(c -> !item.characteristics().contains(c))
                    .toList();
            if (item.kind().equals("eia") && !missing.isEmpty()) {
                findings.add(Finding.builder("eia-misses-local-characteristics", Severity.WARNING)
                        .path("evidence[" + i + "]")
                        .message("The EIA " + item.id() + " ('" + item.title() + "') does not consider "
                                + String.join(", ", missing)
                                + ". Anytown's EIAs consider these local characteristics; update it.")
                        .build());
            }
        }
        return findings;
    }
}
