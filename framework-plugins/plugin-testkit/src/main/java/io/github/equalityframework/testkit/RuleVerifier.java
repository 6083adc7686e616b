package io.github.equalityframework.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.engine.InvalidProfileException;
import io.github.equalityframework.engine.PluginRegistry;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.RuleProfile;
import io.github.equalityframework.model.RuleSetting;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.SourceLocation;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;

/**
 * Checks a plugin's rules against an assessment file annotated with the findings expected at each line, in the manner
 * of SonarQube's {@code CheckVerifier}. A YAML comment {@code # expect: CODE} (several: {@code # expect: A, B}) at the
 * end of a line says that a finding with that code, or of the rule with that id, points at that line:
 *
 * <pre>{@code
 * claims:
 *   - criterion: m1/c1
 *     level: achieving   # expect: claim-without-evidence
 * }</pre>
 *
 * <pre>{@code
 * @Test
 * void findsWhatTheFixtureExpects() {
 *     RuleVerifier.of(new MyCouncilPlugin()).alongside(new LgaPlugin()).verify(Path.of("src/test/resources/claims.yaml"));
 * }
 * }</pre>
 *
 * <p>Only the plugin's own rules run, with the settings of the first profile it ships: the rules of plugins added with
 * {@link #alongside(EqualityFrameworkPlugin...)} are switched off. A finding of a path not in the file points at no
 * line and so is always unexpected.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RuleVerifier {
    private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*([^#]+?)\\s*$");

    private final EqualityFrameworkPlugin plugin;
    private final List<EqualityFrameworkPlugin> companions = new ArrayList<>();
    private Clock clock = PluginConformance.DEFAULT_CLOCK;

    private RuleVerifier(EqualityFrameworkPlugin plugin) {
        this.plugin = plugin;
    }

    /** Verifies the rules of this plugin. */
    public static RuleVerifier of(EqualityFrameworkPlugin plugin) {
        return new RuleVerifier(Objects.requireNonNull(plugin, "plugin"));
    }

    /** Installs other plugins with it, such as the one that ships the framework of the files; their rules do not run. */
    public RuleVerifier alongside(EqualityFrameworkPlugin... others) {
        for (EqualityFrameworkPlugin other : others) {
            companions.add(Objects.requireNonNull(other, "plugin"));
        }
        return this;
    }

    /** The engine's clock, for "today" ({@link PluginConformance#DEFAULT_CLOCK} by default). */
    public RuleVerifier clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * Assesses the file and compares the findings with its {@code # expect:} comments.
     *
     * @throws AssertionFailedError naming, with their lines, every expected finding that is missing and every finding
     *     that was not expected; or listing the file's problems when it is not a valid self-assessment
     */
    public void verify(Path file) {
        List<String> differences = differences(file);
        if (!differences.isEmpty()) {
            throw new AssertionFailedError(file + " does not give the findings it expects (" + differences.size()
                    + (differences.size() == 1 ? " difference" : " differences") + "):\n  - "
                    + String.join("\n  - ", differences));
        }
    }

    /** The differences {@link #verify(Path)} reports, one line each; empty when the file gives what it expects. */
    List<String> differences(Path file) {
        Map<Integer, List<String>> expected = expectations(file);
        ReadResult<SelfAssessment> read = ModelCodec.strict().readSelfAssessment(file);
        AssessmentEngine built;
        try {
            built = engine();
        } catch (InvalidProfileException e) {
            return e.problems().stream()
                    .map(p -> "the plugin's rules cannot run, its profile does not resolve: " + p.format())
                    .toList();
        }
        try (AssessmentEngine engine = built) {
            List<ValidationProblem> problems =
                    read.value().map(a -> read.place(engine.validate(a))).orElse(read.problems());
            if (!problems.isEmpty()) {
                return problems.stream()
                        .map(p -> "the file is not a valid self-assessment: " + p.format())
                        .toList();
            }
            List<Finding> findings = engine.assess(read.value().orElseThrow()).findings();
            Map<Integer, List<Finding>> unexpected = new TreeMap<>();
            for (Finding finding : findings) {
                SourceLocation at = read.locate(finding.path());
                int line = at == null ? 0 : at.line();
                List<String> here = expected.getOrDefault(line, new ArrayList<>());
                if (!here.remove(finding.code()) && !here.remove(finding.rule())) {
                    unexpected.computeIfAbsent(line, l -> new ArrayList<>()).add(finding);
                }
            }
            List<String> differences = new ArrayList<>();
            expected.forEach((line, codes) -> codes.forEach(
                    code -> differences.add(file + ":" + line + ": expected " + code + ", but no such finding")));
            unexpected.forEach((line, list) -> list.forEach(f -> differences.add(file + ":" + line + ": unexpected "
                    + f.code() + " (rule " + f.rule() + ") at " + f.path() + ": " + f.message())));
            differences.sort(RuleVerifier::byLine);
            return differences;
        }
    }

    /** The expected codes by line, from the file's {@code # expect:} comments. */
    private static Map<Integer, List<String>> expectations(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<Integer, List<String>> expected = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = EXPECT.matcher(lines.get(i));
            if (m.find()) {
                for (String code : m.group(1).split(",")) {
                    if (!code.isBlank()) {
                        expected.computeIfAbsent(i + 1, l -> new ArrayList<>()).add(code.strip());
                    }
                }
            }
        }
        return expected;
    }

    /** An engine with only the plugin's rules on, set as its first profile sets them. */
    private AssessmentEngine engine() {
        Map<String, RuleSetting> others = new LinkedHashMap<>();
        String base;
        try (PluginRegistry alone = PluginRegistry.builder().add(plugin).build();
                PluginRegistry all = registry()) {
            String own = plugin.descriptor().id();
            all.rules().stream()
                    .filter(r -> !r.plugin().equals(own))
                    .forEach(r -> others.put(r.rule().id(), new RuleSetting(false, null, null)));
            base = alone.profileIds().isEmpty() ? null : alone.profileIds().get(0);
        }
        AssessmentEngine.Builder builder = AssessmentEngine.builder()
                .plugin(plugin)
                .clock(clock)
                .profile(new RuleProfile("rule-verifier", base, "Only the rules of the plugin under test", others));
        companions.forEach(builder::plugin);
        return builder.build();
    }

    private PluginRegistry registry() {
        PluginRegistry.Builder builder = PluginRegistry.builder().add(plugin);
        companions.forEach(builder::add);
        return builder.build();
    }

    /** File order: by the line number after the file name. */
    private static int byLine(String a, String b) {
        return Integer.compare(lineOf(a), lineOf(b));
    }

    private static int lineOf(String difference) {
        Matcher m = Pattern.compile(":(\\d+): ").matcher(difference);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
