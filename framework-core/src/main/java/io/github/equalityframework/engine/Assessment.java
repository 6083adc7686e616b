package io.github.equalityframework.engine;

import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.MaturityScale;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.CoverageMatrix;
import io.github.equalityframework.report.CriterionGap;
import io.github.equalityframework.report.ModuleResult;
import io.github.equalityframework.report.TargetGap;
import io.github.equalityframework.spi.AssessmentCheck;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.ClaimContext;
import io.github.equalityframework.spi.CriterionResult;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.LevelAggregation;
import io.github.equalityframework.spi.Score;
import io.github.equalityframework.spi.ScoringRule;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

/** One run of the engine over one valid self-assessment. */
final class Assessment {
    /** The code of the error finding that says a check's finding named a path not in the assessment. */
    static final String FINDING_OUTSIDE_ASSESSMENT = "finding-outside-assessment";

    private final SelfAssessment assessment;
    private final FrameworkDefinition framework;
    private final PluginRegistry registry;
    /** The rules the profile enables; whether each applies to the framework is asked in each run. */
    private final List<EffectiveRule> enabled;

    private final RuleRunner runner;
    private final LocalDate today;
    private final String profile;
    private final IntFunction<Map<String, EvidenceItem>> newRegister;

    Assessment(
            SelfAssessment assessment,
            PluginRegistry registry,
            List<EffectiveRule> rules,
            RuleRunner runner,
            Clock clock,
            String profile) {
        this(assessment, registry, rules, runner, clock, profile, CompactIdMap::new);
    }

    /** With the map that indexes the evidence register by id, which scale tests replace with one that counts look-ups. */
    Assessment(
            SelfAssessment assessment,
            PluginRegistry registry,
            List<EffectiveRule> rules,
            RuleRunner runner,
            Clock clock,
            String profile,
            IntFunction<Map<String, EvidenceItem>> newRegister) {
        this.newRegister = newRegister;
        this.assessment = assessment;
        this.framework = registry.catalogue().framework(assessment.framework()).orElseThrow();
        this.registry = registry;
        this.runner = runner;
        this.enabled = rules.stream().filter(EffectiveRule::enabled).toList();
        this.today = LocalDate.now(clock);
        this.profile = profile;
    }

    AssessmentReport run(String targetLevel) {
        MaturityScale scale = framework.scale();
        MaturityLevel target = targetLevel == null
                ? null
                : scale.level(targetLevel)
                        .orElseThrow(() -> new IllegalArgumentException("'" + targetLevel + "' is not a level of "
                                + framework.id() + "; its levels are " + scale.describeIds()));
        // A run that is abandoned (a rule ran past its budget) is started again with fresh state: the
        // abandoned one may still be running on its own thread.
        return runner.supervise(calls -> new Run(calls).report(target));
    }

    /** The part of a run with state of its own: the rules that apply, the findings, whether all rules ran. */
    private final class Run {
        private final RuleRunner.Calls calls;
        private final List<Finding> findings = new ArrayList<>();
        private boolean complete = true;
        private List<EffectiveRule> rules;
        /** The characteristics the register's items name, gathered while the register is indexed. */
        private final Set<String> covered = new HashSet<>();

        Run(RuleRunner.Calls calls) {
            this.calls = calls;
        }

        AssessmentReport report(MaturityLevel target) {
            rules = applicable(enabled);
            List<FrameworkModule> modules = framework.modules().stream()
                    .filter(m -> assessment.scope().allModules()
                            || assessment.scope().modules().contains(m.id()))
                    .toList();
            List<Criterion> criteria =
                    modules.stream().flatMap(m -> m.criteria().stream()).toList();
            Map<String, ClaimContext> contexts = contexts(criteria);

            Map<String, List<Score>> scores = score(contexts);
            // The first level peers validated for each criterion, from one pass over the review.
            Map<String, String> validated = new HashMap<>();
            assessment
                    .review()
                    .ifPresent(r -> r.validatedLevels().forEach(v -> validated.putIfAbsent(v.criterion(), v.level())));
            List<CriterionResult> results = new ArrayList<>();
            for (FrameworkModule module : modules) {
                for (Criterion criterion : module.criteria()) {
                    results.add(result(
                            module,
                            criterion,
                            contexts.get(criterion.id()),
                            scores.get(criterion.id()),
                            validated.get(criterion.id())));
                }
            }
            List<Characteristic> inScope = characteristicsInScope();
            check(AssessmentContext.of(assessment, framework, results, inScope, today, covered));

            LevelAggregation aggregation = registry.aggregation(framework.id());
            List<ModuleResult> moduleResults = modules.stream()
                    .map(m -> moduleResult(m, results, aggregation))
                    .toList();
            String overall = aggregation
                    .overall(
                            moduleResults.stream().map(m -> level(m.reached())).toList(),
                            results.stream().map(r -> level(r.reached())).toList())
                    .id();
            return new AssessmentReport(
                    assessment.organisation().name(),
                    framework.id(),
                    assessment.period(),
                    profile,
                    overall,
                    moduleResults,
                    results,
                    findings,
                    target == null ? null : gap(results, target),
                    coverage(criteria, contexts, inScope),
                    complete);
        }

        /**
         * Each criterion's claim with the evidence it links. The register's index is dropped on return, before the
         * rules run: the rules get the evidence itself.
         */
        private Map<String, ClaimContext> contexts(List<Criterion> criteria) {
            Map<String, EvidenceItem> register =
                    newRegister.apply(assessment.evidence().size());
            // The pass that indexes the register also gathers the characteristics it covers, for the checks
            // (AssessmentContext.characteristicsCovered): an item's list is then read while the item is at hand.
            for (EvidenceItem e : assessment.evidence()) {
                register.put(e.id(), e);
                for (String c : e.characteristics()) {
                    if (c != null) {
                        covered.add(c);
                    }
                }
            }
            // Each criterion's claim from one pass over the claims (the first for a criterion, as
            // SelfAssessment.claim).
            Map<String, Claim> claims = new HashMap<>();
            for (Claim c : assessment.claims()) {
                if (c != null && c.criterion() != null) {
                    claims.putIfAbsent(c.criterion(), c);
                }
            }
            Map<String, ClaimContext> contexts = new LinkedHashMap<>();
            for (Criterion criterion : criteria) {
                Claim claim = claims.get(criterion.id());
                List<EvidenceItem> evidence = claim == null
                        ? List.of()
                        : claim.evidence().stream()
                                .map(register::get)
                                .filter(Objects::nonNull)
                                .toList();
                contexts.put(criterion.id(), ClaimContext.of(assessment, framework, criterion, claim, evidence, today));
            }
            return contexts;
        }

        private Map<String, List<Score>> score(Map<String, ClaimContext> contexts) {
            Map<String, List<Score>> scores = new HashMap<>();
            contexts.keySet().forEach(id -> scores.put(id, new ArrayList<>()));
            for (EffectiveRule rule : rules) {
                if (!(rule.installed().rule() instanceof ScoringRule scoring)) {
                    continue;
                }
                RuleRunner.Outcome<Map<String, Score>> outcome = calls.call(new Call("score", rule.id()), () -> {
                    Map<String, Score> byCriterion = new HashMap<>();
                    for (ClaimContext context : contexts.values()) {
                        Score score = scoring.score(context, rule.parameters());
                        if (score == null) {
                            return null;
                        }
                        if (framework.scale().level(score.level().id()).isEmpty()
                                && !MaturityLevel.NOT_ASSESSED
                                        .id()
                                        .equals(score.level().id())) {
                            throw new InvalidResult("returned the level '"
                                    + score.level().id() + "' for "
                                    + context.criterion().id() + ", which is not on the scale of " + framework.id());
                        }
                        // The scale's own level, so that a plugin's copy with another rank cannot reorder levels.
                        byCriterion.put(
                                context.criterion().id(),
                                new Score(level(score.level().id()), score.reasons()));
                    }
                    return byCriterion;
                });
                if (outcome instanceof RuleRunner.Outcome.Done<Map<String, Score>> done) {
                    done.value()
                            .forEach((criterion, score) -> scores.get(criterion).add(score));
                } else {
                    fail(rule, ((RuleRunner.Outcome.Failed<Map<String, Score>>) outcome).why());
                }
            }
            return scores;
        }

        private CriterionResult result(
                FrameworkModule module,
                Criterion criterion,
                ClaimContext context,
                List<Score> scores,
                String validatedLevel) {
            MaturityLevel claimed = context.claimed().map(c -> level(c.level())).orElse(MaturityLevel.NOT_ASSESSED);
            MaturityLevel evidenced = scores.isEmpty()
                    ? null
                    : scores.stream()
                            .map(Score::level)
                            .min(Comparator.naturalOrder())
                            .orElseThrow();
            MaturityLevel validated = validatedLevel == null ? null : level(validatedLevel);
            MaturityLevel reached =
                    validated != null ? validated : evidenced == null ? claimed : min(claimed, evidenced);
            List<String> reasons =
                    scores.stream().flatMap(s -> s.reasons().stream()).toList();
            return new CriterionResult(
                    criterion.id(),
                    module.id(),
                    criterion.title(),
                    claimed.id(),
                    evidenced == null ? null : evidenced.id(),
                    validated == null ? null : validated.id(),
                    reached.id(),
                    reasons);
        }

        private void check(AssessmentContext context) {
            for (EffectiveRule rule : rules) {
                if (!(rule.installed().rule() instanceof AssessmentCheck check)) {
                    continue;
                }
                RuleRunner.Outcome<List<Finding>> outcome = calls.call(new Call("check", rule.id()), () -> {
                    List<Finding> found = check.check(context, rule.parameters());
                    if (found == null || found.stream().anyMatch(Objects::isNull)) {
                        return null;
                    }
                    found.forEach(Assessment.this::checkFinding);
                    return List.copyOf(found);
                });
                if (outcome instanceof RuleRunner.Outcome.Done<List<Finding>> done) {
                    done.value().forEach(f -> accept(rule, f));
                } else {
                    fail(rule, ((RuleRunner.Outcome.Failed<List<Finding>>) outcome).why());
                }
            }
        }

        /**
         * Keeps a finding of a check. One about something that is not in the assessment is kept for the
         * whole assessment, with an error finding of the check that names the path it gave and why it is
         * not there: the equality officer still reads what was found, and the plugin's authors what to fix.
         */
        private void accept(EffectiveRule rule, Finding finding) {
            String plugin = rule.installed().plugin();
            Optional<String> why = FindingPaths.whyNotIn(assessment, finding.path());
            if (why.isEmpty()) {
                findings.add(finding.attributed(rule.id(), plugin, rule.imposedSeverity()));
                return;
            }
            findings.add(new Finding(finding.code(), finding.severity(), finding.message(), "", null, null)
                    .attributed(rule.id(), plugin, rule.imposedSeverity()));
            findings.add(new Finding(
                    FINDING_OUTSIDE_ASSESSMENT,
                    Severity.ERROR,
                    "The check " + rule.id() + " of plugin " + plugin + " gave a finding (" + finding.code()
                            + ") about " + finding.path() + ", which is not in the assessment (" + why.get()
                            + "); it is shown for the whole assessment.",
                    "",
                    rule.id(),
                    plugin));
        }

        private void fail(EffectiveRule rule, String why) {
            complete = false;
            String kind = rule.installed().isCheck() ? "check" : "scoring rule";
            findings.add(new Finding(
                    "rule-failed",
                    Severity.ERROR,
                    "The " + kind + " " + rule.id() + " of plugin "
                            + rule.installed().plugin() + " " + why
                            + "; its results are left out and this report is incomplete.",
                    "",
                    rule.id(),
                    rule.installed().plugin()));
        }

        /** The rules that apply to the framework; a rule that cannot say is reported and left out. */
        private List<EffectiveRule> applicable(List<EffectiveRule> enabled) {
            List<EffectiveRule> applicable = new ArrayList<>();
            for (EffectiveRule rule : enabled) {
                RuleRunner.Outcome<Boolean> applies = calls.call(
                        new Call("applies-to", rule.id()),
                        () -> rule.installed().rule().appliesTo(framework));
                if (applies instanceof RuleRunner.Outcome.Done<Boolean> done) {
                    if (done.value()) {
                        applicable.add(rule);
                    }
                } else {
                    fail(rule, ((RuleRunner.Outcome.Failed<Boolean>) applies).why());
                }
            }
            return List.copyOf(applicable);
        }
    }

    /** A result a plugin returned that the engine cannot use; the rule fails with this as the reason. */
    static final class InvalidResult extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidResult(String why) {
            super(why, null, false, false);
        }
    }

    /** A finding must say what: a code and a message (where it is, {@link FindingPaths} checks). */
    private void checkFinding(Finding finding) {
        if (finding.code().isBlank() || finding.message().isBlank()) {
            throw new InvalidResult(
                    "returned a finding without a " + (finding.code().isBlank() ? "code" : "message"));
        }
    }

    /** Names a plugin call the same way in every attempt at a run. */
    private record Call(String phase, String rule) {}

    private ModuleResult moduleResult(
            FrameworkModule module, List<CriterionResult> results, LevelAggregation aggregation) {
        List<CriterionResult> own =
                results.stream().filter(r -> r.module().equals(module.id())).toList();
        Function<Function<CriterionResult, String>, String> aggregate = column -> {
            List<String> ids = own.stream().map(column).toList();
            if (ids.contains(null)) {
                return null;
            }
            return aggregation
                    .module(module, ids.stream().map(this::level).toList())
                    .id();
        };
        // A peer challenge may look at only some criteria: the validated level aggregates those it validated.
        List<MaturityLevel> validated = own.stream()
                .map(CriterionResult::validated)
                .filter(Objects::nonNull)
                .map(this::level)
                .toList();
        return new ModuleResult(
                module.id(),
                module.title(),
                aggregate.apply(CriterionResult::claimed),
                aggregate.apply(CriterionResult::evidenced),
                validated.isEmpty()
                        ? null
                        : aggregation.module(module, validated).id(),
                aggregate.apply(CriterionResult::reached));
    }

    private TargetGap gap(List<CriterionResult> results, MaturityLevel target) {
        List<MaturityLevel> levels = framework.scale().levels();
        List<CriterionGap> shortfalls = results.stream()
                .filter(r -> level(r.reached()).compareTo(target) < 0)
                .map(r -> new CriterionGap(
                        r.criterion(), r.reached(), levels.indexOf(target) - levels.indexOf(level(r.reached()))))
                .sorted(Comparator.comparingInt(CriterionGap::steps).reversed())
                .toList();
        return new TargetGap(target.id(), shortfalls.isEmpty(), shortfalls);
    }

    private List<Characteristic> characteristicsInScope() {
        if (assessment.scope().allCharacteristics()) {
            return registry.catalogue().characteristicsByDefault(assessment);
        }
        List<Characteristic> known = registry.catalogue().characteristicsFor(assessment);
        return assessment.scope().characteristics().stream()
                .distinct()
                .map(id -> known.stream()
                        .filter(c -> c.id().equals(id))
                        .findFirst()
                        .orElseThrow())
                .toList();
    }

    private static CoverageMatrix coverage(
            List<Criterion> criteria, Map<String, ClaimContext> contexts, List<Characteristic> inScope) {
        List<String> columns = inScope.stream().map(Characteristic::id).toList();
        // The counts each claim's context made when the engine resolved its evidence: no second pass over the register.
        List<CoverageMatrix.Row> rows = criteria.stream()
                .map(c -> {
                    Map<String, Integer> counts = contexts.get(c.id()).characteristicCounts();
                    List<Integer> byColumn = new ArrayList<>(columns.size());
                    for (String column : columns) {
                        byColumn.add(counts.getOrDefault(column, 0));
                    }
                    return new CoverageMatrix.Row(c.id(), List.copyOf(byColumn));
                })
                .toList();
        return new CoverageMatrix(columns, rows);
    }

    /** The level with this id; ids were validated, and the codec accepts only valid ones. */
    private MaturityLevel level(String id) {
        return framework.scale().level(id).orElseThrow(() -> new IllegalStateException("unknown level " + id));
    }

    private static MaturityLevel min(MaturityLevel a, MaturityLevel b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
