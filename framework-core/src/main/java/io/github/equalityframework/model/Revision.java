package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A change to an action's target agreed after the plan: the new due date or timescale, when it was agreed and
 * why. The action keeps the target the plan first set; its revisions follow in the order they were agreed, and
 * the latest is the one the action is now held to.
 *
 * @param due       the new due date, may be {@code null} when {@code timescale} is given
 * @param timescale the new timescale in words ("by March 2023"), may be {@code null} when {@code due} is given
 * @param agreed    when the change was agreed, e.g. the date of the cabinet or scrutiny meeting; may be {@code null}
 * @param reason    why the date moved, may be {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Revision(LocalDate due, String timescale, LocalDate agreed, String reason) {

    /** The revised target: {@code due} as a day, else the timescale's words read ({@link Timescale#parse}). */
    public Timescale target() {
        return PlannedAction.target(due, timescale);
    }

    /** The reason, when one is given. */
    public Optional<String> why() {
        return Optional.ofNullable(reason).filter(r -> !r.isBlank());
    }
}
