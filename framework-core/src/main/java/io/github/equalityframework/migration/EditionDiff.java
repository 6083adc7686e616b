package io.github.equalityframework.migration;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.migration.EditionMapping.Relation;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * What changed between two framework editions, criterion by criterion, as an edition mapping says: for
 * each criterion of the older edition whether it stayed the same, was renamed, merged with others, split,
 * carried over in part or removed, and which criteria of the newer edition no older one leads to (added).
 *
 * <pre>{@code
 * registry.diff("lga-eflg-2014", "lga-eflg-2021").lines().forEach(System.out::println);
 * }</pre>
 *
 * @param from        the older edition
 * @param to          the newer edition
 * @param mappingNote what the mapping is based on and how far it can be trusted
 * @param summary     how many older criteria had each relation (by relation id, in {@link Relation} order,
 *                    leaving out relations with none), then how many newer criteria were added
 * @param changes     one per criterion of the older edition, in its order
 * @param added       the criteria of the newer edition that no older criterion maps to, in its order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EditionDiff(
        Edition from,
        Edition to,
        String mappingNote,
        Map<String, Integer> summary,
        List<Change> changes,
        List<CriterionRef> added) {

    public EditionDiff {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        summary = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(summary));
        changes = List.copyOf(changes);
        added = List.copyOf(added);
    }

    /**
     * A framework edition.
     *
     * @param id       the framework id, e.g. {@code lga-eflg-2014}
     * @param title    its title, e.g. "Equality Framework for Local Government"
     * @param edition  the edition, e.g. "2014"
     * @param criteria how many criteria it has
     */
    public record Edition(String id, String title, String edition, int criteria) {}

    /**
     * A criterion and where it sits.
     *
     * @param id     the criterion id in its edition, e.g. {@code m1/c2}
     * @param title  its title
     * @param module the title of its module
     */
    public record CriterionRef(String id, String title, String module) {

        /** "m1/c2 Analysing and using information". */
        public String name() {
            return title == null ? id : id + " " + title;
        }
    }

    /**
     * What happened to one criterion of the older edition.
     *
     * @param criterion  the older criterion
     * @param relation   what happened to it
     * @param targets    the newer criteria it leads to, main one first; empty when it was removed
     * @param mergedWith for a merge, the other older criteria that join it in its target, in the older order
     * @param note       the mapping's explanation
     */
    public record Change(
            CriterionRef criterion,
            Relation relation,
            List<CriterionRef> targets,
            List<CriterionRef> mergedWith,
            String note) {
        public Change {
            targets = List.copyOf(targets);
            mergedWith = List.copyOf(mergedWith);
        }
    }

    /**
     * The differences between two editions, from the mapping that joins them.
     *
     * @throws IllegalArgumentException when the mapping does not join these two editions, or is not sound for
     *     them (see {@link EditionMapping#check}); the message gives the first problem
     */
    public static EditionDiff of(EditionMapping mapping, FrameworkDefinition source, FrameworkDefinition target) {
        var problems = mapping.check(source, target);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "the mapping from " + mapping.from() + " to " + mapping.to() + " does not fit " + source.id()
                            + " and " + target.id() + ": " + problems.get(0).format());
        }
        List<Change> changes = new ArrayList<>();
        for (FrameworkModule module : source.modules()) {
            for (Criterion criterion : module.criteria()) {
                EditionMapping.Entry entry = mapping.entry(criterion.id()).orElseThrow();
                List<CriterionRef> targets =
                        entry.to().stream().map(id -> ref(target, id)).toList();
                List<CriterionRef> mergedWith = entry.relation() != Relation.MERGED
                        ? List.of()
                        : mapping.entries().stream()
                                .filter(e -> e.relation() == Relation.MERGED
                                        && !e.from().equals(entry.from())
                                        && e.to().equals(entry.to()))
                                .map(e -> ref(source, e.from()))
                                .toList();
                changes.add(
                        new Change(ref(source, criterion.id()), entry.relation(), targets, mergedWith, entry.note()));
            }
        }
        Set<String> reached =
                mapping.entries().stream().flatMap(e -> e.to().stream()).collect(Collectors.toSet());
        List<CriterionRef> added = target.criteria()
                .map(Criterion::id)
                .filter(id -> !reached.contains(id))
                .map(id -> ref(target, id))
                .toList();
        Map<String, Integer> summary = new LinkedHashMap<>();
        for (Relation relation : Relation.values()) {
            int n = (int) changes.stream().filter(c -> c.relation() == relation).count();
            if (n > 0) {
                summary.put(relation.id(), n);
            }
        }
        summary.put("added", added.size());
        return new EditionDiff(edition(source), edition(target), mapping.note(), summary, changes, added);
    }

    /**
     * The differences as plain text lines, for people: a heading with the counts and the mapping's basis, then
     * per module of the older edition one line per criterion (relation, criterion, where it went) with the
     * mapping's note indented beneath, then the added criteria.
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Changes from " + describe(from) + " to " + describe(to) + ": " + from.criteria() + " criteria to "
                + to.criteria() + ".");
        lines.add(
                summary.entrySet().stream()
                                .map(e -> e.getValue() + " " + e.getKey())
                                .collect(Collectors.joining(", ")) + ".");
        lines.add("Mapping: " + mappingNote);
        String module = null;
        for (Change c : changes) {
            if (!Objects.equals(module, c.criterion().module())) {
                module = c.criterion().module();
                lines.add("");
                lines.add(module);
            }
            lines.add(String.format(
                    java.util.Locale.ROOT, "  %-8s %s", c.relation().id(), describe(c)));
            if (c.note() != null && !c.note().isBlank()) {
                lines.add("           " + c.note());
            }
        }
        lines.add("");
        if (added.isEmpty()) {
            lines.add("Added in " + to.id() + ": none; every criterion of " + to.id() + " continues one of " + from.id()
                    + ".");
        } else {
            lines.add("Added in " + to.id() + " (no criterion of " + from.id() + " leads to them):");
            added.forEach(a -> lines.add("  added    " + a.name() + " (" + a.module() + ")"));
        }
        return lines;
    }

    /**
     * One change in words, e.g. "m1/c1 Collecting information (with m1/c3 Sharing information between partners) -> m1/c1
     * Collecting and sharing information".
     */
    static String describe(Change c) {
        String source = c.criterion().name();
        String targets = c.targets().stream().map(CriterionRef::name).collect(Collectors.joining("; "));
        return switch (c.relation()) {
            case REMOVED -> source + " (no successor)";
            case MERGED ->
                source + " (with "
                        + c.mergedWith().stream().map(CriterionRef::name).collect(Collectors.joining(", ")) + ") -> "
                        + targets;
            case PARTIAL -> source + " -> " + targets + " (in part)";
            default -> source + " -> " + targets;
        };
    }

    private static String describe(Edition e) {
        return e.id() + " (" + e.title() + " " + e.edition() + ")";
    }

    private static Edition edition(FrameworkDefinition f) {
        return new Edition(f.id(), f.title(), f.edition(), (int) f.criteria().count());
    }

    private static CriterionRef ref(FrameworkDefinition f, String criterionId) {
        String title = f.criterion(criterionId).map(Criterion::title).orElse(null);
        String module = f.moduleOf(criterionId).map(FrameworkModule::title).orElse(null);
        return new CriterionRef(criterionId, title, module);
    }
}
