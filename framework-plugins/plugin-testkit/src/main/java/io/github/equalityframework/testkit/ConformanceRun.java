package io.github.equalityframework.testkit;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.engine.InstalledRule;
import io.github.equalityframework.engine.InvalidProfileException;
import io.github.equalityframework.engine.PluginProblem;
import io.github.equalityframework.engine.PluginRegistry;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.RuleProfile;
import io.github.equalityframework.model.RuleSetting;
import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.Parameter;
import io.github.equalityframework.spi.PluginDescriptor;
import io.github.equalityframework.spi.Rule;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.Sdk;
import io.github.equalityframework.spi.VersionRange;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;

/** One run of the conformance checks over one plugin; collects failure lines, never throws for a plugin's faults. */
final class ConformanceRun {
    private static final String SERVICE_FILE = "META-INF/services/" + EqualityFrameworkPlugin.class.getName();
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String CONFORMANCE_PROFILE = "plugin-conformance";

    private final PluginConformance config;
    private final Class<? extends EqualityFrameworkPlugin> type;
    private final List<String> failures = new ArrayList<>();
    /** The profile files the plugin names in its setup, so that their problems are told as profile problems. */
    private List<String> profileFiles = List.of();

    ConformanceRun(PluginConformance config) {
        this.config = config;
        this.type = config.pluginClass;
    }

    ConformanceReport run() {
        checkDiscovery();
        EqualityFrameworkPlugin plugin = checkConstructor();
        if (plugin == null) {
            return report(type.getName());
        }
        PluginDescriptor descriptor = checkDescriptor(plugin);
        if (descriptor == null) {
            return report(type.getName());
        }
        if (!compatible(descriptor)) {
            plugin = new CompatibleView(plugin, descriptor);
        }
        profileFiles = ProfileFiles.of(plugin);
        try (PluginRegistry alone = PluginRegistry.builder().add(plugin).build()) {
            // Profiles and mappings are read when first used: the kit reads them all, to report every problem, the
            // problems of the profile files in the order the plugin adds the files.
            alone.readAll().problems().stream()
                    .sorted(java.util.Comparator.comparingInt(this::profileFileIndex))
                    .forEach(this::loadingProblem);
            if (alone.plugins().isEmpty()) {
                return report(descriptor.id());
            }
            checkRules(descriptor, alone.rules());
            checkProfiles(plugin, alone);
            exercise(plugin, descriptor, alone);
        }
        return report(descriptor.id());
    }

    private ConformanceReport report(String plugin) {
        return new ConformanceReport(plugin, failures);
    }

    private void fail(String check, String message) {
        failures.add(check + ": " + message);
    }

    private void checkDiscovery() {
        boolean found = false;
        List<String> errors = new ArrayList<>();
        Iterator<ServiceLoader.Provider<EqualityFrameworkPlugin>> providers =
                ServiceLoader.load(EqualityFrameworkPlugin.class, loader()).stream()
                        .iterator();
        // A broken entry of any plugin stops that one step only; the lookup goes on past it.
        for (int guard = 0; guard < 10_000; guard++) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
                found |= providers.next().type() == type;
            } catch (ServiceConfigurationError e) {
                if (String.valueOf(e.getMessage()).contains(type.getName())) {
                    errors.add(e.getMessage());
                }
            }
        }
        errors.forEach(e -> fail("discovery", "ServiceLoader cannot use it: " + e));
        if (!found && errors.isEmpty()) {
            fail(
                    "discovery",
                    "ServiceLoader does not find " + type.getName() + "; list it in " + SERVICE_FILE
                            + " (class path) or declare 'provides " + EqualityFrameworkPlugin.class.getName() + " with "
                            + type.getName() + "' in module-info.java (module path)");
        }
    }

    private ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : type.getClassLoader();
    }

    private EqualityFrameworkPlugin checkConstructor() {
        boolean usable = Modifier.isPublic(type.getModifiers())
                && (type.getEnclosingClass() == null || Modifier.isStatic(type.getModifiers()));
        if (!usable) {
            fail(
                    "constructor",
                    type.getName()
                            + " is not a public top-level or static nested class, so ServiceLoader cannot create it");
        }
        try {
            var constructor = type.getConstructor();
            EqualityFrameworkPlugin created = usable ? constructor.newInstance() : null;
            return config.instance != null ? config.instance : created;
        } catch (NoSuchMethodException e) {
            fail(
                    "constructor",
                    type.getName() + " has no public no-argument constructor, so ServiceLoader cannot create it");
        } catch (InvocationTargetException e) {
            fail("constructor", "creating " + type.getName() + " threw " + e.getCause());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            fail("constructor", "cannot create " + type.getName() + ": " + e);
        }
        return config.instance;
    }

    private PluginDescriptor checkDescriptor(EqualityFrameworkPlugin plugin) {
        PluginDescriptor descriptor;
        PluginDescriptor again;
        try {
            descriptor = plugin.descriptor();
            again = plugin.descriptor();
        } catch (RuntimeException e) {
            fail("descriptor", "descriptor() threw " + e);
            return null;
        }
        if (descriptor == null) {
            fail("descriptor", "descriptor() returned null");
            return null;
        }
        if (!descriptor.equals(again)) {
            fail("descriptor", "descriptor() gave " + descriptor + " and then " + again + "; it must not change");
        }
        if (!KEBAB.matcher(descriptor.id()).matches()) {
            fail(
                    "descriptor",
                    "id '" + descriptor.id() + "' is not lower-case words joined by hyphens, e.g. anytown-local");
        }
        if (descriptor.name().isBlank()) {
            fail("descriptor", "name is blank");
        }
        if (descriptor.version().isBlank()) {
            fail("descriptor", "version is blank");
        }
        var range = VersionRange.parse(descriptor.sdkRange());
        String rest = ", so the engine will not load the plugin (the other checks ran as if it would)";
        if (range.isEmpty()) {
            fail(
                    "descriptor",
                    "SDK range '" + descriptor.sdkRange() + "' is not a version range such as [0.1,1.0)" + rest);
        } else if (!range.get().contains(Sdk.version())) {
            fail(
                    "descriptor",
                    "SDK range " + descriptor.sdkRange() + " does not contain this SDK, version " + Sdk.version()
                            + rest);
        }
        return descriptor;
    }

    private static boolean compatible(PluginDescriptor descriptor) {
        return VersionRange.parse(descriptor.sdkRange())
                .map(r -> r.contains(Sdk.version()))
                .orElse(false);
    }

    /**
     * The plugin with an SDK range that this SDK accepts, so that a wrong range does not hide every other
     * fault. The registry reads the plugin's resources through this view's module and class loader, which
     * on a test class path are the plugin's; on the module path a plugin needs a compatible range anyway.
     */
    private static final class CompatibleView implements EqualityFrameworkPlugin {
        private final EqualityFrameworkPlugin plugin;
        private final PluginDescriptor descriptor;

        CompatibleView(EqualityFrameworkPlugin plugin, PluginDescriptor descriptor) {
            this.plugin = plugin;
            this.descriptor = new PluginDescriptor(descriptor.id(), descriptor.name(), descriptor.version(), "0");
        }

        @Override
        public PluginDescriptor descriptor() {
            return descriptor;
        }

        @Override
        public void setup(io.github.equalityframework.spi.PluginContext context) {
            plugin.setup(context);
        }
    }

    /** Which of the plugin's profile files a problem of the registry is about; -1 for none. */
    private int profileFileIndex(PluginProblem problem) {
        for (int i = 0; i < profileFiles.size(); i++) {
            if (aboutFile(problem.message(), profileFiles.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean aboutFile(String message, String file) {
        return message.startsWith(file + ":")
                || message.equals("resource " + file + " not found")
                || message.startsWith("resource " + file + " not found ")
                || message.startsWith("cannot read " + file + ": ");
    }

    /** A problem of the registry, under the check it belongs to: its messages start with what is concerned. */
    private void loadingProblem(PluginProblem problem) {
        String message = problem.message();
        for (String file : profileFiles) {
            if (aboutFile(message, file)) {
                fail(
                        "profiles",
                        message.startsWith(file + ":")
                                ? "profile file is broken: " + message
                                : "profile file " + message.substring(message.indexOf(file)));
                return;
            }
        }
        String check = message.startsWith("framework ")
                ? "frameworks"
                : message.startsWith("rule ") ? "rules" : message.startsWith("profile ") ? "profiles" : "loading";
        fail(check, message);
    }

    private void checkRules(PluginDescriptor descriptor, List<InstalledRule> rules) {
        Pattern convention = Pattern.compile(Pattern.quote(descriptor.id() + ".") + KEBAB.pattern());
        for (InstalledRule installed : rules) {
            Rule rule = installed.rule();
            String id = rule.id();
            if (!convention.matcher(id).matches()) {
                fail(
                        "rules",
                        "id '" + id + "' does not follow the convention " + descriptor.id()
                                + ".<kebab-case name>, e.g. " + descriptor.id() + ".evidence-recency");
            }
            RuleDocumentation doc = rule.documentation();
            if (doc.title().isBlank()) {
                fail("rules", "rule " + id + " has no title in its documentation");
            }
            if (doc.description().isBlank()) {
                fail("rules", "rule " + id + " has no description in its documentation");
            }
            Set<String> names = new HashSet<>();
            for (Parameter<?> p : doc.parameters()) {
                if (!names.add(p.name())) {
                    fail("rules", "rule " + id + " declares parameter '" + p.name() + "' twice");
                }
                if (p.description().isBlank()) {
                    fail("rules", "rule " + id + " does not describe its parameter '" + p.name() + "'");
                }
            }
        }
    }

    private void checkProfiles(EqualityFrameworkPlugin plugin, PluginRegistry alone) {
        if (!alone.rules().isEmpty() && alone.profileIds().isEmpty() && !profileFiles.isEmpty()) {
            fail(
                    "profiles",
                    "the plugin has rules but none of its profile files (" + String.join(", ", profileFiles)
                            + ") loaded, so it has no profile; see the failures of each file above");
        } else if (!alone.rules().isEmpty() && alone.profileIds().isEmpty()) {
            fail(
                    "profiles",
                    "the plugin has rules but ships no profile; ship a default one with PluginContext.addProfileResource");
        }
        for (String profile : alone.profileIds()) {
            try {
                engine(plugin).profile(profile).build().close();
            } catch (InvalidProfileException e) {
                e.problems().forEach(p -> fail("profiles", "profile " + profile + " does not resolve: " + p.format()));
            }
        }
    }

    private AssessmentEngine.Builder engine(EqualityFrameworkPlugin plugin) {
        AssessmentEngine.Builder builder =
                AssessmentEngine.builder().plugin(plugin).clock(config.clock).ruleTimeBudget(config.ruleTimeBudget);
        config.companions.forEach(builder::plugin);
        return builder;
    }

    /** Runs the plugin's own rules, with every other plugin's rules switched off, on its frameworks. */
    private void exercise(EqualityFrameworkPlugin plugin, PluginDescriptor descriptor, PluginRegistry alone) {
        Map<String, RuleSetting> others = new LinkedHashMap<>();
        RuleSetting off = new RuleSetting(false, null, null);
        try (PluginRegistry all = registry(plugin)) {
            // The other plugins' own problems are not this plugin's fault; clashes with them are.
            all.problems().stream()
                    .filter(p -> !alone.problems().contains(p))
                    .filter(p -> p.plugin().equals(descriptor.id())
                            || p.message().contains("plugin " + descriptor.id() + " "))
                    .forEach(p -> fail("loading", "alongside the other plugins, " + p));
            all.rules().stream()
                    .filter(r -> !r.plugin().equals(descriptor.id()))
                    .forEach(r -> others.put(r.rule().id(), off));
        }
        RuleProfile ownRulesOnly =
                new RuleProfile(CONFORMANCE_PROFILE, null, "Only the rules of the plugin under test", others);
        try (AssessmentEngine engine = engine(plugin).profile(ownRulesOnly).build()) {
            List<FrameworkDefinition> frameworks = engine.catalogue().frameworks().stream()
                    .filter(f -> alone.catalogue().framework(f.id()).isPresent() || anyApplies(alone.rules(), f))
                    .toList();
            if (!alone.rules().isEmpty() && frameworks.stream().noneMatch(f -> anyApplies(alone.rules(), f))) {
                List<String> installed = engine.catalogue().frameworks().stream()
                        .map(FrameworkDefinition::id)
                        .toList();
                fail(
                        "rules",
                        "none of the rules applies to an installed framework ("
                                + (installed.isEmpty()
                                        ? "none is installed"
                                        : "installed: " + String.join(", ", installed))
                                + "); add the plugin that ships the frameworks with PluginConformance.alongside(...)");
            }
            Behaviour behaviour = new Behaviour(engine, config, this::fail);
            frameworks.forEach(behaviour::check);
        }
    }

    private PluginRegistry registry(EqualityFrameworkPlugin plugin) {
        PluginRegistry.Builder builder = PluginRegistry.builder().add(plugin);
        config.companions.forEach(builder::add);
        return builder.build();
    }

    private static boolean anyApplies(List<InstalledRule> rules, FrameworkDefinition framework) {
        return rules.stream().anyMatch(r -> {
            try {
                return r.rule().appliesTo(framework);
            } catch (RuntimeException e) {
                return true; // the engine reports it as a failed rule when it runs
            }
        });
    }
}
