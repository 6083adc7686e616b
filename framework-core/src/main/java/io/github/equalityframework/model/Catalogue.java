package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * What is installed: the framework definitions, characteristics and evidence kinds that plugins
 * contributed, plus the built-in ones. Validation and the engine look ids up here.
 *
 * @param frameworks      installed framework editions, sorted by id
 * @param characteristics the protected characteristics followed by local ones that plugins add
 * @param evidenceKinds   the built-in evidence kinds followed by kinds that plugins add
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Catalogue(
        List<FrameworkDefinition> frameworks, List<Characteristic> characteristics, List<EvidenceKind> evidenceKinds) {

    public Catalogue {
        frameworks = frameworks instanceof Editions
                ? frameworks
                : frameworks.stream()
                        .sorted(java.util.Comparator.comparing(FrameworkDefinition::id))
                        .toList();
        characteristics = List.copyOf(characteristics);
        evidenceKinds = List.copyOf(evidenceKinds);
    }

    /** Built-ins only, with these frameworks. */
    public static Catalogue of(List<FrameworkDefinition> frameworks) {
        return new Catalogue(frameworks, Characteristic.PROTECTED, EvidenceKind.BUILT_IN);
    }

    /**
     * A catalogue whose frameworks are read only when asked for: {@link #framework(String)} reads the one named,
     * {@link #frameworks()} all of them (once). A source that gives nothing (a definition that turns out unreadable
     * or invalid) leaves its id out. Sources must be thread-safe and give the same answer every time.
     *
     * @param frameworks each framework's source by its id
     */
    @API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.2")
    public static Catalogue deferred(
            Map<String, Supplier<Optional<FrameworkDefinition>>> frameworks,
            List<Characteristic> characteristics,
            List<EvidenceKind> evidenceKinds) {
        return new Catalogue(new Editions(frameworks), characteristics, evidenceKinds);
    }

    public Optional<FrameworkDefinition> framework(String id) {
        if (frameworks instanceof Editions editions) {
            return editions.find(id);
        }
        return frameworks.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /**
     * The characteristics an assessment may refer to: the installed ones, those its framework adds and
     * its own local ones, without duplicates (the first definition of an id wins).
     */
    public List<Characteristic> characteristicsFor(SelfAssessment assessment) {
        Map<String, Characteristic> byId = new LinkedHashMap<>();
        Stream.of(
                        characteristics,
                        framework(assessment.framework())
                                .map(FrameworkDefinition::localCharacteristics)
                                .orElse(List.of()),
                        assessment.localCharacteristics())
                .flatMap(List::stream)
                .filter(c -> c != null && c.id() != null)
                .forEach(c -> byId.putIfAbsent(c.id(), c));
        return new ArrayList<>(byId.values());
    }

    /**
     * The characteristics an assessment covers when its scope lists none: those its framework names by default
     * (the nine protected characteristics, unless the edition names others, as the 2009 edition names the six
     * equality strands of its time), then the local ones that plugins, the framework and the assessment add.
     * A framework that names its own list leaves out the protected and framework characteristics it does not
     * name.
     */
    public List<Characteristic> characteristicsByDefault(SelfAssessment assessment) {
        List<Characteristic> known = characteristicsFor(assessment);
        Optional<FrameworkDefinition> framework = framework(assessment.framework());
        if (framework.isEmpty() || framework.get().defaultCharacteristics().isEmpty()) {
            return known;
        }
        List<String> named = framework.get().defaultCharacteristics();
        Set<String> frameworkOwn = new HashSet<>();
        framework.get().localCharacteristics().stream()
                .filter(c -> c != null && c.id() != null)
                .forEach(c -> frameworkOwn.add(c.id()));
        List<Characteristic> inScope = new ArrayList<>();
        named.forEach(
                id -> known.stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(inScope::add));
        known.stream()
                .filter(c -> !named.contains(c.id()) && !c.legallyProtected() && !frameworkOwn.contains(c.id()))
                .forEach(inScope::add);
        return inScope;
    }

    /** The evidence kinds a framework's data and assessments may use. */
    public List<EvidenceKind> evidenceKindsFor(String frameworkId) {
        Map<String, EvidenceKind> byId = new LinkedHashMap<>();
        Stream.concat(
                        evidenceKinds.stream(),
                        framework(frameworkId).map(FrameworkDefinition::evidenceKinds).orElse(List.of()).stream())
                .filter(k -> k != null && k.id() != null)
                .forEach(k -> byId.putIfAbsent(k.id(), k));
        return new ArrayList<>(byId.values());
    }

    /** The frameworks of a {@link #deferred} catalogue: unmodifiable, sorted by id, read on first use. */
    private static final class Editions extends AbstractList<FrameworkDefinition> implements RandomAccess {
        private final Map<String, Supplier<Optional<FrameworkDefinition>>> sources;
        private volatile List<FrameworkDefinition> all;

        Editions(Map<String, Supplier<Optional<FrameworkDefinition>>> sources) {
            this.sources = java.util.Collections.unmodifiableMap(new TreeMap<>(sources));
        }

        Optional<FrameworkDefinition> find(String id) {
            Supplier<Optional<FrameworkDefinition>> source = id == null ? null : sources.get(id);
            return source == null ? Optional.empty() : source.get();
        }

        private List<FrameworkDefinition> all() {
            List<FrameworkDefinition> read = all;
            if (read == null) {
                read = sources.values().stream()
                        .map(Supplier::get)
                        .flatMap(Optional::stream)
                        .toList();
                all = read;
            }
            return read;
        }

        @Override
        public FrameworkDefinition get(int index) {
            return all().get(index);
        }

        @Override
        public int size() {
            return all().size();
        }
    }
}
