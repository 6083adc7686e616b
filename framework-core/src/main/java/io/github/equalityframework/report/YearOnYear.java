package io.github.equalityframework.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.spi.CriterionResult;
import io.github.equalityframework.spi.Finding;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** Compares two assessments of one organisation against one framework edition. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class YearOnYear {

    private YearOnYear() {}

    /** One side of the comparison: the self-assessment and its report. */
    public record Side(SelfAssessment assessment, AssessmentReport report) {}

    /**
     * The progress from {@code before} to {@code after}.
     *
     * @throws IllegalArgumentException when the two are against different frameworks
     */
    public static ProgressReport compare(FrameworkDefinition framework, Side before, Side after) {
        for (Side side : List.of(before, after)) {
            if (!side.report().framework().equals(framework.id())) {
                throw new IllegalArgumentException("both assessments must be against " + framework.id()
                        + "; one is against " + side.report().framework() + " (migrate it first)");
            }
        }
        Map<String, CriterionResult> oldCriteria = byId(before.report().criteria(), CriterionResult::criterion);
        Map<String, CriterionResult> newCriteria = byId(after.report().criteria(), CriterionResult::criterion);
        List<LevelChange> criteria = framework
                .criteria()
                .filter(c -> oldCriteria.containsKey(c.id()) || newCriteria.containsKey(c.id()))
                .map(c -> change(
                        framework,
                        c.id(),
                        c.title(),
                        reached(oldCriteria.get(c.id())),
                        reached(newCriteria.get(c.id()))))
                .toList();
        Map<String, ModuleResult> oldModules = byId(before.report().modules(), ModuleResult::module);
        Map<String, ModuleResult> newModules = byId(after.report().modules(), ModuleResult::module);
        List<LevelChange> modules = framework.modules().stream()
                .filter(m -> oldModules.containsKey(m.id()) || newModules.containsKey(m.id()))
                .map(m -> change(
                        framework,
                        m.id(),
                        m.title(),
                        reachedModule(oldModules.get(m.id())),
                        reachedModule(newModules.get(m.id()))))
                .toList();
        Set<String> oldEvidence = evidenceIds(before.assessment());
        Set<String> newEvidence = evidenceIds(after.assessment());
        Set<String> oldFindings = before.report().findings().stream()
                .map(f -> key(f, before.assessment()))
                .collect(Collectors.toSet());
        Set<String> newFindings = after.report().findings().stream()
                .map(f -> key(f, after.assessment()))
                .collect(Collectors.toSet());
        return new ProgressReport(
                after.report().organisation(),
                framework.id(),
                before.report().period(),
                after.report().period(),
                change(
                        framework,
                        "overall",
                        "Overall",
                        before.report().overall(),
                        after.report().overall()),
                modules,
                criteria,
                newEvidence.stream()
                        .filter(id -> !oldEvidence.contains(id))
                        .sorted()
                        .toList(),
                oldEvidence.stream()
                        .filter(id -> !newEvidence.contains(id))
                        .sorted()
                        .toList(),
                before.report().findings().stream()
                        .filter(f -> !newFindings.contains(key(f, before.assessment())))
                        .toList(),
                after.report().findings().stream()
                        .filter(f -> !oldFindings.contains(key(f, after.assessment())))
                        .toList());
    }

    private static LevelChange change(
            FrameworkDefinition framework, String id, String title, String before, String after) {
        int compared = level(framework, before).compareTo(level(framework, after));
        LevelChange.Direction direction = compared < 0
                ? LevelChange.Direction.UP
                : compared > 0 ? LevelChange.Direction.DOWN : LevelChange.Direction.SAME;
        return new LevelChange(id, title, before, after, direction);
    }

    private static MaturityLevel level(FrameworkDefinition framework, String id) {
        return framework.scale().level(id).orElse(MaturityLevel.NOT_ASSESSED);
    }

    private static String reached(CriterionResult result) {
        return result == null ? MaturityLevel.NOT_ASSESSED.id() : result.reached();
    }

    private static String reachedModule(ModuleResult result) {
        return result == null ? MaturityLevel.NOT_ASSESSED.id() : result.reached();
    }

    private static Set<String> evidenceIds(SelfAssessment assessment) {
        return assessment.evidence().stream().map(e -> e.id()).collect(Collectors.toSet());
    }

    /**
     * A finding's identity across years: its rule, code and subject. Paths index lists that change from year to
     * year, so the subject is named by id ({@link FindingSubject#named}).
     */
    private static String key(Finding finding, SelfAssessment assessment) {
        return finding.rule() + "|" + finding.code() + "|" + FindingSubject.named(assessment, finding.path());
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
