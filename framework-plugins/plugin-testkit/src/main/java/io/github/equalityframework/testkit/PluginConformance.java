package io.github.equalityframework.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;

/**
 * Checks that a plugin conforms to the SDK, the way the engine will use it. In a plugin's own tests:
 *
 * <pre>{@code
 * @Test
 * void conformsToTheSdk() {
 *     PluginConformance.of(MyCouncilPlugin.class).assertConforms();
 * }
 * }</pre>
 *
 * <p>The checks, each reported with its name at the start of a failure line:
 * <ul>
 * <li>{@code discovery}: {@link java.util.ServiceLoader} finds the class on the test class path (listed in
 *     {@code META-INF/services/io.github.equalityframework.spi.EqualityFrameworkPlugin}) or module path;
 * <li>{@code constructor}: the class is public with a public no-argument constructor that does not throw;
 * <li>{@code descriptor}: the id is lower-case words joined by hyphens, name and version are not blank,
 *     the SDK range parses and contains the running SDK's version, and a second call gives the same;
 * <li>{@code loading} and {@code frameworks}: loaded alone into a registry, the plugin sets up without
 *     problems and every framework definition it ships validates;
 * <li>{@code rules}: rule ids are unique and follow {@code <plugin id>.<kebab-case name>}, every rule documents a title
 *     and a description and declares each parameter once, and each rule applies to some installed framework;
 * <li>{@code profiles}: a plugin with rules ships a profile, and every profile it ships resolves;
 * <li>{@code robustness}: no rule fails on the minimal self-assessment or on one with every criterion
 *     claimed at each level, for every framework the plugin's rules apply to;
 * <li>{@code completeness}: no rule fails on {@linkplain #assessments(int) generated} self-assessments;
 * <li>{@code determinism}: assessing the same assessment again gives an equal report and identical JSON;
 * <li>{@code thread safety}: assessing them from {@linkplain #threads(int) several threads} at once
 *     gives the same reports as assessing them one by one.
 * </ul>
 *
 * <p>Only the plugin's own rules run in the behaviour checks: the rules of plugins added with
 * {@link #alongside(EqualityFrameworkPlugin...)} are switched off, so their faults are not blamed on it.
 * Not thread-safe; configure, then call {@link #check()} or {@link #assertConforms()}.
 */
@API(status = STABLE, since = "0.1")
public final class PluginConformance {
    /** The default "today" of the engine under test: fixed, so that runs are reproducible. */
    public static final Clock DEFAULT_CLOCK = Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);
    /** The default seed of generated self-assessments. */
    public static final long DEFAULT_SEED = 20_210_401L;
    /** Generated self-assessments per framework in {@link #quick()} mode. */
    public static final int QUICK_ASSESSMENTS = 5;
    /** Threads of the thread-safety check in {@link #quick()} mode. */
    public static final int QUICK_THREADS = 2;

    final Class<? extends EqualityFrameworkPlugin> pluginClass;
    final EqualityFrameworkPlugin instance;
    final List<EqualityFrameworkPlugin> companions = new ArrayList<>();
    int assessments = 50;
    int threads = 8;
    long seed = DEFAULT_SEED;
    Clock clock = DEFAULT_CLOCK;
    Duration ruleTimeBudget = Duration.ofSeconds(5);

    private PluginConformance(Class<? extends EqualityFrameworkPlugin> pluginClass, EqualityFrameworkPlugin instance) {
        this.pluginClass = pluginClass;
        this.instance = instance;
    }

    /** Checks a plugin class; the kit creates it through its public no-argument constructor. */
    public static PluginConformance of(Class<? extends EqualityFrameworkPlugin> pluginClass) {
        return new PluginConformance(Objects.requireNonNull(pluginClass, "pluginClass"), null);
    }

    /** Checks a plugin instance (its class is still checked for discovery and its constructor). */
    public static PluginConformance of(EqualityFrameworkPlugin plugin) {
        Objects.requireNonNull(plugin, "plugin");
        return new PluginConformance(plugin.getClass(), plugin);
    }

    /**
     * Installs other plugins with it, such as the plugin that ships the frameworks its rules apply to
     * or the profile its profiles build on. Their rules do not run in the behaviour checks.
     */
    public PluginConformance alongside(EqualityFrameworkPlugin... others) {
        for (EqualityFrameworkPlugin other : others) {
            companions.add(Objects.requireNonNull(other, "plugin"));
        }
        return this;
    }

    /** How many self-assessments to generate per framework (50 by default). */
    public PluginConformance assessments(int perFramework) {
        if (perFramework < 1) {
            throw new IllegalArgumentException("generate at least one assessment per framework");
        }
        this.assessments = perFramework;
        return this;
    }

    /**
     * Fewer tries, for a fast feedback loop while writing a plugin: {@value #QUICK_ASSESSMENTS} generated
     * self-assessments per framework instead of 50, and {@value #QUICK_THREADS} threads instead of 8. Every check still
     * runs; a CI build should run the full checks too.
     */
    public PluginConformance quick() {
        this.assessments = QUICK_ASSESSMENTS;
        this.threads = QUICK_THREADS;
        return this;
    }

    /** The seed of the generated self-assessments; the same seed generates the same assessments. */
    public PluginConformance seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** How many threads assess at once in the thread-safety check (8 by default). */
    public PluginConformance threads(int threads) {
        if (threads < 2) {
            throw new IllegalArgumentException("the thread-safety check needs at least two threads");
        }
        this.threads = threads;
        return this;
    }

    /** The engine's clock, for "today" ({@link #DEFAULT_CLOCK} by default). */
    public PluginConformance clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** How long one rule may run on one assessment (5 s by default, as in the engine). */
    public PluginConformance ruleTimeBudget(Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the rule time budget must be positive");
        }
        this.ruleTimeBudget = budget;
        return this;
    }

    /** Runs every check and lists the failures. Never throws for a faulty plugin. */
    public ConformanceReport check() {
        return new ConformanceRun(this).run();
    }

    /**
     * Runs every check.
     *
     * @throws AssertionFailedError listing every failure, one per line, when the plugin does not conform
     */
    public void assertConforms() {
        ConformanceReport report = check();
        if (!report.passed()) {
            throw new AssertionFailedError(report.toString());
        }
    }
}
