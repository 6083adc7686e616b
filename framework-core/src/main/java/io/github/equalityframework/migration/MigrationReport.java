package io.github.equalityframework.migration;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.migration.EditionMapping.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a migration did with each claim of the old self-assessment: every claim is listed, as carried (to
 * which criteria, along which relation) or as unmapped (and why); nothing is dropped silently.
 *
 * @param from        the source framework id
 * @param to          the target framework id
 * @param mappingNote what the mapping is based on
 * @param claims      one outcome per source claim, in the source's order
 * @param merged      the target criteria that received more than one claim, in the target's order
 * @param notes       what else was changed or not carried over, in plain words
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MigrationReport(
        String from,
        String to,
        String mappingNote,
        List<ClaimOutcome> claims,
        List<MergedClaim> merged,
        List<String> notes) {

    public MigrationReport {
        claims = List.copyOf(claims);
        merged = List.copyOf(merged);
        notes = List.copyOf(notes);
    }

    /**
     * What happened to one source claim.
     *
     * @param path      the claim's data path in the source, e.g. {@code claims[3]}
     * @param criterion the source criterion id
     * @param level     the claimed level id
     * @param relation  the mapping's relation, or {@code null} when the mapping has no entry for the criterion
     * @param targets   the target criteria the claim was carried to; empty when it was not carried
     * @param note      the mapping's note for the criterion, or why the claim was not carried
     */
    public record ClaimOutcome(
            String path, String criterion, String level, Relation relation, List<String> targets, String note) {
        public ClaimOutcome {
            Objects.requireNonNull(path, "path");
            targets = List.copyOf(targets);
        }

        /** Whether the claim was carried to at least one target criterion. */
        public boolean carried() {
            return !targets.isEmpty();
        }

        /** Whether the council should review the carried claim: only part of it, or part of a split, went there. */
        public boolean needsReview() {
            return relation == Relation.SPLIT || relation == Relation.PARTIAL;
        }
    }

    /**
     * A target criterion that received the claims of several source criteria: it keeps the lowest claimed
     * level and the union of their evidence, and joins their narratives.
     *
     * @param criterion the target criterion id
     * @param sources   the source criterion ids, in the source's order
     * @param level     the level kept, the lowest of theirs
     */
    public record MergedClaim(String criterion, List<String> sources, String level) {
        public MergedClaim {
            sources = List.copyOf(sources);
        }
    }

    /** The claims carried to the new edition. */
    public List<ClaimOutcome> carried() {
        return claims.stream().filter(ClaimOutcome::carried).toList();
    }

    /** The claims not carried, each with why. */
    public List<ClaimOutcome> unmapped() {
        return claims.stream().filter(c -> !c.carried()).toList();
    }

    /** Whether every claim was carried over. */
    public boolean everyClaimCarried() {
        return claims.stream().allMatch(ClaimOutcome::carried);
    }

    /** The report as plain text lines, for people: a heading, one line per claim, then merges and notes. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Migrated from " + from + " to " + to + ": " + carried().size() + " of " + claims.size()
                + " claims carried, " + unmapped().size() + " unmapped.");
        lines.add("Mapping: " + mappingNote);
        for (ClaimOutcome c : claims) {
            String relation = c.relation() == null ? "no entry" : c.relation().id();
            lines.add(
                    c.carried()
                            ? "carried  " + c.path() + " " + c.criterion() + " (" + c.level() + ") -> "
                                    + String.join(", ", c.targets()) + " [" + relation + "]"
                                    + (c.needsReview() ? " review: " + c.note() : "")
                            : "unmapped " + c.path() + " " + c.criterion() + " (" + c.level() + ") [" + relation + "]: "
                                    + c.note());
        }
        for (MergedClaim m : merged) {
            lines.add("merged   " + m.criterion() + " <- " + String.join(", ", m.sources())
                    + ": lowest claimed level kept (" + m.level() + "), evidence combined, narratives joined");
        }
        notes.forEach(n -> lines.add("note     " + n));
        return lines;
    }
}
