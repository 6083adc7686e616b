package io.github.equalityframework.report.render;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.report.CouncilProgress.StatusToday;
import io.github.equalityframework.report.PlanToday;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an action plan stands on the day the report judges it ({@link ReportInput#today()}): each action's
 * status today by the rule {@code eflg progress} uses ({@link PlanToday}), so that the plan
 * section, the headline and the findings about actions agree.
 *
 * @param asOf    the day the plan is judged on
 * @param draft   whether the plan is a draft, whose actions are proposed
 * @param counts  actions per status today, in the order of {@link StatusToday}, zeros included
 * @param actions every action with its entry and status today, in plan order
 * @param texts   the words of each recommendation or objective by id: the review's, else the entry's own
 */
record ActionPlanStatus(
        LocalDate asOf,
        boolean draft,
        Map<StatusToday, Integer> counts,
        List<Item> actions,
        Map<String, String> texts) {

    /** An action, the entry it belongs to and its status today. */
    record Item(ActionPlanEntry entry, PlannedAction action, StatusToday status) {}

    static Optional<ActionPlanStatus> of(ReportInput in) {
        return in.assessment().plan().map(plan -> of(in, plan));
    }

    private static ActionPlanStatus of(ReportInput in, ActionPlan plan) {
        // One rule for the JSON report, these tables and eflg progress: PlanToday, in plan order.
        List<PlanToday.ActionToday> today = PlanToday.of(in.assessment(), in.report(), in.framework(), in.today())
                .actions();
        Map<StatusToday, Integer> counts = new EnumMap<>(StatusToday.class);
        for (StatusToday status : StatusToday.values()) {
            counts.put(status, 0);
        }
        List<Item> actions = new ArrayList<>();
        for (ActionPlanEntry entry : plan.entries()) {
            if (entry == null) {
                continue;
            }
            for (PlannedAction action : entry.actions()) {
                if (action == null) {
                    continue;
                }
                StatusToday status = today.get(actions.size()).status();
                counts.merge(status, 1, Integer::sum);
                actions.add(new Item(entry, action, status));
            }
        }
        return new ActionPlanStatus(
                in.today(),
                plan.inDraft(),
                Collections.unmodifiableMap(counts),
                List.copyOf(actions),
                Collections.unmodifiableMap(texts(in, plan)));
    }

    private static Map<String, String> texts(ReportInput in, ActionPlan plan) {
        Map<String, String> texts = new LinkedHashMap<>();
        in.assessment()
                .review()
                .ifPresent(review -> review.feedbackToAnswer().stream()
                        .flatMap(f -> f.recommendations().stream())
                        .filter(r -> r != null && r.id() != null && r.text() != null)
                        .forEach(r -> texts.putIfAbsent(r.id(), r.text().strip())));
        plan.entries().stream()
                .filter(e -> e != null
                        && e.id() != null
                        && e.text() != null
                        && !e.text().isBlank())
                .forEach(e -> texts.putIfAbsent(e.id(), e.text().strip()));
        return texts;
    }

    /** The words of the recommendation or objective an entry answers, or {@code null} when none are known. */
    String text(ActionPlanEntry entry) {
        return texts.get(entry.id());
    }

    /** The status today of one action of the plan. */
    StatusToday status(PlannedAction action) {
        return actions.stream()
                .filter(item -> item.action() == action)
                .map(Item::status)
                .findFirst()
                .orElse(StatusToday.NO_DATE);
    }

    /** The actions overdue today, in plan order. */
    List<Item> overdue() {
        return actions.stream()
                .filter(item -> item.status() == StatusToday.OVERDUE)
                .toList();
    }

    /** The counts a table shows: every status but "proposed" for a plan in force; a draft's counts as they are. */
    Map<StatusToday, Integer> shown() {
        Map<StatusToday, Integer> shown = new LinkedHashMap<>();
        counts.forEach((status, n) -> {
            if (n > 0 || (!draft && status != StatusToday.PROPOSED)) {
                shown.put(status, n);
            }
        });
        return shown;
    }

    /** "Recommendation R1: Publish ..." words beside an id; the id alone when no words are known. */
    static String withText(String id, String text) {
        return text == null ? Objects.toString(id, "") : id + ": " + text;
    }
}
