package io.github.equalityframework.spi;

import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.SelfAssessment;
import java.time.LocalDate;
import java.util.List;

/** The engine's contexts: values, package-private so that plugins see only the interfaces. */
final class Contexts {
    private Contexts() {}

    record Assessment(
            SelfAssessment assessment,
            FrameworkDefinition framework,
            List<CriterionResult> criteria,
            List<Characteristic> characteristicsInScope,
            LocalDate today)
            implements AssessmentContext {

        Assessment {
            criteria = List.copyOf(criteria);
            characteristicsInScope = List.copyOf(characteristicsInScope);
        }
    }

    record Claim(
            SelfAssessment assessment,
            FrameworkDefinition framework,
            Criterion criterion,
            io.github.equalityframework.model.Claim claim,
            List<EvidenceItem> evidence,
            LocalDate today)
            implements ClaimContext {

        Claim {
            evidence = List.copyOf(evidence);
        }
    }
}
