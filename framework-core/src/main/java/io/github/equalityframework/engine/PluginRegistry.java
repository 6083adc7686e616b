package io.github.equalityframework.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.migration.EditionDiff;
import io.github.equalityframework.migration.EditionMapping;
import io.github.equalityframework.migration.EditionMigration;
import io.github.equalityframework.model.Catalogue;
import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.EvidenceKind;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.RuleProfile;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.spi.AssessmentCheck;
import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.LevelAggregation;
import io.github.equalityframework.spi.PluginContext;
import io.github.equalityframework.spi.PluginDescriptor;
import io.github.equalityframework.spi.Rule;
import io.github.equalityframework.spi.ScoringRule;
import io.github.equalityframework.spi.Sdk;
import io.github.equalityframework.spi.VersionRange;
import io.github.equalityframework.validation.FrameworkDefinitionValidator;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * The installed plugins and what they contributed. Built once, then immutable and safe to share. A
 * plugin that fails to load, needs another SDK, or contributes invalid data is reported in
 * {@link #problems()}; the other plugins still load.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PluginRegistry implements Closeable {
    private static final ModelCodec CODEC = ModelCodec.strict();

    private final List<PluginDescriptor> plugins;
    private final Catalogue catalogue;
    private final List<InstalledRule> rules;
    private final Map<String, LevelAggregation> aggregations;
    /** The profiles the plugins ship, read when first asked for. */
    private final ShippedProfiles profiles;

    private final List<PluginProblem> problems;
    /**
     * Problems of what was read after the registry was built: framework editions (see {@link FrameworkSnapshot}),
     * profiles and edition mappings.
     */
    private final List<PluginProblem> late;

    private final List<URLClassLoader> loaders;
    /**
     * The mappings offered, read and checked against their editions when first used: reading one is a YAML read, and
     * checking it reads both editions.
     */
    private final List<Builder.PendingMapping> offeredMappings;

    /** The ids of the framework editions registered, read or not. */
    private final java.util.Set<String> frameworkIds;

    private EditionMigration migration;

    private PluginRegistry(Builder.Assembled a) {
        this.plugins = List.copyOf(a.plugins);
        this.catalogue = a.catalogue;
        this.rules = List.copyOf(a.rules);
        this.aggregations = Map.copyOf(a.aggregations);
        this.profiles = new ShippedProfiles(CODEC, a.profiles, a.late);
        this.problems = List.copyOf(a.problems);
        this.late = a.late;
        this.loaders = List.copyOf(a.loaders);
        this.offeredMappings = List.copyOf(a.mappings);
        this.frameworkIds = java.util.Set.copyOf(a.frameworkIds);
    }

    /**
     * The migration along the sound mappings, made on first use: a mapping that does not fit the editions it joins
     * is left out, and its problems join {@link #problems()} from then on, as a deferred edition's do.
     */
    private synchronized EditionMigration checkedMigration() {
        if (migration == null) {
            List<EditionMapping> sound = new ArrayList<>();
            List<PluginProblem> found = new ArrayList<>();
            Map<String, String> owners = new HashMap<>();
            for (Builder.PendingMapping pending : offeredMappings) {
                Optional<Builder.ReadMapping> readable = pending.read(CODEC, frameworkIds, owners, found);
                if (readable.isEmpty()) {
                    continue;
                }
                Builder.ReadMapping offered = readable.get();
                EditionMapping mapping = offered.mapping();
                Optional<FrameworkDefinition> from = catalogue.framework(mapping.from());
                Optional<FrameworkDefinition> to = catalogue.framework(mapping.to());
                if (from.isEmpty() || to.isEmpty()) {
                    // An edition registered but unreadable (its problems are reported with it): nothing to check
                    // against.
                    found.add(new PluginProblem(
                            offered.plugin(),
                            offered.what() + " joins an edition that could not be read; the mapping is not loaded"));
                    continue;
                }
                List<ValidationProblem> invalid = offered.read().place(mapping.check(from.get(), to.get()));
                invalid.forEach(p ->
                        found.add(new PluginProblem(offered.plugin(), offered.what() + " is invalid: " + p.format())));
                if (invalid.isEmpty()) {
                    sound.add(mapping);
                }
            }
            synchronized (late) {
                late.addAll(found);
            }
            migration = new EditionMigration(sound);
        }
        return migration;
    }

    /** The plugins found on the class path (or module path) of the current thread's context class loader. */
    public static PluginRegistry discover() {
        return builder()
                .discover(Thread.currentThread().getContextClassLoader())
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The loaded plugins, sorted by id. */
    public List<PluginDescriptor> plugins() {
        return plugins;
    }

    /** The frameworks, characteristics and evidence kinds available. */
    public Catalogue catalogue() {
        return catalogue;
    }

    /** Every scoring rule and check, sorted by id. */
    public List<InstalledRule> rules() {
        return rules;
    }

    /** The rule or check with this id. */
    public Optional<InstalledRule> rule(String id) {
        return rules.stream().filter(r -> r.rule().id().equals(id)).findFirst();
    }

    /** How levels aggregate for a framework. */
    public LevelAggregation aggregation(String frameworkId) {
        return aggregations.getOrDefault(frameworkId, LevelAggregation.LOWEST);
    }

    /**
     * The ids of the profiles the plugins ship, sorted. The profiles are read when first asked for, so this reads
     * every one: from then on the problems of each are among {@link #problems()}.
     */
    public List<String> profileIds() {
        return profiles.ids();
    }

    /** The id of the plugin that ships a profile. */
    public String profileOwner(String profileId) {
        return profiles.owner(profileId)
                .orElseThrow(() -> new IllegalArgumentException("no installed profile has the id '" + profileId + "'"));
    }

    /**
     * A profile a plugin ships, as read from its resource (for placing problems in it); read now if it was not yet,
     * with the problems of reading it among {@link #problems()}.
     */
    Optional<ReadResult<RuleProfile>> profile(String id) {
        return profiles.get(id);
    }

    /**
     * Reads every framework edition, rule profile and edition mapping the plugins contribute, and checks each mapping
     * against its editions, so that {@link #problems()} holds the problems of all of them; a command or check that
     * lists what the plugins contribute calls it first. Otherwise each is read only when something asks for it.
     */
    @API(status = EXPERIMENTAL, since = "0.2")
    public PluginRegistry readAll() {
        catalogue.frameworks().size();
        profiles.ids();
        checkedMigration();
        return this;
    }

    /**
     * The edition mappings the plugins contribute, each checked against the two installed editions it joins: by
     * plugin id, then in the order each plugin adds them; at most one per source edition.
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public List<EditionMapping> editionMappings() {
        return checkedMigration().mappings();
    }

    /** The installed mapping that leads from one edition to another, if a plugin contributes one. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public Optional<EditionMapping> editionMapping(String fromFrameworkId, String toFrameworkId) {
        return checkedMigration().mapping(fromFrameworkId).filter(m -> m.to().equals(toFrameworkId));
    }

    /** The edition migration along every installed mapping, for any framework whose plugin contributes one. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public EditionMigration migration() {
        return checkedMigration();
    }

    /**
     * What changed between two installed editions, criterion by criterion, as the mapping between them says.
     *
     * @throws IllegalArgumentException when an edition is not installed or no mapping leads from one to the other;
     *     the message names the installed mappings
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public EditionDiff diff(String fromFrameworkId, String toFrameworkId) {
        for (String id : List.of(fromFrameworkId, toFrameworkId)) {
            if (catalogue.framework(id).isEmpty()) {
                throw new IllegalArgumentException("'" + id + "' is not an installed framework");
            }
        }
        EditionMapping mapping = editionMapping(fromFrameworkId, toFrameworkId)
                .orElseThrow(() -> new IllegalArgumentException("no edition mapping leads from " + fromFrameworkId
                        + " to " + toFrameworkId
                        + (editionMappings().isEmpty()
                                ? "; no installed plugin contributes an edition mapping"
                                : "; the mappings are "
                                        + String.join(
                                                ", ",
                                                editionMappings().stream()
                                                        .map(m -> m.from() + " -> " + m.to())
                                                        .toList()))));
        return EditionDiff.of(
                mapping,
                catalogue.framework(fromFrameworkId).orElseThrow(),
                catalogue.framework(toFrameworkId).orElseThrow());
    }

    /**
     * Problems found while loading plugins; empty when every plugin loaded cleanly. A framework edition that
     * its plugin shipped with a {@link FrameworkSnapshot}, a rule profile and an edition mapping are read only when
     * first asked for, so a problem with one (a resource changed since the snapshot, and now invalid; a profile or a
     * mapping that cannot be read) shows here only from then on: {@link #readAll()} reads them all.
     */
    public List<PluginProblem> problems() {
        synchronized (late) {
            if (late.isEmpty()) {
                return problems;
            }
            List<PluginProblem> all = new ArrayList<>(problems);
            all.addAll(late);
            return List.copyOf(all);
        }
    }

    /** Closes the class loaders of plugins loaded from a plugin directory. */
    @Override
    public void close() {
        for (URLClassLoader loader : loaders) {
            try {
                loader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** How much processor time one plugin's {@code setup} may use unless the builder says otherwise. */
    public static final Duration DEFAULT_SETUP_BUDGET = Duration.ofSeconds(10);

    /** How many times its budget a setup that waits rather than works may take in all. */
    static final int WAITING_FACTOR = 6;

    /** Collects plugins, then loads them all at {@link #build()}. Not thread-safe. */
    public static final class Builder {
        private final List<EqualityFrameworkPlugin> candidates = new ArrayList<>();
        private final List<PluginProblem> problems = new ArrayList<>();
        private final List<URLClassLoader> loaders = new ArrayList<>();
        private Duration setupBudget = DEFAULT_SETUP_BUDGET;

        private Builder() {}

        /** Adds every plugin that {@link ServiceLoader} finds through this class loader. */
        public Builder discover(ClassLoader loader) {
            return discover(loader, type -> true);
        }

        private Builder discover(ClassLoader loader, java.util.function.Predicate<Class<?>> accept) {
            try {
                ServiceLoader.load(EqualityFrameworkPlugin.class, loader).stream()
                        .filter(provider -> accept.test(provider.type()))
                        .forEach(provider -> {
                            try {
                                candidates.add(provider.get());
                            } catch (ServiceConfigurationError | RuntimeException e) {
                                problems.add(new PluginProblem(
                                        provider.type().getName(), "cannot be created: " + e.getMessage()));
                            }
                        });
            } catch (ServiceConfigurationError e) {
                problems.add(new PluginProblem("(service loader)", "cannot load a plugin: " + e.getMessage()));
            }
            return this;
        }

        /**
         * Adds the plugins in the jars of a directory, each directory in a class loader of its own whose
         * parent is the SDK's. Only plugins whose classes come from those jars are added, so a plugin
         * already on the class path is not found twice.
         */
        public Builder pluginPath(Path directory) {
            if (!Files.isDirectory(directory)) {
                problems.add(new PluginProblem(
                        "(plugin path)",
                        "the plugin directory " + directory
                                + (Files.exists(directory) ? " is a file, not a directory" : " does not exist")
                                + "; no plugin is loaded from it"));
                return this;
            }
            List<URL> jars = new ArrayList<>();
            try (Stream<Path> files = Files.list(directory)) {
                for (Path jar : (Iterable<Path>)
                        files.filter(f -> f.toString().endsWith(".jar")).sorted()::iterator) {
                    String unreadable = unreadableJar(jar);
                    if (unreadable != null) {
                        // a class loader skips such a jar without a word, and the rules in it would not run
                        problems.add(new PluginProblem(
                                jar.toString(),
                                "cannot be read as a jar (" + unreadable + "); nothing in it is loaded"));
                        continue;
                    }
                    jars.add(jar.toUri().toURL());
                }
            } catch (IOException e) {
                problems.add(new PluginProblem(
                        "(plugin path)", "cannot read plugin directory " + directory + ": " + e.getMessage()));
                return this;
            }
            URLClassLoader loader = new URLClassLoader(
                    "plugins:" + directory, jars.toArray(URL[]::new), PluginRegistry.class.getClassLoader());
            loaders.add(loader);
            return discover(loader, type -> type.getClassLoader() == loader);
        }

        /** Why the file cannot be read as a jar, or {@code null} when it can. */
        private static String unreadableJar(Path jar) {
            if (Files.isDirectory(jar)) {
                return "it is a directory";
            }
            try (JarFile file = new JarFile(jar.toFile())) {
                return null;
            } catch (IOException e) {
                String why = e.getMessage();
                return why == null || why.isBlank() ? "it cannot be opened" : why;
            }
        }

        /**
         * How much processor time one plugin's {@code setup} may use ({@link #DEFAULT_SETUP_BUDGET} unless set); a
         * setup that waits rather than works may take six times the budget in all, so that a busy machine does not
         * refuse a plugin that is only slow to be scheduled. A plugin still setting up when either is spent is not
         * loaded and is reported; its thread is interrupted and abandoned. {@link Duration#ZERO} runs {@code setup}
         * on the caller's thread without a budget.
         */
        public Builder setupTimeBudget(Duration budget) {
            if (budget.isNegative()) {
                throw new IllegalArgumentException("the setup time budget must not be negative");
            }
            this.setupBudget = budget;
            return this;
        }

        /** Adds a plugin instance explicitly. */
        public Builder add(EqualityFrameworkPlugin plugin) {
            candidates.add(Objects.requireNonNull(plugin, "plugin"));
            return this;
        }

        public PluginRegistry build() {
            Map<String, Contribution> byId = new LinkedHashMap<>();
            for (EqualityFrameworkPlugin plugin : candidates) {
                PluginDescriptor descriptor = describe(plugin);
                if (descriptor == null || !compatible(descriptor)) {
                    continue;
                }
                Contribution earlier = byId.get(descriptor.id());
                if (earlier != null) {
                    problems.add(new PluginProblem(
                            descriptor.id(),
                            "two plugins have this id ("
                                    + earlier.plugin.getClass().getName() + " and "
                                    + plugin.getClass().getName()
                                    + "); only the first is loaded"));
                    continue;
                }
                Contribution contribution = new Contribution(plugin, descriptor);
                String failure = setUp(plugin, contribution);
                if (failure == null) {
                    byId.put(descriptor.id(), contribution);
                } else {
                    problems.add(new PluginProblem(descriptor.id(), failure));
                }
            }
            return new PluginRegistry(assemble(byId.values()));
        }

        /** Runs the plugin's setup within the budget; why it failed, or {@code null} when it did not. */
        private String setUp(EqualityFrameworkPlugin plugin, Contribution contribution) {
            if (setupBudget.isZero()) {
                try {
                    plugin.setup(contribution);
                    return null;
                } catch (RuntimeException | LinkageError e) {
                    return failedSetup(e);
                }
            }
            FutureTask<Void> task = new FutureTask<>(() -> {
                plugin.setup(contribution);
                return null;
            });
            Thread thread = new Thread(task, "eflg-plugin-setup-" + contribution.descriptor.id());
            thread.setDaemon(true);
            thread.start();
            try {
                String overrun = awaitWithinBudget(task, thread);
                if (overrun != null) {
                    // Java cannot stop a thread: it is told to stop, and whatever it still adds is dropped
                    thread.interrupt();
                }
                return overrun;
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Error error && !(error instanceof LinkageError)) {
                    throw error;
                }
                return failedSetup(cause);
            } catch (InterruptedException e) {
                thread.interrupt();
                Thread.currentThread().interrupt();
                return "setup was interrupted; not loaded";
            }
        }

        /**
         * Waits for the setup; why it overran, or {@code null} when it finished. The budget is of processor time:
         * on a machine whose cores are busy with other work a setup may take many times its processor time to
         * finish, and is not refused for that. Past the budget in wall-clock time the setup's own processor time
         * is looked at; a setup that waits rather than works (a server that does not answer) is given
         * {@link #WAITING_FACTOR} times the budget in all.
         */
        private String awaitWithinBudget(FutureTask<Void> task, Thread thread)
                throws ExecutionException, InterruptedException {
            long budget = setupBudget.toNanos();
            long start = System.nanoTime();
            long wait = budget;
            while (true) {
                try {
                    task.get(wait, TimeUnit.NANOSECONDS);
                    return null;
                } catch (TimeoutException e) {
                    long used = processorTime(thread);
                    if (used < 0 || used >= budget) {
                        return "setup used more than " + describe(setupBudget) + " of processor time; not loaded";
                    }
                    long waited = System.nanoTime() - start;
                    if (waited >= budget * WAITING_FACTOR) {
                        // A setup that worked for a good part of its budget was held back by a busy machine more
                        // than it waited on something: say so rather than call it waiting.
                        String why = used * 4 < budget
                                ? "waiting, not working"
                                : describe(Duration.ofNanos(used)) + " of it working; the machine may be busy";
                        return "setup did not finish within " + describe(setupBudget.multipliedBy(WAITING_FACTOR))
                                + " (" + why + "); not loaded";
                    }
                    wait = Math.min(budget - used, budget * WAITING_FACTOR - waited);
                }
            }
        }

        /** The processor time a thread has used, in nanoseconds; -1 where the JVM cannot tell. */
        private static long processorTime(Thread thread) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            return threads.isThreadCpuTimeSupported() ? threads.getThreadCpuTime(thread.getId()) : -1;
        }

        private static String failedSetup(Throwable e) {
            return "failed while setting up, so nothing of it is loaded: " + e;
        }

        /** A budget in seconds as people write it: 10 s, 0.25 s. */
        private static String describe(Duration budget) {
            return BigDecimal.valueOf(budget.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
        }

        private PluginDescriptor describe(EqualityFrameworkPlugin plugin) {
            try {
                PluginDescriptor descriptor = plugin.descriptor();
                if (descriptor == null) {
                    problems.add(new PluginProblem(
                            plugin.getClass().getName(), "has no descriptor (descriptor() returned null)"));
                }
                return descriptor;
            } catch (RuntimeException e) {
                problems.add(new PluginProblem(plugin.getClass().getName(), "cannot describe itself: " + e));
                return null;
            }
        }

        private boolean compatible(PluginDescriptor descriptor) {
            Optional<VersionRange> range = VersionRange.parse(descriptor.sdkRange());
            if (range.isEmpty()) {
                problems.add(new PluginProblem(
                        descriptor.id(),
                        "its SDK range '" + descriptor.sdkRange()
                                + "' is not a version range such as [0.1,1.0); it is not loaded"));
                return false;
            }
            if (!range.get().contains(Sdk.version())) {
                problems.add(new PluginProblem(
                        descriptor.id(),
                        "version " + descriptor.version() + " needs SDK " + descriptor.sdkRange() + " but this is SDK "
                                + Sdk.version() + "; it is not loaded"));
                return false;
            }
            return true;
        }

        /** Everything the registry holds, gathered before it is made immutable. */
        private static final class Assembled {
            List<PluginDescriptor> plugins;
            Catalogue catalogue;
            final List<InstalledRule> rules = new ArrayList<>();
            final Map<String, LevelAggregation> aggregations = new HashMap<>();
            final List<ShippedProfiles.Offered> profiles = new ArrayList<>();
            final List<PendingMapping> mappings = new ArrayList<>();
            java.util.Set<String> frameworkIds;
            List<PluginProblem> problems;
            final List<PluginProblem> late = new ArrayList<>();
            List<URLClassLoader> loaders;
        }

        private Assembled assemble(Collection<Contribution> loaded) {
            Assembled a = new Assembled();
            List<Characteristic> characteristics = new ArrayList<>(Characteristic.PROTECTED);
            List<EvidenceKind> kinds = new ArrayList<>(EvidenceKind.BUILT_IN);
            loaded.forEach(c -> {
                characteristics.addAll(c.characteristics);
                kinds.addAll(c.kinds);
            });
            FrameworkDefinitionValidator validator = new FrameworkDefinitionValidator(kinds);
            Map<String, String> owners = new HashMap<>();
            Map<String, java.util.function.Supplier<Optional<FrameworkDefinition>>> frameworks = new HashMap<>();
            for (Contribution c : loaded) {
                String plugin = c.descriptor.id();
                problems.addAll(c.problems);
                for (Contribution.Offered offered : c.frameworks) {
                    List<ValidationProblem> invalid = offered.located(validator.validate(offered.framework));
                    if (!invalid.isEmpty()) {
                        invalid.forEach(p -> problems.add(new PluginProblem(
                                plugin, "framework " + offered.framework.id() + " is invalid: " + p.format())));
                    } else if (claim(owners, "framework " + offered.framework.id(), plugin)) {
                        Optional<FrameworkDefinition> framework = Optional.of(offered.framework);
                        frameworks.put(offered.framework.id(), () -> framework);
                    }
                }
                for (Contribution.Deferred deferred : c.deferred) {
                    if (claim(owners, "framework " + deferred.id(), plugin)) {
                        frameworks.put(deferred.id(), new DeferredEdition(plugin, deferred, validator, a.late));
                    }
                }
                for (Rule rule : c.rules) {
                    if (claim(owners, "rule " + rule.id(), plugin)) {
                        a.rules.add(new InstalledRule(rule, plugin));
                    }
                }
                c.aggregations.forEach((framework, aggregation) -> {
                    if (claim(owners, "the aggregation of framework " + framework, plugin)) {
                        a.aggregations.put(framework, aggregation);
                    }
                });
                c.profiles.forEach(profile -> a.profiles.add(new ShippedProfiles.Offered(
                        plugin, profile.resource(), profile.bytes(), ShippedProfiles.idHint(profile.bytes()))));
            }
            // Mappings last, as they may join editions that different plugins contribute; by plugin id, then in the
            // order each plugin adds them. Each is read when first used.
            loaded.stream()
                    .sorted(Comparator.comparing(c -> c.descriptor.id()))
                    .forEach(c -> c.mappings.forEach(offered -> a.mappings.add(
                            new PendingMapping(c.descriptor.id(), offered.resource(), offered.bytes()))));
            a.frameworkIds = frameworks.keySet();
            a.rules.sort(Comparator.comparing(r -> r.rule().id()));
            a.plugins = loaded.stream()
                    .map(c -> c.descriptor)
                    .sorted(Comparator.comparing(PluginDescriptor::id))
                    .toList();
            a.catalogue = Catalogue.deferred(
                    frameworks, distinct(characteristics, Characteristic::id), distinct(kinds, EvidenceKind::id));
            a.problems = problems;
            a.loaders = loaders;
            return a;
        }

        /** A mapping a plugin offers, read when first used. */
        record PendingMapping(String plugin, String resource, byte[] bytes) {
            /**
             * The mapping, when it reads cleanly, both its editions are installed and no plugin before maps from its
             * source edition; otherwise its problems join {@code found}.
             */
            Optional<ReadMapping> read(
                    ModelCodec codec,
                    java.util.Set<String> frameworks,
                    Map<String, String> owners,
                    List<PluginProblem> found) {
                ReadResult<EditionMapping> read = codec.read(bytes, resource, null, EditionMapping.class);
                read.problems().forEach(p -> found.add(new PluginProblem(plugin, p.format())));
                if (!read.isClean()) {
                    return Optional.empty();
                }
                EditionMapping mapping = read.value().orElseThrow();
                String what = "edition mapping " + resource + " (" + mapping.from() + " -> " + mapping.to() + ")";
                List<String> missing = Stream.of(mapping.from(), mapping.to())
                        .filter(id -> !frameworks.contains(id))
                        .map(String::valueOf)
                        .distinct()
                        .toList();
                if (!missing.isEmpty()) {
                    found.add(new PluginProblem(
                            plugin,
                            what + " joins " + String.join(" and ", missing)
                                    + (missing.size() == 1 ? ", which is" : ", which are")
                                    + " not an installed framework; the mapping is not loaded"));
                    return Optional.empty();
                }
                String owner = owners.putIfAbsent("the edition mapping from " + mapping.from(), plugin);
                if (owner != null) {
                    found.add(new PluginProblem(
                            plugin,
                            "the edition mapping from " + mapping.from() + " is already provided by plugin " + owner
                                    + "; this one is ignored"));
                    return Optional.empty();
                }
                return Optional.of(new ReadMapping(plugin, what, read));
            }
        }

        /** A mapping read and installed, with what it is called in problems, to be checked against its editions. */
        record ReadMapping(String plugin, String what, ReadResult<EditionMapping> read) {
            EditionMapping mapping() {
                return read.value().orElseThrow();
            }
        }

        /** Records that a plugin provides something; false (with a problem) when another plugin already does. */
        private boolean claim(Map<String, String> owners, String what, String plugin) {
            String owner = owners.putIfAbsent(what, plugin);
            if (owner != null) {
                problems.add(new PluginProblem(
                        plugin, what + " is already provided by plugin " + owner + "; this one is ignored"));
                return false;
            }
            return true;
        }

        private static <T> List<T> distinct(List<T> items, Function<T, String> id) {
            Map<String, T> byId = new LinkedHashMap<>();
            items.forEach(item -> byId.putIfAbsent(id.apply(item), item));
            return new ArrayList<>(byId.values());
        }
    }

    /** What one plugin contributed during setup; kept only if setup completes. */
    private static final class Contribution implements PluginContext {
        record Offered(FrameworkDefinition framework, ReadResult<FrameworkDefinition> from) {
            List<ValidationProblem> located(List<ValidationProblem> problems) {
                return from == null ? problems : from.place(problems);
            }
        }

        /** A profile or mapping resource of the plugin, read when first asked for. */
        record Resource(String resource, byte[] bytes) {}

        final EqualityFrameworkPlugin plugin;
        final PluginDescriptor descriptor;
        final List<Offered> frameworks = new ArrayList<>();
        final List<Deferred> deferred = new ArrayList<>();
        final List<Characteristic> characteristics = new ArrayList<>();
        final List<EvidenceKind> kinds = new ArrayList<>();
        final List<Rule> rules = new ArrayList<>();
        final Map<String, LevelAggregation> aggregations = new TreeMap<>();
        final List<Resource> profiles = new ArrayList<>();
        final List<Resource> mappings = new ArrayList<>();
        final List<PluginProblem> problems = new ArrayList<>();

        Contribution(EqualityFrameworkPlugin plugin, PluginDescriptor descriptor) {
            this.plugin = plugin;
            this.descriptor = descriptor;
        }

        @Override
        public void addFramework(FrameworkDefinition framework) {
            frameworks.add(new Offered(Objects.requireNonNull(framework, "framework"), null));
        }

        /** An edition shipped with its snapshot: read when first asked for. */
        record Deferred(String id, String resourceName, byte[] resource, byte[] snapshot) {}

        @Override
        public void addFrameworkResource(String resourceName) {
            // The bytes are taken now, while the plugin's class loader is surely open; reading them is cheap.
            byte[] resource = bytes(resourceName);
            if (resource == null) {
                return;
            }
            byte[] snapshot = optionalBytes(FrameworkSnapshot.resourceName(resourceName));
            Optional<String> id = snapshot == null ? Optional.empty() : FrameworkSnapshot.id(snapshot);
            if (id.isPresent()) {
                deferred.add(new Deferred(id.get(), resourceName, resource, snapshot));
                return;
            }
            ReadResult<FrameworkDefinition> read = CODEC.read(resource, resourceName, null, FrameworkDefinition.class);
            read.problems().forEach(p -> problems.add(new PluginProblem(descriptor.id(), p.format())));
            if (read.isClean()) {
                frameworks.add(new Offered(read.value().orElseThrow(), read));
            }
        }

        /** A resource's bytes, or {@code null} (with a problem) when it is missing or unreadable. */
        private byte[] bytes(String resourceName) {
            try (InputStream in = openResource(resourceName)) {
                if (in == null) {
                    problems.add(notFound(resourceName));
                    return null;
                }
                return in.readAllBytes();
            } catch (IOException e) {
                problems.add(new PluginProblem(descriptor.id(), "cannot read " + resourceName + ": " + e.getMessage()));
                return null;
            }
        }

        /** A resource's bytes, or {@code null} when it is missing or unreadable; a snapshot is optional. */
        private byte[] optionalBytes(String resourceName) {
            try (InputStream in = openResource(resourceName)) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                return null;
            }
        }

        private PluginProblem notFound(String resourceName) {
            Module module = plugin.getClass().getModule();
            return new PluginProblem(
                    descriptor.id(),
                    "resource " + resourceName + " not found"
                            + (module.isNamed()
                                    ? " (module " + module.getName() + " must open its package to "
                                            + PluginRegistry.class.getModule().getName() + ")"
                                    : ""));
        }

        @Override
        public void addCharacteristic(Characteristic characteristic) {
            characteristics.add(Objects.requireNonNull(characteristic, "characteristic"));
        }

        @Override
        public void addEvidenceKind(EvidenceKind kind) {
            kinds.add(Objects.requireNonNull(kind, "kind"));
        }

        @Override
        public void addScoringRule(ScoringRule rule) {
            addRule(rule);
        }

        @Override
        public void addCheck(AssessmentCheck check) {
            addRule(check);
        }

        private void addRule(Rule rule) {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(rule.id(), "rule id");
            Objects.requireNonNull(rule.documentation(), "documentation of rule " + rule.id());
            rules.add(rule);
        }

        @Override
        public void setAggregation(String frameworkId, LevelAggregation aggregation) {
            aggregations.put(
                    Objects.requireNonNull(frameworkId, "frameworkId"),
                    Objects.requireNonNull(aggregation, "aggregation"));
        }

        @Override
        public void addProfileResource(String resourceName) {
            // Only the bytes now: the profile is read when a command asks for it.
            byte[] bytes = bytes(resourceName);
            if (bytes != null) {
                profiles.add(new Resource(resourceName, bytes));
            }
        }

        @Override
        public void addEditionMappingResource(String resourceName) {
            // Only the bytes now: the mapping is read when a command first migrates or lists mappings.
            byte[] bytes = bytes(resourceName);
            if (bytes != null) {
                mappings.add(new Resource(resourceName, bytes));
            }
        }

        /**
         * Opens a resource through the plugin's module, then its class loader. In a named module, a resource
         * in one of the plugin's packages is found only when the plugin opens that package to this module
         * ({@code opens my.plugin.data to io.github.equalityframework.core}); a class loader alone would find
         * it only if the package were open to everyone. On the class path both lookups are the same.
         */
        private InputStream openResource(String resourceName) throws IOException {
            Class<?> type = plugin.getClass();
            InputStream in = type.getModule().getResourceAsStream(resourceName);
            ClassLoader loader = type.getClassLoader();
            if (in == null && loader != null) {
                in = loader.getResourceAsStream(resourceName);
            }
            return in;
        }
    }

    /**
     * An edition read when first asked for: from its snapshot while that was made from this very resource,
     * otherwise from the resource, read and validated as an edition without a snapshot is at registry build.
     */
    private static final class DeferredEdition implements java.util.function.Supplier<Optional<FrameworkDefinition>> {
        private final String plugin;
        private final Contribution.Deferred edition;
        private final FrameworkDefinitionValidator validator;
        private final List<PluginProblem> late;
        private Optional<FrameworkDefinition> read;

        DeferredEdition(
                String plugin,
                Contribution.Deferred edition,
                FrameworkDefinitionValidator validator,
                List<PluginProblem> late) {
            this.plugin = plugin;
            this.edition = edition;
            this.validator = validator;
            this.late = late;
        }

        @Override
        public synchronized Optional<FrameworkDefinition> get() {
            if (read == null) {
                read = FrameworkSnapshot.read(
                                edition.snapshot(),
                                edition.resource(),
                                FrameworkSnapshot.resourceName(edition.resourceName()))
                        .or(this::fromResource);
            }
            return read;
        }

        private Optional<FrameworkDefinition> fromResource() {
            ReadResult<FrameworkDefinition> result =
                    CODEC.read(edition.resource(), edition.resourceName(), null, FrameworkDefinition.class);
            List<PluginProblem> found = new ArrayList<>();
            result.problems().forEach(p -> found.add(new PluginProblem(plugin, p.format())));
            Optional<FrameworkDefinition> framework = result.isClean() ? result.value() : Optional.empty();
            if (framework.isPresent() && !framework.get().id().equals(edition.id())) {
                found.add(new PluginProblem(
                        plugin,
                        edition.resourceName() + " now holds framework "
                                + framework.get().id() + ", but its snapshot "
                                + FrameworkSnapshot.resourceName(edition.resourceName()) + " says "
                                + edition.id() + "; make the snapshot again"));
                framework = Optional.empty();
            }
            if (framework.isPresent()) {
                result.place(validator.validate(framework.get()))
                        .forEach(p -> found.add(
                                new PluginProblem(plugin, "framework " + edition.id() + " is invalid: " + p.format())));
                framework = found.isEmpty() ? framework : Optional.empty();
            }
            synchronized (late) {
                late.addAll(found);
            }
            return framework;
        }
    }
}
