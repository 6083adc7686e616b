package io.github.equalityframework.lga;

import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.LevelDescriptor;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.ValidatedLevel;
import io.github.equalityframework.problem.DataPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the LGA rules share: which frameworks they apply to, and small look-ups on the model. */
final class Lga {
    static final String COMMUNITY_FACING = "community-facing";
    static final String PSED_INFORMATION = "psed-equality-information";
    static final String PSED_OBJECTIVES = "psed-equality-objectives";
    /** The evidence kind of published equality objectives. */
    static final String OBJECTIVES_KIND = "equality-objectives";

    static final String STRATEGY_KIND = "strategy";

    private Lga() {}

    static boolean isLgaFramework(FrameworkDefinition framework) {
        return framework.id().startsWith("lga-eflg-");
    }

    /**
     * The highest level whose expected evidence kinds, with those of every level below it, are all among
     * the kinds of this evidence; {@link MaturityLevel#NOT_ASSESSED} when even the lowest is not covered.
     */
    static MaturityLevel levelCoveredBy(
            FrameworkDefinition framework, Criterion criterion, Collection<EvidenceItem> evidence) {
        return levelCoveredBy(framework, criterion, kinds(evidence));
    }

    /** As {@link #levelCoveredBy(FrameworkDefinition, Criterion, Collection)}, given the evidence's {@link #kinds}. */
    static MaturityLevel levelCoveredBy(FrameworkDefinition framework, Criterion criterion, Set<String> kinds) {
        MaturityLevel reached = MaturityLevel.NOT_ASSESSED;
        for (MaturityLevel level : framework.scale().levels()) {
            if (!kinds.containsAll(expected(criterion, level))) {
                break;
            }
            reached = level;
        }
        return reached;
    }

    /**
     * The kinds this evidence is of, as levels count them: equality objectives are a strategy too, so a level
     * that expects a strategy is met by them (a council that gives its objectives their own kind loses nothing).
     */
    static Set<String> kinds(Collection<EvidenceItem> evidence) {
        // Only asked whether it holds a kind, never iterated: no need to keep the order.
        Set<String> kinds = new HashSet<>();
        for (EvidenceItem e : evidence) {
            kinds.add(e.kind());
            if (OBJECTIVES_KIND.equals(e.kind())) {
                kinds.add(STRATEGY_KIND);
            }
        }
        return kinds;
    }

    /** The kinds a level expects (its descriptor's only; levels below add their own). */
    static List<String> expected(Criterion criterion, MaturityLevel level) {
        // A loop, not Criterion.descriptor's stream: the scoring rules ask for every level of every claim of every
        // file.
        String id = level.id();
        for (LevelDescriptor d : criterion.descriptors()) {
            if (d != null && d.level().equals(id)) {
                return d.expectedEvidence();
            }
        }
        return List.of();
    }

    /** The kinds missing for a level, counting the levels below it. */
    static List<String> missingFor(
            FrameworkDefinition framework,
            Criterion criterion,
            MaturityLevel target,
            Collection<EvidenceItem> evidence) {
        return missingFor(framework, criterion, target, kinds(evidence));
    }

    /** As {@link #missingFor(FrameworkDefinition, Criterion, MaturityLevel, Collection)}, given the {@link #kinds}. */
    static List<String> missingFor(
            FrameworkDefinition framework, Criterion criterion, MaturityLevel target, Set<String> have) {
        List<String> missing = new ArrayList<>();
        for (MaturityLevel level : framework.scale().levels()) {
            if (level.compareTo(target) > 0) {
                break;
            }
            for (String kind : expected(criterion, level)) {
                if (!have.contains(kind) && !missing.contains(kind)) {
                    missing.add(kind);
                }
            }
        }
        return missing;
    }

    /**
     * The characteristic ids in scope: the listed ones, or the edition's own (the nine protected
     * characteristics; for 2009 the six equality strands of its time) plus the local ones the assessment
     * declares.
     */
    static List<String> characteristicsInScope(FrameworkDefinition framework, SelfAssessment assessment) {
        // Loops, not streams: the coverage rule asks for every community-facing claim of every file.
        Set<String> ids = new LinkedHashSet<>();
        if (!assessment.scope().allCharacteristics()) {
            ids.addAll(assessment.scope().characteristics());
        } else {
            ids.addAll(framework.characteristicsByDefault());
            for (Characteristic c : assessment.localCharacteristics()) {
                ids.add(c.id());
            }
        }
        return new ArrayList<>(ids);
    }

    static MaturityLevel level(FrameworkDefinition framework, String id) {
        return framework.scale().level(id).orElse(MaturityLevel.NOT_ASSESSED);
    }

    /** The next level up the scale; empty at the top. {@code not-assessed} is below every level. */
    static Optional<MaturityLevel> above(FrameworkDefinition framework, MaturityLevel level) {
        for (MaturityLevel l : framework.scale().levels()) {
            if (l.compareTo(level) > 0) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The next level down the scale; empty at the bottom. */
    static Optional<MaturityLevel> below(FrameworkDefinition framework, MaturityLevel level) {
        MaturityLevel below = null;
        for (MaturityLevel l : framework.scale().levels()) {
            if (l.compareTo(level) < 0) {
                below = l;
            }
        }
        return Optional.ofNullable(below);
    }

    /** The level peers validated for a criterion, by id; empty without a review or a validated level for it. */
    static Optional<String> validated(SelfAssessment assessment, String criterion) {
        PeerReview review = assessment.peerReview();
        if (review == null) {
            return Optional.empty();
        }
        for (ValidatedLevel v : review.validatedLevels()) {
            if (v.criterion().equals(criterion)) {
                return Optional.of(v.level());
            }
        }
        return Optional.empty();
    }

    static MaturityLevel min(MaturityLevel a, MaturityLevel b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    static MaturityLevel max(MaturityLevel a, MaturityLevel b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The level labelled for messages, e.g. "Achieving". */
    static String label(FrameworkDefinition framework, String levelId) {
        return level(framework, levelId).label();
    }

    static DataPath path(SelfAssessment assessment, Claim claim) {
        return DataPath.root().field("claims").index(assessment.claims().indexOf(claim));
    }

    static DataPath path(SelfAssessment assessment, EvidenceItem item) {
        return DataPath.root().field("evidence").index(assessment.evidence().indexOf(item));
    }

    /** The first day from which evidence counts as recent: {@code months} before the period end. */
    static LocalDate cutOff(SelfAssessment assessment, long months) {
        return assessment.period().to().minusMonths(months);
    }
}
