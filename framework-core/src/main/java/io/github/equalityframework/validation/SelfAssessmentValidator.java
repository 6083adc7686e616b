package io.github.equalityframework.validation;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.equalityframework.internal.ids.IdPositions;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.Catalogue;
import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.EvidenceKind;
import io.github.equalityframework.model.EvidencePart;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.ModuleFeedback;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.Recommendation;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.model.Revision;
import io.github.equalityframework.model.Scope;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.Timescale;
import io.github.equalityframework.model.ValidatedLevel;
import io.github.equalityframework.problem.DataPath;
import io.github.equalityframework.problem.ValidationProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Checks a self-assessment: field constraints first, then that every id it uses means something —
 * criteria and levels of its framework, evidence references, characteristics, evidence kinds — and
 * that dates run forwards. Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class SelfAssessmentValidator {
    /** Something@something.something: a personal or team mailbox where a role belongs. */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

    private static final DataPath EVIDENCE = DataPath.root().field("evidence");

    private final Catalogue catalogue;

    public SelfAssessmentValidator(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Every problem found, with data paths but no file locations; empty when the assessment is valid. */
    public List<ValidationProblem> validate(SelfAssessment assessment) {
        ProblemList problems = new ProblemList();
        problems.addAll(BeanConstraints.check(assessment));
        if (assessment.framework() == null) {
            return problems.toList();
        }
        FrameworkDefinition framework =
                catalogue.framework(assessment.framework()).orElse(null);
        if (framework == null) {
            problems.unknown(
                    "framework",
                    assessment.framework(),
                    "an installed framework",
                    catalogue.frameworks().stream().map(FrameworkDefinition::id).toList());
        }
        // Without its framework, the characteristics and evidence kinds the framework adds are unknown too;
        // ids are then checked only where the framework plays no part, so one missing framework is one problem.
        checkPeriod(assessment, problems);
        Set<String> characteristics = ids(catalogue.characteristicsFor(assessment));
        checkLocalCharacteristics(assessment, problems);
        checkScope(DataPath.root().field("scope"), assessment.scope(), framework, characteristics, problems);
        IdPositions evidenceIds = checkEvidence(assessment, framework, characteristics, problems);
        checkClaims(assessment, framework, evidenceIds, problems);
        if (assessment.peerReview() != null) {
            checkPeerReview(assessment.peerReview(), framework, characteristics, problems);
        }
        if (assessment.actionPlan() != null) {
            checkActionPlan(assessment.actionPlan(), assessment.peerReview(), framework, problems);
        }
        return problems.toList();
    }

    private static void checkPeriod(SelfAssessment assessment, ProblemList problems) {
        var period = assessment.period();
        if (period != null) {
            checkOrder(
                    DataPath.root().field("period").field("to"),
                    period.from(),
                    period.to(),
                    "the period ends",
                    "before it starts",
                    problems);
        }
    }

    private static void checkOrder(
            DataPath path,
            LocalDate first,
            LocalDate second,
            String secondWhat,
            String relation,
            ProblemList problems) {
        if (first != null && second != null && second.isBefore(first)) {
            problems.add(path, secondWhat + " (" + second + ") " + relation + " (" + first + ")");
        }
    }

    private static void checkLocalCharacteristics(SelfAssessment assessment, ProblemList problems) {
        Set<String> protectedIds = ids(Characteristic.PROTECTED);
        Map<String, Integer> seen = new HashMap<>();
        List<Characteristic> local = assessment.localCharacteristics();
        for (int i = 0; i < local.size(); i++) {
            Characteristic c = local.get(i);
            if (c == null || c.id() == null) {
                continue;
            }
            DataPath path =
                    DataPath.root().field("localCharacteristics").index(i).field("id");
            if (protectedIds.contains(c.id())) {
                problems.add(
                        path,
                        "'" + c.id()
                                + "' is a protected characteristic already; a local characteristic needs an id of its own");
            }
            duplicate(
                    seen,
                    c.id(),
                    i,
                    path,
                    DataPath.root().field("localCharacteristics"),
                    "local characteristic id",
                    problems);
        }
    }

    private static void checkScope(
            DataPath path,
            Scope scope,
            FrameworkDefinition framework,
            Set<String> characteristics,
            ProblemList problems) {
        for (int i = 0; i < scope.characteristics().size(); i++) {
            String id = scope.characteristics().get(i);
            if (id != null && framework != null && !characteristics.contains(id)) {
                problems.unknown(
                        path.field("characteristics").index(i), id, "a known characteristic", sorted(characteristics));
            }
        }
        if (framework != null) {
            List<String> modules =
                    framework.modules().stream().map(FrameworkModule::id).toList();
            for (int i = 0; i < scope.modules().size(); i++) {
                String id = scope.modules().get(i);
                if (id != null && !modules.contains(id)) {
                    problems.unknown(path.field("modules").index(i), id, "a module of " + framework.id(), modules);
                }
            }
        }
    }

    /** Checks each evidence item; returns where each id was first used, for the claims' references. */
    private IdPositions checkEvidence(
            SelfAssessment assessment,
            FrameworkDefinition framework,
            Set<String> characteristics,
            ProblemList problems) {
        // Hashed: every item's kind is looked up (sorted() orders them for a message).
        Set<String> kinds = catalogue.evidenceKindsFor(assessment.framework()).stream()
                .map(EvidenceKind::id)
                .collect(Collectors.toCollection(HashSet::new));
        List<EvidenceItem> register = assessment.evidence();
        IdPositions seen = new IdPositions(register.size());
        for (int i = 0; i < register.size(); i++) {
            EvidenceItem item = register.get(i);
            if (item == null) {
                continue;
            }
            // Paths are built only for a problem: a register of a million valid items builds none.
            if (item.id() != null) {
                int at = i;
                LookAlikeIds.problem(item.id())
                        .ifPresent(why -> problems.add(evidencePath(at).field("id"), why));
                int first = seen.putIfAbsent(item.id(), i);
                if (first >= 0) {
                    problems.add(
                            evidencePath(i).field("id"),
                            "duplicate evidence id '" + item.id() + "'; the first is at " + evidencePath(first));
                }
            }
            if (item.location() != null) {
                int at = i;
                EvidenceLocations.problem(item.location())
                        .ifPresent(why -> problems.add(evidencePath(at).field("location"), why));
            }
            if (!item.parts().isEmpty()) {
                checkCount(evidencePath(i), item, problems);
            }
            if (item.kind() != null && framework != null && !kinds.contains(item.kind())) {
                problems.unknown(evidencePath(i).field("kind"), item.kind(), "a known evidence kind", sorted(kinds));
            }
            for (int j = 0; j < item.characteristics().size(); j++) {
                String id = item.characteristics().get(j);
                if (id != null && framework != null && !characteristics.contains(id)) {
                    problems.unknown(
                            evidencePath(i).field("characteristics").index(j),
                            id,
                            "a known characteristic",
                            sorted(characteristics));
                }
            }
        }
        return seen;
    }

    private static DataPath evidencePath(int index) {
        return EVIDENCE.index(index);
    }

    /** Parts need a count to add up to, and must add up to it; a bad count or part is the constraints' to report. */
    private static void checkCount(DataPath path, EvidenceItem item, ProblemList problems) {
        List<EvidencePart> parts = item.parts();
        if (parts.isEmpty()
                || parts.stream().anyMatch(p -> p == null || p.count() == null || p.count() < 1)
                || (item.count() != null && item.count() < 1)) {
            return;
        }
        long sum = parts.stream().mapToLong(EvidencePart::count).sum();
        String sumText = parts.size() == 1
                ? String.valueOf(sum)
                : sum + " ("
                        + parts.stream().map(p -> String.valueOf(p.count())).collect(Collectors.joining(" + ")) + ")";
        if (item.count() == null) {
            problems.add(
                    path.field("parts"),
                    "parts are given without a count; add count: " + sum + " (the parts add up to " + sumText + ")");
        } else if (sum != item.count()) {
            problems.add(
                    path.field("count"),
                    "the count is " + item.count() + " but its parts add up to " + sumText
                            + "; correct the count or the parts");
        }
    }

    private static void checkClaims(
            SelfAssessment assessment, FrameworkDefinition framework, IdPositions evidenceIds, ProblemList problems) {
        Map<String, Integer> seen = new HashMap<>();
        List<Claim> claims = assessment.claims();
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            if (claim == null) {
                continue;
            }
            DataPath path = DataPath.root().field("claims").index(i);
            if (claim.criterion() != null) {
                checkCriterion(path.field("criterion"), claim.criterion(), framework, problems);
                duplicate(
                        seen,
                        claim.criterion(),
                        i,
                        path.field("criterion"),
                        DataPath.root().field("claims"),
                        "claim for criterion",
                        problems);
            }
            checkLevel(path.field("level"), claim.level(), framework, problems);
            for (int j = 0; j < claim.evidence().size(); j++) {
                String ref = claim.evidence().get(j);
                if (ref != null && !ref.isBlank() && !evidenceIds.contains(ref)) {
                    problems.add(path.field("evidence").index(j), "'" + ref + "' is not in the evidence register");
                }
            }
        }
    }

    private static void checkCriterion(
            DataPath path, String criterion, FrameworkDefinition framework, ProblemList problems) {
        if (framework != null && framework.criterion(criterion).isEmpty()) {
            problems.unknown(
                    path,
                    criterion,
                    "a criterion of " + framework.id(),
                    framework.criteria().map(c -> c.id()).toList());
        }
    }

    private static void checkLevel(DataPath path, String level, FrameworkDefinition framework, ProblemList problems) {
        if (framework != null && level != null && framework.scale().level(level).isEmpty()) {
            List<String> levels = new ArrayList<>(
                    framework.scale().levels().stream().map(MaturityLevel::id).toList());
            levels.add(MaturityLevel.NOT_ASSESSED.id());
            problems.unknown(path, level, "a level on the scale of " + framework.id(), levels);
        }
    }

    private static void checkPeerReview(
            PeerReview review, FrameworkDefinition framework, Set<String> characteristics, ProblemList problems) {
        DataPath path = DataPath.root().field("peerReview");
        checkOrder(
                path.field("visitTo"),
                review.visitFrom(),
                review.visitTo(),
                "the visit ends",
                "before it starts",
                problems);
        // Feedback may be given on the visit's last day, but not before the peers have visited.
        checkOrder(
                path.field("feedbackOn"),
                review.visitFrom(),
                review.feedbackOn(),
                "the feedback is dated",
                "before the visit starts",
                problems);
        checkScope(path.field("scope"), review.scope(), framework, characteristics, problems);
        checkValidatedLevels(path, review, framework, problems);
        checkFeedback(path, review, framework, problems);
        if (review.award() != null) {
            checkLevel(path.field("award").field("level"), review.award().level(), framework, problems);
            checkOrder(
                    path.field("award").field("expiresOn"),
                    review.award().awardedOn(),
                    review.award().expiresOn(),
                    "the award expires",
                    "before it was made",
                    problems);
        }
    }

    /** Each validated level names a criterion of the framework once, at one of its levels. */
    private static void checkValidatedLevels(
            DataPath path, PeerReview review, FrameworkDefinition framework, ProblemList problems) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < review.validatedLevels().size(); i++) {
            ValidatedLevel v = review.validatedLevels().get(i);
            if (v == null) {
                continue;
            }
            DataPath at = path.field("validatedLevels").index(i);
            if (v.criterion() != null) {
                checkCriterion(at.field("criterion"), v.criterion(), framework, problems);
                duplicate(
                        seen,
                        v.criterion(),
                        i,
                        at.field("criterion"),
                        path.field("validatedLevels"),
                        "validated level for criterion",
                        problems);
            }
            checkLevel(at.field("level"), v.level(), framework, problems);
        }
    }

    /** Feedback names each module of the framework once; recommendation ids are plain and used once in the review. */
    private static void checkFeedback(
            DataPath path, PeerReview review, FrameworkDefinition framework, ProblemList problems) {
        Map<String, Integer> recommendations = new HashMap<>();
        Map<String, Integer> modules = new HashMap<>();
        List<String> moduleIds = framework == null
                ? null
                : framework.modules().stream().map(FrameworkModule::id).toList();
        for (int i = 0; i < review.feedback().size(); i++) {
            ModuleFeedback feedback = review.feedback().get(i);
            if (feedback == null) {
                continue;
            }
            DataPath at = path.field("feedback").index(i);
            if (feedback.module() != null) {
                if (moduleIds != null && !moduleIds.contains(feedback.module())) {
                    problems.unknown(at.field("module"), feedback.module(), "a module of " + framework.id(), moduleIds);
                }
                duplicate(
                        modules,
                        feedback.module(),
                        i,
                        at.field("module"),
                        path.field("feedback"),
                        "feedback for module",
                        problems);
            }
            for (int j = 0; j < feedback.recommendations().size(); j++) {
                Recommendation r = feedback.recommendations().get(j);
                if (r != null) {
                    DataPath idPath = at.field("recommendations").index(j).field("id");
                    LookAlikeIds.problem(r.id()).ifPresent(why -> problems.add(idPath, why));
                }
                if (r != null && r.id() != null && recommendations.putIfAbsent(r.id(), i) != null) {
                    problems.add(
                            at.field("recommendations").index(j).field("id"),
                            "recommendation id '" + r.id() + "' is used twice in the review");
                }
            }
        }
    }

    private static void checkActionPlan(
            ActionPlan plan, PeerReview review, FrameworkDefinition framework, ProblemList problems) {
        Set<String> seen = new HashSet<>();
        Map<String, Integer> recommendationEntries = new HashMap<>();
        Map<String, Integer> objectiveEntries = new HashMap<>();
        List<String> moduleIds = framework == null
                ? null
                : framework.modules().stream().map(FrameworkModule::id).toList();
        // Held to the review only when it answers it: a plan agreed before the visit answers an earlier review.
        List<String> recommendations = plan.canAnswer(review) ? review.recommendationIds() : null;
        for (int i = 0; i < plan.entries().size(); i++) {
            ActionPlanEntry entry = plan.entries().get(i);
            if (entry == null) {
                continue;
            }
            DataPath at = DataPath.root().field("actionPlan").field("entries").index(i);
            checkEntryKind(at, entry, problems);
            if (entry.module() != null && moduleIds != null && !moduleIds.contains(entry.module())) {
                problems.unknown(at.field("module"), entry.module(), "a module of " + framework.id(), moduleIds);
            }
            if (entry.id() != null && !entry.id().isBlank()) {
                String what = entry.answersObjective() ? "objective" : "recommendation";
                duplicate(
                        entry.answersObjective() ? objectiveEntries : recommendationEntries,
                        entry.id(),
                        i,
                        at.field(what),
                        DataPath.root().field("actionPlan").field("entries"),
                        "entry for " + what,
                        problems);
            }
            if (entry.recommendation() != null
                    && !entry.recommendation().isBlank()
                    && recommendations != null
                    && !recommendations.contains(entry.recommendation())) {
                problems.unknown(
                        at.field("recommendation"),
                        entry.recommendation(),
                        "a recommendation of the peer review (a council's own objective is written 'objective: ID')",
                        recommendations);
            }
            for (int j = 0; j < entry.actions().size(); j++) {
                PlannedAction action = entry.actions().get(j);
                if (action == null) {
                    continue;
                }
                DataPath path = at.field("actions").index(j);
                if (action.id() != null && !seen.add(action.id())) {
                    problems.add(path.field("id"), "action id '" + action.id() + "' is used twice in the plan");
                }
                checkAction(path, action, problems);
            }
        }
    }

    /** An entry answers one recommendation or states one objective, and a recommendation needs a response. */
    private static void checkEntryKind(DataPath at, ActionPlanEntry entry, ProblemList problems) {
        boolean recommendation = entry.recommendation() != null;
        boolean objective = entry.objective() != null;
        if (recommendation == objective) {
            problems.add(
                    at,
                    recommendation
                            ? "an entry answers a recommendation or states one of the council's own objectives, not both:"
                                    + " keep 'recommendation' or 'objective'"
                            : "give 'recommendation: ID' (the peer review's recommendation it answers) or 'objective: ID'"
                                    + " (one of the council's own objectives, with its 'text')");
            return;
        }
        String key = recommendation ? "recommendation" : "objective";
        if (entry.id().isBlank()) {
            problems.add(at.field(key), "must not be blank");
        }
        if (recommendation && entry.response() == null) {
            problems.add(
                    at.field("response"),
                    "recommendation " + entry.recommendation() + " needs the council's response: one of "
                            + String.join(
                                    ", ",
                                    Arrays.stream(RecommendationResponse.values())
                                            .map(r -> r.name().toLowerCase(Locale.ROOT))
                                            .toList()));
        }
        if (objective && (entry.text() == null || entry.text().isBlank())) {
            problems.add(
                    at.field("text"),
                    "objective " + entry.objective() + " needs its text: what the council will achieve");
        }
    }

    private static void checkAction(DataPath path, PlannedAction action, ProblemList problems) {
        placeholder(path.field("description"), action.description(), "say what will be done", problems);
        placeholder(path.field("lead"), action.lead(), "name the lead officer's role, e.g. Head of Policy", problems);
        placeholder(
                path.field("timescale"),
                action.timescale(),
                "give a period such as 'by March 2026', or replace it with a due date (due: YYYY-MM-DD)",
                problems);
        if (action.lead() != null && EMAIL.matcher(action.lead()).find()) {
            problems.add(
                    path.field("lead"),
                    "'" + action.lead().strip() + "' is an e-mail address; name the lead officer's role "
                            + "instead (e.g. Head of Policy): action plans are published, and a role outlives its post-holder");
        }
        impossible(path.field("timescale"), action.timescale(), problems);
        if (action.completed() != null && action.status() != null && action.status() != ActionStatus.COMPLETE) {
            problems.add(
                    path.field("completed"),
                    "action " + action.id() + " has a completion date but its status is "
                            + action.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + ": set 'status: complete', or remove 'completed'");
        }
        for (int k = 0; k < action.revisions().size(); k++) {
            Revision revision = action.revisions().get(k);
            if (revision == null) {
                continue;
            }
            DataPath at = path.field("revisions").index(k);
            if (revision.due() == null
                    && (revision.timescale() == null || revision.timescale().isBlank())) {
                problems.add(at, "a revision gives the new target: 'due: YYYY-MM-DD' or 'timescale: by March 2026'");
            }
            impossible(at.field("timescale"), revision.timescale(), problems);
        }
    }

    /** Reports a timescale that names a day that does not exist, such as "by 31 February 2024". */
    private static void impossible(DataPath path, String timescale, ProblemList problems) {
        if (timescale == null) {
            return;
        }
        Timescale read = Timescale.parse(timescale);
        if (read.kind() == Timescale.Kind.IMPOSSIBLE) {
            problems.add(path, read.problem().orElse("'" + timescale.strip() + "' is not a date"));
        }
    }

    /** Reports a value left as the template's placeholder; true when it was. */
    private static boolean placeholder(DataPath path, String value, String what, ProblemList problems) {
        if (value != null
                && value.strip().regionMatches(true, 0, ActionPlan.PLACEHOLDER, 0, ActionPlan.PLACEHOLDER.length())) {
            problems.add(path, "still '" + ActionPlan.PLACEHOLDER + "' from the plan template: " + what);
            return true;
        }
        return false;
    }

    private static void duplicate(
            Map<String, Integer> seen,
            String id,
            int index,
            DataPath path,
            DataPath listPath,
            String what,
            ProblemList problems) {
        LookAlikeIds.problem(id).ifPresent(why -> problems.add(path, why));
        Integer first = seen.putIfAbsent(id, index);
        if (first != null) {
            problems.add(path, "duplicate " + what + " '" + id + "'; the first is at " + listPath.index(first));
        }
    }

    /** Hashed, for a look-up per characteristic an item names; {@link #sorted} orders them for a message. */
    private static Set<String> ids(List<Characteristic> characteristics) {
        return characteristics.stream().map(Characteristic::id).collect(Collectors.toCollection(HashSet::new));
    }

    private static List<String> sorted(Set<String> ids) {
        return ids.stream().sorted().toList();
    }
}
