package io.github.equalityframework.engine;

import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.Catalogue;
import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.EvidenceKind;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.PluginContext;
import io.github.equalityframework.spi.PluginDescriptor;
import io.github.equalityframework.validation.FrameworkDefinitionValidator;
import io.github.equalityframework.validation.ValidationProblem;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * The installed plugins and what they contributed. Built once, then immutable and safe to share. A
 * plugin that fails to load, or contributes invalid data, is left out and reported in {@link #problems()};
 * the other plugins still load.
 */
public final class PluginRegistry {
    private final List<PluginDescriptor> plugins;
    private final Catalogue catalogue;
    private final List<PluginProblem> problems;

    private PluginRegistry(List<PluginDescriptor> plugins, Catalogue catalogue, List<PluginProblem> problems) {
        this.plugins = List.copyOf(plugins);
        this.catalogue = catalogue;
        this.problems = List.copyOf(problems);
    }

    /** The plugins found on the class path (or module path) of the current thread's context class loader. */
    public static PluginRegistry discover() {
        return builder().discover(Thread.currentThread().getContextClassLoader()).build();
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

    /** Problems found while loading plugins; empty when every plugin loaded cleanly. */
    public List<PluginProblem> problems() {
        return problems;
    }

    /** Collects plugins, then loads them all at {@link #build()}. */
    public static final class Builder {
        private final List<EqualityFrameworkPlugin> candidates = new ArrayList<>();
        private final List<PluginProblem> problems = new ArrayList<>();

        private Builder() {}

        /** Adds every plugin that {@link ServiceLoader} finds through this class loader. */
        public Builder discover(ClassLoader loader) {
            try {
                for (EqualityFrameworkPlugin plugin : ServiceLoader.load(EqualityFrameworkPlugin.class, loader)) {
                    candidates.add(plugin);
                }
            } catch (ServiceConfigurationError e) {
                problems.add(new PluginProblem("(service loader)", "cannot instantiate a plugin: " + e.getMessage()));
            }
            return this;
        }

        /** Adds a plugin instance explicitly. */
        public Builder add(EqualityFrameworkPlugin plugin) {
            candidates.add(plugin);
            return this;
        }

        public PluginRegistry build() {
            Map<String, Contribution> byId = new LinkedHashMap<>();
            for (EqualityFrameworkPlugin plugin : candidates) {
                PluginDescriptor descriptor = describe(plugin);
                if (descriptor == null) {
                    continue;
                }
                Contribution earlier = byId.get(descriptor.id());
                if (earlier != null) {
                    problems.add(new PluginProblem(descriptor.id(), "two plugins have this id ("
                            + earlier.plugin.getClass().getName() + " and " + plugin.getClass().getName()
                            + "); only the first is loaded"));
                    continue;
                }
                Contribution contribution = new Contribution(plugin, descriptor);
                try {
                    plugin.setup(contribution);
                    byId.put(descriptor.id(), contribution);
                } catch (RuntimeException | LinkageError e) {
                    problems.add(new PluginProblem(descriptor.id(), "failed while setting up: " + e));
                }
            }
            return assemble(byId.values());
        }

        private PluginDescriptor describe(EqualityFrameworkPlugin plugin) {
            try {
                PluginDescriptor descriptor = plugin.descriptor();
                if (descriptor == null) {
                    problems.add(new PluginProblem(plugin.getClass().getName(), "has no descriptor (descriptor() returned null)"));
                }
                return descriptor;
            } catch (RuntimeException e) {
                problems.add(new PluginProblem(plugin.getClass().getName(), "cannot describe itself: " + e));
                return null;
            }
        }

        private PluginRegistry assemble(java.util.Collection<Contribution> loaded) {
            List<Characteristic> characteristics = new ArrayList<>(Characteristic.PROTECTED);
            List<EvidenceKind> kinds = new ArrayList<>(EvidenceKind.BUILT_IN);
            loaded.forEach(c -> {
                characteristics.addAll(c.characteristics);
                kinds.addAll(c.kinds);
            });
            FrameworkDefinitionValidator validator = new FrameworkDefinitionValidator(kinds);
            Map<String, String> frameworkOwners = new HashMap<>();
            List<FrameworkDefinition> frameworks = new ArrayList<>();
            for (Contribution c : loaded) {
                problems.addAll(c.problems);
                for (Contribution.Offered offered : c.frameworks) {
                    List<ValidationProblem> invalid = offered.located(validator.validate(offered.framework));
                    String owner = frameworkOwners.putIfAbsent(offered.framework.id(), c.descriptor.id());
                    if (!invalid.isEmpty()) {
                        invalid.forEach(p -> problems.add(new PluginProblem(c.descriptor.id(),
                                "framework " + offered.framework.id() + " is invalid: " + p.format())));
                    } else if (owner != null) {
                        problems.add(new PluginProblem(c.descriptor.id(), "framework " + offered.framework.id()
                                + " is already provided by plugin " + owner + "; this copy is ignored"));
                    } else {
                        frameworks.add(offered.framework);
                    }
                }
            }
            List<PluginDescriptor> descriptors = loaded.stream()
                    .map(c -> c.descriptor)
                    .sorted(Comparator.comparing(PluginDescriptor::id))
                    .toList();
            return new PluginRegistry(descriptors,
                    new Catalogue(frameworks, distinct(characteristics.stream().map(ch -> new Keyed<>(ch.id(), ch))),
                            distinct(kinds.stream().map(k -> new Keyed<>(k.id(), k)))),
                    problems);
        }

        private static <T> List<T> distinct(Stream<Keyed<T>> items) {
            Map<String, T> byId = new LinkedHashMap<>();
            items.forEach(k -> byId.putIfAbsent(k.id, k.value));
            return new ArrayList<>(byId.values());
        }

        private record Keyed<T>(String id, T value) {}
    }

    /** What one plugin contributed during setup; kept only if setup completes. */
    private static final class Contribution implements PluginContext {
        private static final ModelCodec CODEC = ModelCodec.strict();

        record Offered(FrameworkDefinition framework, ReadResult<FrameworkDefinition> from) {
            List<ValidationProblem> located(List<ValidationProblem> problems) {
                return from == null ? problems : from.place(problems);
            }
        }

        final EqualityFrameworkPlugin plugin;
        final PluginDescriptor descriptor;
        final List<Offered> frameworks = new ArrayList<>();
        final List<Characteristic> characteristics = new ArrayList<>();
        final List<EvidenceKind> kinds = new ArrayList<>();
        final List<PluginProblem> problems = new ArrayList<>();

        Contribution(EqualityFrameworkPlugin plugin, PluginDescriptor descriptor) {
            this.plugin = plugin;
            this.descriptor = descriptor;
        }

        @Override
        public void addFramework(FrameworkDefinition framework) {
            frameworks.add(new Offered(java.util.Objects.requireNonNull(framework, "framework"), null));
        }

        @Override
        public void addFrameworkResource(String resourceName) {
            ClassLoader loader = plugin.getClass().getClassLoader();
            try (InputStream in = loader.getResourceAsStream(resourceName)) {
                if (in == null) {
                    problems.add(new PluginProblem(descriptor.id(), "framework resource " + resourceName + " not found"));
                    return;
                }
                ReadResult<FrameworkDefinition> read = CODEC.read(in, resourceName, null, FrameworkDefinition.class);
                read.problems().forEach(p -> problems.add(new PluginProblem(descriptor.id(), p.format())));
                read.value().filter(f -> read.problems().isEmpty()).ifPresent(f -> frameworks.add(new Offered(f, read)));
            } catch (IOException e) {
                problems.add(new PluginProblem(descriptor.id(), "cannot read " + resourceName + ": " + e.getMessage()));
            }
        }

        @Override
        public void addCharacteristic(Characteristic characteristic) {
            characteristics.add(java.util.Objects.requireNonNull(characteristic, "characteristic"));
        }

        @Override
        public void addEvidenceKind(EvidenceKind kind) {
            kinds.add(java.util.Objects.requireNonNull(kind, "kind"));
        }
    }
}
