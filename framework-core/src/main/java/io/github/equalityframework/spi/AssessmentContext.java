package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.DataPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * What a check sees: the assessment, its framework, the scoring results and the characteristics in scope.
 * An interface, as JUnit's {@code ExtensionContext} is, so that it can grow by default methods without
 * breaking a plugin; the engine gives the implementation. Every method returns an immutable value, never
 * {@code null}.
 */
@API(status = STABLE, since = "0.1")
public interface AssessmentContext {

    /** The self-assessment. */
    SelfAssessment assessment();

    /** Its framework edition. */
    FrameworkDefinition framework();

    /** The scoring result of every criterion in scope, in framework order. */
    List<CriterionResult> criteria();

    /** The characteristics the assessment covers, resolved from its scope. */
    List<Characteristic> characteristicsInScope();

    /** The engine's "today", from its clock. */
    LocalDate today();

    /**
     * The characteristics at least one entry of the evidence register names, whether or not a claim links it (each
     * claim's own are in {@link ClaimContext#characteristicCounts()}). The engine's context gathers them in the
     * engine's pass over the register; this default walks the register on each call.
     */
    default Set<String> characteristicsCovered() {
        return Contexts.characteristicsCovered(assessment().evidence());
    }

    /** The scoring result of a criterion, when it is in scope. */
    default Optional<CriterionResult> result(String criterionId) {
        return criteria().stream()
                .filter(c -> c.criterion().equals(criterionId))
                .findFirst();
    }

    /**
     * A view of each claim the council made for a criterion in scope, in framework order, as a scoring rule
     * sees it: its criterion, its linked evidence that resolves in the register and its data path. Computed
     * on each call.
     */
    default List<ClaimContext> claims() {
        SelfAssessment assessment = assessment();
        Map<String, EvidenceItem> register = assessment.evidence().stream()
                .collect(Collectors.toMap(EvidenceItem::id, Function.identity(), (first, second) -> first));
        List<ClaimContext> claims = new ArrayList<>();
        for (CriterionResult result : criteria()) {
            Optional<Claim> claim = assessment.claim(result.criterion());
            framework()
                    .criterion(result.criterion())
                    .ifPresent(criterion -> claim.ifPresent(c -> claims.add(ClaimContext.of(
                            assessment,
                            framework(),
                            criterion,
                            c,
                            c.evidence().stream()
                                    .map(register::get)
                                    .filter(Objects::nonNull)
                                    .toList(),
                            today()))));
        }
        return List.copyOf(claims);
    }

    /**
     * Each action of the assessment's action plan, in plan order, with its entry and its data path
     * ({@code actionPlan.entries[0].actions[2]}); empty without a plan. A plan read as a file of its own is walked
     * with {@link ActionInPlan#in(io.github.equalityframework.model.ActionPlan, DataPath)}.
     */
    default List<ActionInPlan> plannedActions() {
        return ActionInPlan.in(assessment().actionPlan(), DataPath.root().field("actionPlan"));
    }

    /**
     * The context the engine gives a check; for the engine and for plugins' own tests.
     *
     * @param assessment             the self-assessment
     * @param framework              its framework edition
     * @param criteria               the scoring result of every criterion in scope, in framework order
     * @param characteristicsInScope the characteristics the assessment covers, resolved from its scope
     * @param today                  the engine's "today", from its clock
     */
    static AssessmentContext of(
            SelfAssessment assessment,
            FrameworkDefinition framework,
            List<CriterionResult> criteria,
            List<Characteristic> characteristicsInScope,
            LocalDate today) {
        return new Contexts.Assessment(
                assessment,
                framework,
                criteria,
                characteristicsInScope,
                today,
                Contexts.characteristicsCovered(assessment.evidence()));
    }

    /**
     * The context the engine gives a check, with the characteristics the register covers as the engine gathered
     * them in its own pass over the register: they must be what {@link #characteristicsCovered()} names.
     *
     * @param assessment             the self-assessment
     * @param framework              its framework edition
     * @param criteria               the scoring result of every criterion in scope, in framework order
     * @param characteristicsInScope the characteristics the assessment covers, resolved from its scope
     * @param today                  the engine's "today", from its clock
     * @param characteristicsCovered the characteristics at least one entry of the evidence register names
     */
    static AssessmentContext of(
            SelfAssessment assessment,
            FrameworkDefinition framework,
            List<CriterionResult> criteria,
            List<Characteristic> characteristicsInScope,
            LocalDate today,
            Set<String> characteristicsCovered) {
        return new Contexts.Assessment(
                assessment, framework, criteria, characteristicsInScope, today, characteristicsCovered);
    }
}
