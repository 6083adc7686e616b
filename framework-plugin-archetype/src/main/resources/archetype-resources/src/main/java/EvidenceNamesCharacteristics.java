package ${package};

import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.spi.AbstractCheck;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.ParameterSpec;
import io.github.equalityframework.spi.ParameterType;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.RuleParameters;
import java.util.ArrayList;
import java.util.List;

/** An example check: evidence of the kinds that describe people must say which characteristics it covers. */
final class EvidenceNamesCharacteristics extends AbstractCheck {
    static final String KINDS = "kinds";

    EvidenceNamesCharacteristics() {
        super(${pluginClass}.ID + ".evidence-names-characteristics",
                new RuleDocumentation("Evidence names the characteristics it covers",
                        "An equality impact assessment, consultation or equality data set that names no characteristic "
                                + "cannot show which groups it considered, so it adds nothing to the coverage matrix. "
                                + "List the characteristics it covers in the evidence register.",
                        Severity.WARNING,
                        List.of(new ParameterSpec(KINDS, ParameterType.TEXT_LIST, List.of("eia", "consultation", "equality-data"),
                                "The evidence kinds that must name the characteristics they cover"))),
                framework -> true);
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        List<String> kinds = parameters.textList(KINDS);
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
