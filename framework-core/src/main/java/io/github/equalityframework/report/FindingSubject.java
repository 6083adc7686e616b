package io.github.equalityframework.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.DataPath;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * What a finding's path points into, and the finding's subject named by id rather than by list position:
 * {@code claims[3].evidence[0]} is about {@code criterion m1/c2.evidence[0]}, {@code evidence[5]} about
 * {@code evidence ev-06}, {@code actionPlan.entries[0].actions[2]} about {@code action A3}. Lists change from year to
 * year and between a report and its reader, ids do not: reports name subjects this way, and findings of two years
 * are matched by it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FindingSubject {
    private static final DataPath CLAIMS = DataPath.root().field("claims");
    private static final DataPath EVIDENCE = DataPath.root().field("evidence");
    private static final DataPath ENTRIES = DataPath.root().field("actionPlan").field("entries");

    private FindingSubject() {}

    /** The claim the path lies in ({@code claims[i]...}), if the assessment has it. */
    public static Optional<Claim> claim(SelfAssessment assessment, String path) {
        return DataPath.parse(path).flatMap(p -> claim(assessment, p));
    }

    /** The evidence item the path lies in ({@code evidence[i]...}), if the assessment has it. */
    public static Optional<EvidenceItem> evidence(SelfAssessment assessment, String path) {
        return DataPath.parse(path).flatMap(p -> evidence(assessment, p));
    }

    /** The planned action the path lies in ({@code actionPlan.entries[i].actions[j]...}), if the assessment has it. */
    public static Optional<PlannedAction> action(SelfAssessment assessment, String path) {
        return DataPath.parse(path).flatMap(p -> action(assessment, p));
    }

    /**
     * The path with its leading list position replaced by the id of what it points into: {@code criterion m1/c2},
     * {@code evidence ev-06} or {@code action A3}, followed by the rest of the path; the path itself when it points
     * into none of them or what it points into has no id.
     */
    public static String named(SelfAssessment assessment, String path) {
        Optional<DataPath> parsed = DataPath.parse(path);
        if (parsed.isEmpty()) {
            return path;
        }
        DataPath p = parsed.get();
        Optional<String> criterion = claim(assessment, p).map(Claim::criterion);
        if (criterion.isPresent()) {
            return "criterion " + criterion.get() + rest(p, CLAIMS);
        }
        Optional<String> evidence = evidence(assessment, p).map(EvidenceItem::id);
        if (evidence.isPresent()) {
            return "evidence " + evidence.get() + rest(p, EVIDENCE);
        }
        Optional<String> action = action(assessment, p).map(PlannedAction::id);
        if (action.isPresent()) {
            return "action " + action.get()
                    + rest(p, actions(p.indexWithin(ENTRIES).getAsInt()));
        }
        return path;
    }

    private static Optional<Claim> claim(SelfAssessment assessment, DataPath path) {
        return element(assessment.claims(), path.indexWithin(CLAIMS));
    }

    private static Optional<EvidenceItem> evidence(SelfAssessment assessment, DataPath path) {
        return element(assessment.evidence(), path.indexWithin(EVIDENCE));
    }

    private static Optional<PlannedAction> action(SelfAssessment assessment, DataPath path) {
        ActionPlan plan = assessment.actionPlan();
        if (plan == null) {
            return Optional.empty();
        }
        OptionalInt entry = path.indexWithin(ENTRIES);
        return element(plan.entries(), entry)
                .flatMap((ActionPlanEntry e) -> element(e.actions(), path.indexWithin(actions(entry.getAsInt()))));
    }

    private static DataPath actions(int entry) {
        return ENTRIES.index(entry).field("actions");
    }

    /**
     * What follows the element of {@code list} that the path lies in, written to follow a name: {@code .evidence[0]}
     * of {@code claims[3].evidence[0]} in {@code claims}, {@code [1]} of {@code claims[3][1]}; empty when the path is
     * the element itself.
     */
    private static String rest(DataPath path, DataPath list) {
        String rest =
                path.relativeTo(list.index(path.indexWithin(list).getAsInt())).toString();
        return rest.isEmpty() || rest.startsWith("[") ? rest : "." + rest;
    }

    private static <T> Optional<T> element(List<T> list, OptionalInt index) {
        return index.isPresent() && index.getAsInt() < list.size()
                ? Optional.ofNullable(list.get(index.getAsInt()))
                : Optional.empty();
    }
}
