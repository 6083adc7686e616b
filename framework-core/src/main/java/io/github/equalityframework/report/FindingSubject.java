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
        return DataPath.parse(path).flatMap(p -> element(assessment.claims(), p.indexWithin(CLAIMS)));
    }

    /** The evidence item the path lies in ({@code evidence[i]...}), if the assessment has it. */
    public static Optional<EvidenceItem> evidence(SelfAssessment assessment, String path) {
        return DataPath.parse(path).flatMap(p -> element(assessment.evidence(), p.indexWithin(EVIDENCE)));
    }

    /** The planned action the path lies in ({@code actionPlan.entries[i].actions[j]...}), if the assessment has it. */
    public static Optional<PlannedAction> action(SelfAssessment assessment, String path) {
        ActionPlan plan = assessment.actionPlan();
        Optional<DataPath> parsed = DataPath.parse(path);
        if (plan == null || parsed.isEmpty()) {
            return Optional.empty();
        }
        OptionalInt entry = parsed.get().indexWithin(ENTRIES);
        return element(plan.entries(), entry)
                .flatMap((ActionPlanEntry e) -> element(
                        e.actions(),
                        parsed.get().indexWithin(ENTRIES.index(entry.getAsInt()).field("actions"))));
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
        Optional<String> criterion = claim(assessment, path).map(Claim::criterion);
        if (criterion.isPresent()) {
            return "criterion " + criterion.get()
                    + rest(path, CLAIMS.index(p.indexWithin(CLAIMS).getAsInt()));
        }
        Optional<String> evidence = evidence(assessment, path).map(EvidenceItem::id);
        if (evidence.isPresent()) {
            return "evidence " + evidence.get()
                    + rest(path, EVIDENCE.index(p.indexWithin(EVIDENCE).getAsInt()));
        }
        Optional<String> action = action(assessment, path).map(PlannedAction::id);
        if (action.isPresent()) {
            int entry = p.indexWithin(ENTRIES).getAsInt();
            DataPath actions = ENTRIES.index(entry).field("actions");
            return "action " + action.get()
                    + rest(path, actions.index(p.indexWithin(actions).getAsInt()));
        }
        return path;
    }

    /** What follows {@code prefix} in {@code path}, which lies in it: paths are written one way only. */
    private static String rest(String path, DataPath prefix) {
        return path.substring(prefix.toString().length());
    }

    private static <T> Optional<T> element(List<T> list, OptionalInt index) {
        return index.isPresent() && index.getAsInt() < list.size()
                ? Optional.ofNullable(list.get(index.getAsInt()))
                : Optional.empty();
    }
}
