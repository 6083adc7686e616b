package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One action of an action plan. Its timescale is a due date, a period in words such as "by March 2025",
 * or both (the date then counts and the words are how the plan puts it); see {@link #dueDate()}.
 *
 * @param id          unique id within the plan, e.g. {@code A1.2}
 * @param description what will be done
 * @param lead        the lead officer's role or team (e.g. Head of Policy), not a person's name or e-mail:
 *                    plans are published and roles outlive post-holders
 * @param due         when it is due, may be {@code null} when {@code timescale} is given
 * @param timescale   the timescale in words, e.g. "by March 2025", may be {@code null} when {@code due} is given
 * @param status      where it stands, as the council states it
 * @param progress    dated progress notes, oldest first, never {@code null}
 * @param nextSteps   what happens next, may be {@code null}
 */
@API(status = STABLE, since = "0.1")
public record PlannedAction(
        @NotBlank String id,
        @NotBlank String description,
        @NotBlank String lead,
        LocalDate due,
        String timescale,
        @NotNull ActionStatus status,
        List<@NotNull @Valid ProgressNote> progress,
        String nextSteps) {

    public PlannedAction {
        progress = Lists.copy(progress);
    }

    /** An action due on a date, with no timescale in words. */
    public PlannedAction(
            String id,
            String description,
            String lead,
            LocalDate due,
            ActionStatus status,
            List<ProgressNote> progress,
            String nextSteps) {
        this(id, description, lead, due, null, status, progress, nextSteps);
    }

    /** The due date: {@code due}, else the date the timescale's words stand for ({@link Timescale#resolve}). */
    public Optional<LocalDate> dueDate() {
        return due != null ? Optional.of(due) : Timescale.resolve(timescale);
    }

    /**
     * The status on a day: {@link ActionStatus#OVERDUE} when the action is not complete and its due date is
     * before that day, whatever it states; otherwise the status stated. Due today is not yet overdue.
     */
    public ActionStatus statusOn(LocalDate today) {
        boolean late = status != ActionStatus.COMPLETE
                && dueDate().map(d -> d.isBefore(today)).orElse(false);
        return late ? ActionStatus.OVERDUE : status;
    }

    /** When a complete action was completed: the date of its latest progress note; empty otherwise. */
    public Optional<LocalDate> completedOn() {
        if (status != ActionStatus.COMPLETE) {
            return Optional.empty();
        }
        return progress.stream()
                .filter(p -> p != null && p.date() != null)
                .map(ProgressNote::date)
                .max(LocalDate::compareTo);
    }
}
