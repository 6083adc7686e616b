package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.SelfAssessment;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a check sees: the assessment, its framework, the scoring results and the characteristics in scope.
 *
 * @param assessment              the self-assessment
 * @param framework               its framework edition
 * @param criteria                the scoring result of every criterion in scope, in framework order
 * @param characteristicsInScope  the characteristics the assessment covers, resolved from its scope
 * @param today                   the engine's "today", from its clock
 */
@API(status = STABLE, since = "0.1")
public record AssessmentContext(
        SelfAssessment assessment,
        FrameworkDefinition framework,
        List<CriterionResult> criteria,
        List<Characteristic> characteristicsInScope,
        LocalDate today) {

    public AssessmentContext {
        criteria = List.copyOf(criteria);
        characteristicsInScope = List.copyOf(characteristicsInScope);
    }

    /** The scoring result of a criterion, when it is in scope. */
    public Optional<CriterionResult> result(String criterionId) {
        return criteria.stream().filter(c -> c.criterion().equals(criterionId)).findFirst();
    }
}
