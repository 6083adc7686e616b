package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * The council's action plan in answer to a peer challenge or its own self-assessment.
 *
 * @param agreedOn when the plan was agreed, may be {@code null}
 * @param entries  one entry per recommendation, never {@code null}
 */
@API(status = STABLE, since = "0.1")
public record ActionPlan(LocalDate agreedOn, List<@NotNull @Valid ActionPlanEntry> entries) {

    /**
     * What a plan template holds where the council has still to decide (response, description, lead,
     * timescale); validation reports every value that is or starts with it.
     */
    public static final String PLACEHOLDER = "TO DO";

    public ActionPlan {
        entries = Lists.copy(entries);
    }

    /** Every action of every entry, in plan order. */
    public Stream<PlannedAction> actions() {
        return entries.stream().flatMap(e -> e.actions().stream());
    }
}
