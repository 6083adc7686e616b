package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One action of an action plan.
 *
 * @param id          unique id within the plan, e.g. {@code A1.2}
 * @param description what will be done
 * @param lead        the lead officer or team
 * @param due         when it is due
 * @param status      where it stands
 * @param progress    dated progress notes, oldest first, never {@code null}
 * @param nextSteps   what happens next, may be {@code null}
 */
@API(status = STABLE, since = "0.1")
public record PlannedAction(
        @NotBlank String id,
        @NotBlank String description,
        @NotBlank String lead,
        @NotNull LocalDate due,
        @NotNull ActionStatus status,
        List<@NotNull @Valid ProgressNote> progress,
        String nextSteps) {

    public PlannedAction {
        progress = Lists.copy(progress);
    }
}
