package io.github.equalityframework.migration;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.migration.EditionMapping.Entry;
import io.github.equalityframework.migration.MigrationReport.ClaimOutcome;
import io.github.equalityframework.migration.MigrationReport.MergedClaim;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.Scope;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.DataPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Turns a self-assessment against an older framework edition into one against a newer edition, along the
 * edition mappings that plugins contribute as data ({@link
 * io.github.equalityframework.spi.PluginContext#addEditionMappingResource(String)}), with a report of what
 * happened to every claim. Works for any framework; immutable and safe to share between threads.
 *
 * <p>The rules:
 * <ul>
 *   <li>each claim goes to the target criteria its mapping entry names (to each of them when the criterion
 *       was split); a claim whose criterion was removed, or has no entry, is reported as unmapped;</li>
 *   <li>a target that receives several claims keeps the lowest claimed level, the union of their evidence
 *       (in the order first linked) and their narratives joined, each introduced by its source criterion;</li>
 *   <li>the organisation, period, characteristics in scope, local characteristics, evidence register and
 *       action plan are carried whole; modules in scope become the target modules that receive the claims;
 *       characteristic ids the mapping renames (the 2009 strand gender becomes sex) are renamed in the scope
 *       and the evidence register, and the report says so;</li>
 *   <li>a peer review is not carried: its validated levels and feedback judge the old edition's criteria,
 *       and peers have not judged the new ones. The report says so; the original file stays its record.</li>
 * </ul>
 *
 * <pre>{@code
 * PluginRegistry registry = engine.plugins();
 * MigrationResult result = registry.migration().migrate(assessment2014, registry.catalogue().framework("lga-eflg-2021").orElseThrow());
 * result.report().lines().forEach(System.out::println);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EditionMigration {
    private final List<EditionMapping> mappings;

    /** A migration along these mappings; at most one mapping per source edition. */
    public EditionMigration(List<EditionMapping> mappings) {
        this.mappings = List.copyOf(mappings);
        Map<String, Long> perSource =
                this.mappings.stream().collect(Collectors.groupingBy(EditionMapping::from, Collectors.counting()));
        perSource.forEach((from, count) -> {
            if (count > 1) {
                throw new IllegalArgumentException("two mappings start from " + from + "; give one per source edition");
            }
        });
    }

    /** The mappings this migration follows. */
    public List<EditionMapping> mappings() {
        return mappings;
    }

    /** The mapping that starts from a framework edition. */
    public Optional<EditionMapping> mapping(String fromFrameworkId) {
        return mappings.stream().filter(m -> m.from().equals(fromFrameworkId)).findFirst();
    }

    /**
     * Migrates a self-assessment to the target edition.
     *
     * @param assessment a self-assessment against an edition this migration maps from, e.g. {@code lga-eflg-2014}
     * @param target     the definition of the edition the mapping leads to
     * @return the migrated self-assessment and the report of every claim
     * @throws IllegalArgumentException when no mapping leads from the assessment's edition to the target, or
     *     when the mapping names criteria the target definition lacks; the message says which
     */
    public MigrationResult migrate(SelfAssessment assessment, FrameworkDefinition target) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(target, "target");
        EditionMapping mapping = mappingTo(assessment.framework(), target);
        Map<String, List<Claim>> byTarget = new LinkedHashMap<>();
        List<ClaimOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < assessment.claims().size(); i++) {
            Claim claim = assessment.claims().get(i);
            ClaimOutcome outcome =
                    outcome(DataPath.root().field("claims").index(i).toString(), claim, mapping, target);
            outcome.targets()
                    .forEach(t ->
                            byTarget.computeIfAbsent(t, k -> new ArrayList<>()).add(claim));
            outcomes.add(outcome);
        }
        List<Claim> claims = new ArrayList<>();
        List<MergedClaim> merged = new ArrayList<>();
        target.criteria().map(Criterion::id).filter(byTarget::containsKey).forEach(id -> {
            List<Claim> sources = byTarget.get(id);
            Claim claim = combine(id, sources, target, assessment.framework());
            claims.add(claim);
            if (sources.size() > 1) {
                merged.add(new MergedClaim(
                        id, sources.stream().map(Claim::criterion).toList(), claim.level()));
            }
        });
        List<String> notes = new ArrayList<>();
        Scope scope = scope(assessment, claims, target, notes);
        List<EvidenceItem> evidence = assessment.evidence();
        if (!mapping.characteristics().isEmpty()) {
            scope = new Scope(characteristics(mapping, scope.characteristics()), scope.modules());
            evidence = evidence.stream()
                    .map(e -> e == null ? null : e.withCharacteristics(characteristics(mapping, e.characteristics())))
                    .toList();
            characteristicNotes(assessment, mapping, target, notes);
        }
        SelfAssessment migrated = assessment.toBuilder()
                .framework(target.id())
                .scope(scope)
                .claims(claims)
                .evidence(evidence)
                .peerReview(null)
                .build();
        assessment
                .review()
                .ifPresent(review -> notes.add("The peer review (visit from " + review.visitFrom()
                        + ") is not carried: its " + review.validatedLevels().size()
                        + " validated levels and its feedback judge "
                        + assessment.framework() + " criteria, which peers have not judged in " + target.id()
                        + ". Keep the original file as its record."));
        return new MigrationResult(
                migrated, new MigrationReport(mapping.from(), mapping.to(), mapping.note(), outcomes, merged, notes));
    }

    private EditionMapping mappingTo(String from, FrameworkDefinition target) {
        if (from.equals(target.id())) {
            throw new IllegalArgumentException(
                    "The self-assessment is already against " + target.id() + "; there is nothing to migrate.");
        }
        EditionMapping mapping = mapping(from)
                .orElseThrow(() -> new IllegalArgumentException("There is no mapping from " + from
                        + (mappings.isEmpty()
                                ? "; no installed plugin contributes an edition mapping."
                                : "; self-assessments can be migrated from "
                                        + String.join(
                                                " and ",
                                                mappings.stream()
                                                        .map(EditionMapping::from)
                                                        .sorted()
                                                        .toList())
                                        + ".")));
        if (!mapping.to().equals(target.id())) {
            throw new IllegalArgumentException("A self-assessment against " + from + " can be migrated to "
                    + mapping.to() + " only, not to " + target.id() + ".");
        }
        List<String> unknown = mapping.entries().stream()
                .filter(Objects::nonNull)
                .flatMap(e -> e.to().stream())
                .filter(id -> id == null || target.criterion(id).isEmpty())
                .map(String::valueOf)
                .distinct()
                .toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("The mapping from " + from + " names criteria that this definition of "
                    + target.id() + " does not have: " + String.join(", ", unknown) + ".");
        }
        return mapping;
    }

    private static ClaimOutcome outcome(String path, Claim claim, EditionMapping mapping, FrameworkDefinition target) {
        Optional<Entry> entry = mapping.entry(claim.criterion());
        if (entry.isEmpty()) {
            return new ClaimOutcome(
                    path,
                    claim.criterion(),
                    claim.level(),
                    null,
                    List.of(),
                    "The mapping has no entry for " + claim.criterion() + "; it is not a criterion of " + mapping.from()
                            + ".");
        }
        if (target.scale().level(claim.level()).isEmpty()) {
            return new ClaimOutcome(
                    path,
                    claim.criterion(),
                    claim.level(),
                    entry.get().relation(),
                    List.of(),
                    "The level '" + claim.level() + "' is not on the scale of " + target.id() + "; claim a level of "
                            + target.scale().describeIds() + " and migrate again.");
        }
        return new ClaimOutcome(
                path,
                claim.criterion(),
                claim.level(),
                entry.get().relation(),
                entry.get().to(),
                entry.get().note());
    }

    /** One claim for a target criterion from the claims that map to it. */
    private static Claim combine(String criterion, List<Claim> sources, FrameworkDefinition target, String from) {
        if (sources.size() == 1) {
            Claim only = sources.get(0);
            return only.withCriterion(criterion);
        }
        MaturityLevel lowest = sources.stream()
                .map(c -> target.scale().level(c.level()).orElseThrow())
                .min(Comparator.naturalOrder())
                .orElseThrow();
        LinkedHashSet<String> evidence = new LinkedHashSet<>();
        sources.forEach(c -> evidence.addAll(c.evidence()));
        List<String> narratives = sources.stream()
                .filter(c -> c.narrative() != null && !c.narrative().isBlank())
                .map(c -> from + " " + c.criterion() + ": " + c.narrative().strip())
                .toList();
        return new Claim(
                criterion,
                lowest.id(),
                narratives.isEmpty() ? null : String.join("\n\n", narratives),
                List.copyOf(evidence));
    }

    /** The same characteristics; the modules in scope, when listed, become those that receive the claims. */
    private static Scope scope(
            SelfAssessment assessment, List<Claim> claims, FrameworkDefinition target, List<String> notes) {
        Scope scope = assessment.scope();
        if (scope.allModules()) {
            return scope;
        }
        List<String> modules = target.modules().stream()
                .map(FrameworkModule::id)
                .filter(m -> claims.stream()
                        .anyMatch(c -> target.moduleOf(c.criterion())
                                .map(FrameworkModule::id)
                                .filter(m::equals)
                                .isPresent()))
                .toList();
        notes.add("The modules in scope, " + String.join(", ", scope.modules()) + " of " + assessment.framework()
                + ", become "
                + (modules.isEmpty() ? "all modules" : String.join(", ", modules)) + " of " + target.id()
                + ": the modules that receive the claims.");
        return new Scope(scope.characteristics(), modules);
    }

    /** The ids as the target edition names them, each once, in their first order. */
    private static List<String> characteristics(EditionMapping mapping, List<String> ids) {
        return ids.stream()
                .map(id -> id == null ? null : mapping.characteristic(id))
                .distinct()
                .toList();
    }

    /**
     * What the report says about characteristics: each renamed one with where it was used and the mapping's
     * note, those carried as they were, and what a scope of "all" comes to mean in the target edition.
     */
    private static void characteristicNotes(
            SelfAssessment assessment, EditionMapping mapping, FrameworkDefinition target, List<String> notes) {
        List<String> same = new ArrayList<>();
        for (EditionMapping.CharacteristicEntry entry : mapping.characteristics()) {
            if (entry == null || entry.from() == null || entry.to() == null) {
                continue;
            }
            if (entry.from().equals(entry.to())) {
                same.add(entry.from());
                continue;
            }
            long items = assessment.evidence().stream()
                    .filter(e -> e != null && e.characteristics().contains(entry.from()))
                    .count();
            boolean inScope = assessment.scope().characteristics().contains(entry.from());
            List<String> where = new ArrayList<>();
            if (items > 0) {
                where.add(items + (items == 1 ? " evidence item" : " evidence items"));
            }
            if (inScope) {
                where.add("the scope");
            }
            notes.add("The characteristic " + entry.from() + " of " + mapping.from() + " becomes " + entry.to()
                    + (where.isEmpty() ? " (not used in this assessment)" : " in " + String.join(" and ", where))
                    + (entry.note() == null ? "." : ". " + entry.note()));
        }
        if (!same.isEmpty()) {
            notes.add("The characteristics " + String.join(", ", same) + " of " + mapping.from()
                    + " carry to those of the same ids in " + target.id() + ".");
        }
        if (assessment.scope().allCharacteristics()) {
            List<String> mapped = mapping.characteristics().stream()
                    .filter(c -> c != null && c.to() != null)
                    .map(EditionMapping.CharacteristicEntry::to)
                    .toList();
            List<String> added = target.characteristicsByDefault().stream()
                    .filter(id -> !mapped.contains(id))
                    .toList();
            if (!added.isEmpty()) {
                notes.add("The scope lists no characteristics: in " + mapping.from() + " that meant "
                        + String.join(
                                ", ",
                                mapping.characteristics().stream()
                                        .filter(c -> c != null && c.from() != null)
                                        .map(EditionMapping.CharacteristicEntry::from)
                                        .toList())
                        + "; in " + target.id() + " it means " + String.join(", ", added)
                        + " too. Add evidence about them, or list the characteristics in scope.");
            }
        }
    }
}
