package ${package};

import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.spi.AbstractCheck;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.Parameter;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.RuleParameters;
import java.util.ArrayList;
import java.util.List;

/** An example check: evidence of the kinds that describe people must say which characteristics it covers. */
final class EvidenceNamesCharacteristics extends AbstractCheck {
    static final Parameter<List<String>> KINDS = Parameter.evidenceKinds("kinds",
            List.of("eia", "consultation", "equality-data"),
            "The evidence kinds that must name the characteristics they cover");

    EvidenceNamesCharacteristics() {
        super(${pluginClass}.ID + ".evidence-names-characteristics",
                new RuleDocumentation("Evidence names the characteristics it covers",
                        "An equality impact assessment, consultation or equality data set that names no characteristic "
                                + "cannot show which groups it considered, so it adds nothing to the coverage matrix. "
                                + "List the characteristics it covers in the evidence register.",
                        Severity.WARNING,
                        List.of(KINDS)),
                framework -> true);
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        List<String> kinds = parameters.get(KINDS);
        List<Finding> findings = new ArrayList<>();
        List<EvidenceItem> evidence = context.assessment().evidence();
        for (int i = 0; i < evidence.size(); i++) {
            EvidenceItem item = evidence.get(i);
            if (kinds.contains(item.kind()) && item.characteristics().isEmpty()) {
                findings.add(Finding.builder("evidence-names-no-characteristic", severity())
                        .path("evidence[" + i + "]")
                        .message("The evidence " + item.id() + " ('" + item.title() + "') is of kind " + item.kind()
                                + " but names no characteristic. List the characteristics it covers.")
                        .build());
            }
        }
        return findings;
    }
}
