package io.github.equalityframework.testkit;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.engine.InvalidAssessmentException;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.report.AssessmentReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

/**
 * The behaviour checks on one framework: robustness on the fixed extremes, completeness on generated
 * assessments, then determinism and thread safety over all of them.
 */
final class Behaviour {
    /** The engine's findings about a rule's own fault: one that failed, and one that named a path not in the assessment. */
    private static final Set<String> RULE_FAULTS = Set.of("rule-failed", "finding-outside-assessment");

    private static final ModelCodec CODEC = ModelCodec.strict();

    private final AssessmentEngine engine;
    private final PluginConformance config;
    private final BiConsumer<String, String> fail;

    Behaviour(AssessmentEngine engine, PluginConformance config, BiConsumer<String, String> fail) {
        this.engine = engine;
        this.config = config;
        this.fail = fail;
    }

    /** A self-assessment, how failure lines name it and, if generated, its number in the sample (else -1). */
    private record Case(String label, SelfAssessment assessment, int number) {
        static Case fixed(String label, SelfAssessment assessment) {
            return new Case(label, assessment, -1);
        }

        static Case generated(int number, SelfAssessment assessment) {
            return new Case("generated #" + number, assessment, number);
        }

        boolean generated() {
            return number >= 0;
        }
    }

    /** The code that gives generated assessment {@code number} of a seed again, for a failure line. */
    static String reproduction(int number, long seed) {
        return "SelfAssessments.of(framework, catalogue).sample(" + (number + 1) + ", " + seed + "L).get(" + number
                + ")";
    }

    /** What assessing a case gave: a report and its JSON, or what went wrong. */
    private record Outcome(AssessmentReport report, String json, String thrown) {
        boolean sameAs(Outcome other) {
            return thrown == null
                    ? report.equals(other.report) && json.equals(other.json)
                    : thrown.equals(other.thrown);
        }
    }

    void check(FrameworkDefinition framework) {
        SelfAssessments source = SelfAssessments.of(framework, engine.catalogue());
        List<Case> cases = new ArrayList<>();
        cases.add(Case.fixed("the minimal self-assessment", source.minimal()));
        for (MaturityLevel level : framework.scale().levels()) {
            cases.add(
                    Case.fixed("every criterion claimed at " + level.id(), source.everyCriterionClaimedAt(level.id())));
        }
        List<SelfAssessment> generated = source.sample(config.assessments, config.seed);
        for (int i = 0; i < generated.size(); i++) {
            cases.add(Case.generated(i, generated.get(i)));
        }
        String against = "against " + framework.id() + ", ";

        Map<Case, Outcome> first = new LinkedHashMap<>();
        Tally failed = new Tally();
        for (Case c : cases) {
            Outcome outcome = assess(c.assessment());
            first.put(c, outcome);
            String check = c.generated() ? "completeness" : "robustness";
            if (outcome.thrown() != null) {
                failed.add(check, "assessing it threw " + outcome.thrown(), c);
            } else {
                outcome.report().findings().stream()
                        .filter(f -> RULE_FAULTS.contains(f.code()))
                        .forEach(f -> failed.add(
                                check + "|" + f.rule() + "|" + f.code(), withoutConsequence(f.message()), c));
            }
        }
        failed.report(against, config.seed, fail);

        boolean deterministic =
                compare("determinism", against + "assessing again gives", first, repeat(first.keySet()));
        if (deterministic) {
            compare(
                    "thread safety",
                    against + "assessing from " + config.threads + " threads at once gives",
                    first,
                    concurrently(new ArrayList<>(first.keySet())));
        }
    }

    /** The engine's failure message says what it means for the report; in the kit's list that is noise. */
    private static String withoutConsequence(String message) {
        for (String consequence : List.of("; its results are left out", "; it is shown for the whole assessment")) {
            int at = message.indexOf(consequence);
            if (at >= 0) {
                return message.substring(0, at);
            }
        }
        return message;
    }

    private Outcome assess(SelfAssessment assessment) {
        try {
            AssessmentReport report = engine.assess(assessment);
            return new Outcome(report, CODEC.write(report, Format.JSON), null);
        } catch (InvalidAssessmentException e) {
            return new Outcome(
                    null,
                    null,
                    "InvalidAssessmentException (a fault of the test kit's generator, please report it): "
                            + e.problems().get(0).format());
        } catch (RuntimeException | LinkageError e) {
            return new Outcome(null, null, e.toString());
        }
    }

    private Map<Case, Outcome> repeat(Iterable<Case> cases) {
        Map<Case, Outcome> again = new LinkedHashMap<>();
        cases.forEach(c -> again.put(c, assess(c.assessment())));
        return again;
    }

    /** Every thread assesses every case, each starting at a different one, all released at once. */
    private List<Map<Case, Outcome>> concurrently(List<Case> cases) {
        ExecutorService pool = Executors.newFixedThreadPool(config.threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Map<Case, Outcome>>> runs = new ArrayList<>();
            for (int t = 0; t < config.threads; t++) {
                int offset = t * cases.size() / config.threads;
                Callable<Map<Case, Outcome>> run = () -> {
                    start.await();
                    Map<Case, Outcome> outcomes = new LinkedHashMap<>();
                    for (int i = 0; i < cases.size(); i++) {
                        Case c = cases.get((offset + i) % cases.size());
                        outcomes.put(c, assess(c.assessment()));
                    }
                    return outcomes;
                };
                runs.add(pool.submit(run));
            }
            start.countDown();
            List<Map<Case, Outcome>> results = new ArrayList<>();
            for (Future<Map<Case, Outcome>> run : runs) {
                results.add(run.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking thread safety", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a thread of the thread-safety check failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean compare(String check, String what, Map<Case, Outcome> first, Map<Case, Outcome> again) {
        return compare(check, what, first, List.of(again));
    }

    /** Reports, in one line, how many cases gave another outcome in any of the runs, and the first difference. */
    private boolean compare(String check, String what, Map<Case, Outcome> first, List<Map<Case, Outcome>> runs) {
        int differing = 0;
        String example = null;
        for (Map.Entry<Case, Outcome> expected : first.entrySet()) {
            for (Map<Case, Outcome> run : runs) {
                Outcome actual = run.get(expected.getKey());
                if (!expected.getValue().sameAs(actual)) {
                    differing++;
                    if (example == null) {
                        example = expected.getKey().label() + ": "
                                + ReportDifference.describe(
                                        expected.getValue().report(),
                                        expected.getValue().json(),
                                        expected.getValue().thrown(),
                                        actual.report(),
                                        actual.json(),
                                        actual.thrown());
                    }
                    break;
                }
            }
        }
        if (differing > 0) {
            fail.accept(
                    check,
                    what + " a different report for " + differing + " of " + first.size() + " self-assessments (seed "
                            + config.seed + "); first, " + example);
        }
        return differing == 0;
    }

    /** Failures grouped by check and rule, so that one faulty rule gives one line per check and framework. */
    private static final class Tally {
        private record Entry(String message, List<Case> cases) {}

        private final Map<String, Entry> entries = new LinkedHashMap<>();

        void add(String key, String message, Case c) {
            entries.computeIfAbsent(key, k -> new Entry(message, new ArrayList<>()))
                    .cases()
                    .add(c);
        }

        void report(String against, long seed, BiConsumer<String, String> fail) {
            entries.forEach((key, entry) -> {
                String check = key.split("\\|", 2)[0];
                List<Case> cases = entry.cases();
                String where = cases.get(0).generated()
                        ? cases.size() + " generated self-assessment" + (cases.size() == 1 ? "" : "s") + " (seed "
                                + seed + "), first " + cases.get(0).label() + "; to reproduce it: "
                                + reproduction(cases.get(0).number(), seed)
                        : String.join("; ", cases.stream().map(Case::label).toList());
                fail.accept(check, against + entry.message() + " (on " + where + ")");
            });
        }
    }
}
