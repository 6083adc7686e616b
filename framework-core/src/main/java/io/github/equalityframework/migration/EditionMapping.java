package io.github.equalityframework.migration;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.problem.DataPath;
import io.github.equalityframework.problem.ValidationProblem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * How the criteria of an older framework edition carry over to a newer one: one entry per source
 * criterion, naming its target criteria and the relation between them. A plugin contributes mappings as
 * data files ({@link io.github.equalityframework.spi.PluginContext#addEditionMappingResource(String)}); the
 * LGA plugin ships two, from {@code lga-eflg-2014} and from {@code lga-eflg-2009} to {@code lga-eflg-2021}.
 *
 * @param from    the source edition's framework id, e.g. {@code lga-eflg-2014}
 * @param to      the target edition's framework id, e.g. {@code lga-eflg-2021}
 * @param note    what the mapping is based on and how far it can be trusted
 * @param entries one entry per source criterion, in the source edition's order
 * @param characteristics how the source edition's characteristics carry over, where they differ (the 2009
 *                        equality strands); never {@code null}, empty when the editions share them
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EditionMapping(
        String from, String to, String note, List<Entry> entries, List<CharacteristicEntry> characteristics) {

    public EditionMapping {
        entries = copy(entries);
        characteristics = copy(characteristics);
    }

    /** A mapping between editions that share their characteristics. */
    public EditionMapping(String from, String to, String note, List<Entry> entries) {
        this(from, to, note, entries, List.of());
    }

    /**
     * A characteristic of the source edition and the one it becomes in the target.
     *
     * @param from the source characteristic id, e.g. {@code gender}
     * @param to   the target characteristic id, e.g. {@code sex}; the same id when it carries unchanged
     * @param note what the council should check when the meaning changes, or {@code null}
     */
    public record CharacteristicEntry(String from, String to, String note) {}

    /** The target characteristic id of a source one: its entry's, or the same id when it has none. */
    public String characteristic(String sourceId) {
        return characteristics.stream()
                .filter(c -> c != null && Objects.equals(c.from(), sourceId) && c.to() != null)
                .map(CharacteristicEntry::to)
                .findFirst()
                .orElse(sourceId);
    }

    /** Keeps null elements, so that {@link #check} can say where an empty entry or target is. */
    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** What happened to a source criterion in the target edition. Written in lower case in data files. */
    public enum Relation {
        /** The same topic, its name unchanged or trivially reworded; it may have moved module. */
        SAME,
        /** The same topic under another name, wholly covered by the target. */
        RENAMED,
        /** One of several source criteria that together make up the target. */
        MERGED,
        /** The topic divides between several targets, the main one first. */
        SPLIT,
        /** Only part of the topic carries over; the rest has no home in the target edition. */
        PARTIAL,
        /** No target criterion; the note says where the topic can be considered. */
        REMOVED;

        /** How the relation is written in data files and reports, e.g. {@code merged}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One source criterion and where it goes.
     *
     * @param from     the source criterion id
     * @param to       the target criterion ids, main target first; empty when the criterion was removed
     * @param relation what happened to the criterion
     * @param note     why, in words a council can check
     */
    public record Entry(String from, List<String> to, Relation relation, String note) {
        public Entry {
            to = copy(to);
        }
    }

    /** The entry for a source criterion. */
    public Optional<Entry> entry(String sourceCriterion) {
        return entries.stream()
                .filter(e -> e != null && sourceCriterion.equals(e.from()))
                .findFirst();
    }

    /**
     * Where each module of the source edition goes: the target module that most of its criteria's main targets
     * belong to (the first such module on a tie). Used to file an older review's feedback and plan entries, which
     * name modules rather than criteria, under the target edition's modules.
     *
     * @return source module id to target module id; a module whose criteria were all removed is absent
     */
    public Map<String, String> modules() {
        Map<String, Map<String, Integer>> votes = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e == null || e.from() == null || e.to().isEmpty() || e.to().get(0) == null) {
                continue;
            }
            votes.computeIfAbsent(moduleOf(e.from()), k -> new LinkedHashMap<>())
                    .merge(moduleOf(e.to().get(0)), 1, Integer::sum);
        }
        Map<String, String> modules = new LinkedHashMap<>();
        votes.forEach((from, counts) -> counts.entrySet().stream()
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .ifPresent(best -> modules.put(from, best.getKey())));
        return Map.copyOf(modules);
    }

    /** {@code m2} of {@code m2/c3}. */
    private static String moduleOf(String criterion) {
        int slash = criterion.indexOf('/');
        return slash < 0 ? criterion : criterion.substring(0, slash);
    }

    /**
     * Checks the mapping against the two editions it joins: the framework ids match; every source criterion
     * has exactly one entry and every entry names one; every target is a criterion of the target edition;
     * the number of targets fits the relation; a merged target receives more than one source; every entry
     * explains itself in a note.
     *
     * @return the problems, with data paths such as {@code entries[3].to[0]}; empty when the mapping is sound
     */
    public List<ValidationProblem> check(FrameworkDefinition source, FrameworkDefinition target) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (!source.id().equals(from)) {
            problems.add(ValidationProblem.at("from", "the mapping is from '" + from + "', not from " + source.id()));
        }
        if (!target.id().equals(to)) {
            problems.add(ValidationProblem.at("to", "the mapping is to '" + to + "', not to " + target.id()));
        }
        if (note == null || note.isBlank()) {
            problems.add(ValidationProblem.at("note", "say what the mapping is based on and whether it is official"));
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> sourcesPerTarget = new HashMap<>();
        entries.stream()
                .filter(Objects::nonNull)
                .forEach(e -> e.to().stream()
                        .filter(Objects::nonNull)
                        .forEach(t -> sourcesPerTarget.merge(t, 1, Integer::sum)));
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            DataPath at = DataPath.root().field("entries").index(i);
            if (entry == null) {
                problems.add(ValidationProblem.at(at, "an entry is empty"));
                continue;
            }
            checkSource(entry, at, i, source, seen, problems);
            for (int j = 0; j < entry.to().size(); j++) {
                String id = entry.to().get(j);
                if (id == null || id.isBlank()) {
                    problems.add(ValidationProblem.at(
                            at.field("to").index(j), "a target is empty; name a criterion of " + target.id()));
                } else if (target.criterion(id).isEmpty()) {
                    problems.add(ValidationProblem.at(
                            at.field("to").index(j), "'" + id + "' is not a criterion of " + target.id()));
                }
            }
            checkRelation(entry, at, sourcesPerTarget, problems);
            if (entry.note() == null || entry.note().isBlank()) {
                problems.add(ValidationProblem.at(at.field("note"), "say why " + entry.from() + " maps as it does"));
            }
        }
        checkCharacteristics(source, target, problems);
        source.criteria()
                .map(Criterion::id)
                .filter(id -> !seen.containsKey(id))
                .forEach(id -> problems.add(ValidationProblem.at(
                        "entries",
                        "criterion " + id + " of " + source.id()
                                + " has no entry; add one (with relation 'removed' if it has no home in " + target.id()
                                + ")")));
        return problems;
    }

    /** Each source characteristic once, from the source edition's characteristics to the target's. */
    private void checkCharacteristics(
            FrameworkDefinition source, FrameworkDefinition target, List<ValidationProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < characteristics.size(); i++) {
            CharacteristicEntry entry = characteristics.get(i);
            DataPath at = DataPath.root().field("characteristics").index(i);
            if (entry == null) {
                problems.add(ValidationProblem.at(at, "an entry is empty"));
                continue;
            }
            if (!characteristicOf(source, entry.from())) {
                problems.add(ValidationProblem.at(
                        at.field("from"), "'" + entry.from() + "' is not a characteristic of " + source.id()));
            } else if (!seen.add(entry.from())) {
                problems.add(ValidationProblem.at(at.field("from"), "'" + entry.from() + "' has two entries"));
            }
            if (!characteristicOf(target, entry.to())) {
                problems.add(ValidationProblem.at(
                        at.field("to"), "'" + entry.to() + "' is not a characteristic of " + target.id()));
            }
        }
    }

    private static boolean characteristicOf(FrameworkDefinition framework, String id) {
        return id != null
                && Stream.concat(Characteristic.PROTECTED.stream(), framework.localCharacteristics().stream())
                        .anyMatch(c -> c != null && id.equals(c.id()));
    }

    private static void checkSource(
            Entry entry,
            DataPath at,
            int index,
            FrameworkDefinition source,
            Map<String, Integer> seen,
            List<ValidationProblem> problems) {
        if (entry.from() == null || entry.from().isBlank()) {
            problems.add(ValidationProblem.at(at.field("from"), "name the source criterion"));
            return;
        }
        if (source.criterion(entry.from()).isEmpty()) {
            problems.add(ValidationProblem.at(
                    at.field("from"), "'" + entry.from() + "' is not a criterion of " + source.id()));
        }
        Integer first = seen.putIfAbsent(entry.from(), index);
        if (first != null) {
            problems.add(ValidationProblem.at(
                    at.field("from"),
                    "criterion " + entry.from() + " is mapped twice; the first entry is "
                            + DataPath.root().field("entries").index(first)));
        }
    }

    private static void checkRelation(
            Entry entry, DataPath at, Map<String, Integer> sourcesPerTarget, List<ValidationProblem> problems) {
        if (entry.relation() == null) {
            problems.add(ValidationProblem.at(
                    at.field("relation"), "give the relation: same, renamed, merged, split, partial or removed"));
            return;
        }
        int targets = entry.to().size();
        String relation = "'" + entry.relation().id() + "'";
        switch (entry.relation()) {
            case REMOVED -> {
                if (targets > 0) {
                    problems.add(ValidationProblem.at(
                            at.field("to"),
                            "a " + relation + " criterion has no target; "
                                    + "remove the targets or choose another relation"));
                }
            }
            case SPLIT -> {
                if (targets < 2) {
                    problems.add(ValidationProblem.at(
                            at.field("to"),
                            "a " + relation + " criterion needs two or more targets; "
                                    + "with one, the relation is 'renamed', 'same' or 'partial'"));
                }
            }
            default -> {
                if (targets != 1) {
                    problems.add(ValidationProblem.at(
                            at.field("to"),
                            "a " + relation + " criterion needs exactly one target"
                                    + (targets == 0
                                            ? "; with none, the relation is 'removed'"
                                            : "; with several, it is 'split'")));
                } else if (entry.relation() == Relation.MERGED
                        && sourcesPerTarget.getOrDefault(entry.to().get(0), 0) < 2) {
                    problems.add(ValidationProblem.at(
                            at.field("relation"),
                            "no other criterion maps to " + entry.to().get(0)
                                    + ", so nothing is merged there; the relation is 'same' or 'renamed'"));
                }
            }
        }
    }
}
