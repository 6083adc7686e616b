package io.github.equalityframework.engine;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.equalityframework.io.DocumentReaders;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.Catalogue;
import io.github.equalityframework.model.RuleProfile;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.Rule;
import io.github.equalityframework.validation.SelfAssessmentValidator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Turns self-assessments into assessment reports with the rules and checks of the installed plugins.
 * Built once with {@link #builder()}, then immutable and safe to share between threads; close it when
 * done to release the rule threads and plugin class loaders.
 *
 * <pre>{@code
 * try (AssessmentEngine engine = AssessmentEngine.builder().discoverPlugins().build()) {
 *     AssessmentResult result = engine.assess(AssessmentFiles.beside(Path.of("anytown-2025.yaml")));
 *     result.problems().forEach(p -> System.out.println(p.format()));
 *     result.report().ifPresent(report -> System.out.println(result.label(report.overall())));
 * }
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class AssessmentEngine implements AutoCloseable {
    private final PluginRegistry registry;
    private final SelfAssessmentValidator validator;
    private final List<EffectiveRule> rules;
    private final String profile;
    private final Clock clock;
    private final RuleRunner runner;
    private final DocumentReaders readers;

    private AssessmentEngine(Builder b, PluginRegistry registry, List<EffectiveRule> rules) {
        this.registry = registry;
        this.validator = new SelfAssessmentValidator(registry.catalogue());
        this.rules = List.copyOf(rules);
        this.profile = b.profileName;
        this.clock = b.clock;
        this.runner = new RuleRunner(b.ruleTimeBudget.isZero() ? null : b.ruleTimeBudget);
        this.readers = b.readers;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The installed plugins and what they contributed. */
    public PluginRegistry plugins() {
        return registry;
    }

    /** Today by the engine's clock: the day overdue actions and the age of evidence are judged on. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The frameworks, characteristics and evidence kinds installed. */
    public Catalogue catalogue() {
        return registry.catalogue();
    }

    /** Every rule and check as it runs under the chosen profile, sorted by id. */
    public List<EffectiveRule> rules() {
        return rules;
    }

    /** Validates a self-assessment against the model and its framework; empty when it is valid. */
    public List<ValidationProblem> validate(SelfAssessment assessment) {
        return validator.validate(assessment);
    }

    /**
     * Assesses a self-assessment without a target level.
     *
     * @throws InvalidAssessmentException when the assessment does not validate
     */
    public AssessmentReport assess(SelfAssessment assessment) {
        return assess(assessment, null);
    }

    /**
     * Assesses a self-assessment and measures the gap to a target level.
     *
     * @param targetLevel a level id of the assessment's framework, or {@code null} for no target
     * @throws InvalidAssessmentException when the assessment does not validate
     * @throws IllegalArgumentException   when the target is not a level of the framework
     */
    public AssessmentReport assess(SelfAssessment assessment, String targetLevel) {
        List<ValidationProblem> problems = validator.validate(Objects.requireNonNull(assessment, "assessment"));
        if (!problems.isEmpty()) {
            throw new InvalidAssessmentException(problems);
        }
        return new Assessment(assessment, registry, rules, runner, clock, profile).run(targetLevel);
    }

    /**
     * Reads a self-assessment with its review and plan files, validates them once, and assesses them without a
     * target level. Never throws for bad input: the result holds every problem, placed in its file.
     *
     * @see #assess(AssessmentFiles, String)
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public AssessmentResult assess(AssessmentFiles files) {
        return assess(files, null);
    }

    /**
     * Reads a self-assessment with its review and plan files (in any format a {@link DocumentReaders document
     * reader} of the engine reads), validates them once, and, when the assessment with its review and main plan is
     * valid, assesses it and measures the gap to a target level. Any other plan is checked with the assessment and
     * review. Never throws for bad input: the result holds every problem, placed in the file it is in.
     *
     * @param targetLevel a level id of the assessment's framework, or {@code null} for no target
     * @throws IllegalArgumentException when the target is not a level of the framework
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public AssessmentResult assess(AssessmentFiles files, String targetLevel) {
        return read(files, targetLevel, true);
    }

    /**
     * Reads and validates a self-assessment with its review and plan files, as {@link #assess(AssessmentFiles)} does,
     * without assessing it: the result has no report.
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public AssessmentResult validate(AssessmentFiles files) {
        return read(files, null, false);
    }

    private AssessmentResult read(AssessmentFiles files, String targetLevel, boolean assess) {
        List<Rule> ran = rules.stream()
                .filter(EffectiveRule::enabled)
                .map(r -> r.installed().rule())
                .toList();
        return ReadFiles.check(
                files,
                readers,
                validator,
                registry.catalogue(),
                ran,
                assess
                        ? whole -> new Assessment(whole, registry, rules, runner, clock, profile).run(targetLevel)
                        : null);
    }

    /**
     * Threads for a batch of tasks that assess with this engine (for example one file each), whose rule calls run on
     * the task's own thread instead of being handed to a rule worker for every assessment, with the time budget still
     * kept; see {@link Batch}.
     *
     * @param threads how many tasks run at once
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public Batch batch(int threads) {
        return new Batch(runner, threads);
    }

    @Override
    public void close() {
        runner.close();
        registry.close();
    }

    /** Chooses plugins, the profile, the clock and the rule time budget. Not thread-safe. */
    public static final class Builder {
        private final PluginRegistry.Builder plugins = PluginRegistry.builder();
        private String profileName;
        private ReadResult<RuleProfile> profileFile;
        private Clock clock = Clock.systemDefaultZone();
        private Duration ruleTimeBudget = Duration.ofSeconds(5);
        private DocumentReaders readers = DocumentReaders.standard();

        private Builder() {}

        /**
         * Adds the plugins, and the {@link io.github.equalityframework.io.DocumentReader document readers}, on the
         * class path (or module path) of the current thread's context class loader.
         */
        public Builder discoverPlugins() {
            return discoverPlugins(Thread.currentThread().getContextClassLoader());
        }

        /** Adds the plugins, and the document readers, found through a class loader. */
        public Builder discoverPlugins(ClassLoader loader) {
            plugins.discover(loader);
            readers = readers.discovered(loader);
            return this;
        }

        /**
         * The readers of the files {@link #assess(AssessmentFiles)} reads: YAML and JSON read strictly by default, and
         * those {@link #discoverPlugins} finds. Set them to read YAML leniently, or to add a format by hand.
         */
        @API(status = API.Status.EXPERIMENTAL, since = "0.1")
        public Builder documentReaders(DocumentReaders readers) {
            this.readers = Objects.requireNonNull(readers, "readers");
            return this;
        }

        /** Adds the plugin jars of a directory, in a class loader of their own. */
        public Builder pluginPath(Path directory) {
            plugins.pluginPath(directory);
            return this;
        }

        /** How long one plugin's {@code setup} may run; see {@link PluginRegistry.Builder#setupTimeBudget}. */
        public Builder pluginSetupTimeBudget(Duration budget) {
            plugins.setupTimeBudget(budget);
            return this;
        }

        /** Adds a plugin instance. */
        public Builder plugin(EqualityFrameworkPlugin plugin) {
            plugins.add(plugin);
            return this;
        }

        /** Runs under a profile that a plugin ships, by id (e.g. {@code lga-default}). */
        public Builder profile(String id) {
            this.profileName = Objects.requireNonNull(id, "id");
            this.profileFile = null;
            return this;
        }

        /** Runs under a profile built in code. */
        public Builder profile(RuleProfile profile) {
            this.profileFile = ReadResult.of(profile);
            this.profileName = profile.id();
            return this;
        }

        /**
         * Runs under a profile read from a YAML or JSON file. The file is read now; its problems are
         * reported by {@link #build()}, together with every other problem of the profile.
         */
        public Builder profileFile(Path file) {
            this.profileFile = ModelCodec.strict().read(file, RuleProfile.class);
            this.profileName = profileFile.value().map(RuleProfile::id).orElse(null);
            return this;
        }

        /** The clock that gives "today" (for evidence age and overdue actions); the system clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How long one rule or check may run on one assessment before it is abandoned and reported (5 s
         * by default). {@link Duration#ZERO} runs rules on the caller's thread without a budget, which is
         * fastest when every plugin is trusted.
         */
        public Builder ruleTimeBudget(Duration budget) {
            if (budget.isNegative()) {
                throw new IllegalArgumentException("the rule time budget must not be negative");
            }
            this.ruleTimeBudget = budget;
            return this;
        }

        /**
         * Loads the plugins and resolves the profile.
         *
         * @throws InvalidProfileException when the profile is unknown or invalid; it lists every problem
         *     of the profile, after the problems of the plugins that did not load (which may be why)
         */
        public AssessmentEngine build() {
            PluginRegistry registry = plugins.build();
            try {
                if (profileFile != null && profileFile.value().isEmpty()) {
                    throw new InvalidProfileException(profileFile.problems(), registry.problems());
                }
                ProfileResolver resolver = new ProfileResolver(registry);
                List<EffectiveRule> rules = profileFile != null
                        ? resolver.resolve(profileFile)
                        : profileName != null ? resolver.resolve(profileName) : resolver.defaults();
                return new AssessmentEngine(this, registry, new ArrayList<>(rules));
            } catch (RuntimeException e) {
                registry.close(); // the plugin class loaders, which no engine will close
                throw e;
            }
        }
    }

    /** For tests and tools: the profile the engine runs under, if any. */
    Optional<String> profile() {
        return Optional.ofNullable(profile);
    }
}
