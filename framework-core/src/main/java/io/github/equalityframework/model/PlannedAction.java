package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One action of an action plan. Its target is a due date, a timescale in words as the plan writes it ("by the end
 * of 2024/25", "Q3 2023/24", "within 6 months", "ongoing"; see {@link Timescale}), or both (the date then counts
 * and the words are how the plan puts it). The target is the one the plan first set; later changes agreed by the
 * council are {@code revisions}, so a report can say what slipped and why.
 *
 * @param id          unique id within the plan, e.g. {@code A1.2}
 * @param description what will be done
 * @param lead        the lead officer's role or team (e.g. Head of Policy), not a person's name or e-mail:
 *                    plans are published and roles outlive post-holders
 * @param roles       the roles this action concerns when they differ from its entry's, never {@code null}
 * @param due         when it is due as the plan first set it, may be {@code null}
 * @param timescale   the timescale in words as the plan first set it, may be {@code null}
 * @param status      where it stands, as the council states it
 * @param completed   the day it was completed, for a complete action; may be {@code null} (then not known)
 * @param revisions   later targets agreed, oldest first, never {@code null}
 * @param progress    dated progress notes, oldest first, never {@code null}
 * @param nextSteps   what happens next, may be {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PlannedAction(
        @NotBlank String id,
        @NotBlank String description,
        @NotBlank String lead,
        List<@NotNull CouncilRole> roles,
        LocalDate due,
        String timescale,
        @NotNull ActionStatus status,
        LocalDate completed,
        List<@NotNull @Valid Revision> revisions,
        List<@NotNull @Valid ProgressNote> progress,
        String nextSteps) {

    public PlannedAction {
        roles = Lists.copy(roles);
        revisions = Lists.copy(revisions);
        progress = Lists.copy(progress);
    }

    /** An action with no roles of its own, no completion date and no revisions. */
    public PlannedAction(
            String id,
            String description,
            String lead,
            LocalDate due,
            String timescale,
            ActionStatus status,
            List<ProgressNote> progress,
            String nextSteps) {
        this(id, description, lead, List.of(), due, timescale, status, null, List.of(), progress, nextSteps);
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

    /** The target a due date and timescale stand for: the date as a day when there is one, else the words read. */
    static Timescale target(LocalDate due, String timescale) {
        return due != null ? Timescale.parse(due.toString()) : Timescale.parse(timescale);
    }

    /** Whether the action states no target at all: neither a due date nor a timescale. */
    public boolean hasNoTarget() {
        return due == null && (timescale == null || timescale.isBlank());
    }

    /** The target the plan first set, a period after the plan's agreement read from {@code planAgreed}. */
    public Timescale originalTarget(LocalDate planAgreed) {
        return target(due, timescale).from(planAgreed);
    }

    /**
     * The target the action is now held to: the latest revision's (a period after its agreement read from that
     * date, or from {@code planAgreed} when the revision is undated), else the original.
     */
    public Timescale currentTarget(LocalDate planAgreed) {
        if (revisions.isEmpty()) {
            return originalTarget(planAgreed);
        }
        Revision latest = revisions.get(revisions.size() - 1);
        return latest.target().from(latest.agreed() != null ? latest.agreed() : planAgreed);
    }

    /** The last day of the current target, when it has one; a period after the plan's agreement has none here. */
    public Optional<LocalDate> dueDate() {
        return dueDate(null);
    }

    /** The last day of the current target, reading a period after the plan's agreement from {@code planAgreed}. */
    public Optional<LocalDate> dueDate(LocalDate planAgreed) {
        return currentTarget(planAgreed).end();
    }

    /**
     * The status on a day: {@link ActionStatus#OVERDUE} when the action is not complete and the last day of its
     * current target is before that day, whatever it states; otherwise the status stated. Due today is not yet
     * overdue; an action with no dated target is never overdue.
     */
    public ActionStatus statusOn(LocalDate today, LocalDate planAgreed) {
        boolean late = status != ActionStatus.COMPLETE
                && dueDate(planAgreed).map(d -> d.isBefore(today)).orElse(false);
        return late ? ActionStatus.OVERDUE : status;
    }

    /** {@link #statusOn(LocalDate, LocalDate)} for a plan with no agreement date. */
    public ActionStatus statusOn(LocalDate today) {
        return statusOn(today, null);
    }

    /**
     * When a complete action was completed: its {@code completed} date. Empty when it is not complete or the date
     * is not given; never inferred from progress notes, which are often written months later for a committee.
     */
    public Optional<LocalDate> completedOn() {
        return status == ActionStatus.COMPLETE ? Optional.ofNullable(completed) : Optional.empty();
    }

    /** This planned action with {@code id} in place of its own. */
    public PlannedAction withId(String id) {
        return toBuilder().id(id).build();
    }

    /** This planned action with {@code lead} in place of its own. */
    public PlannedAction withLead(String lead) {
        return toBuilder().lead(lead).build();
    }

    /** This planned action with {@code status} in place of its own. */
    public PlannedAction withStatus(ActionStatus status) {
        return toBuilder().status(status).build();
    }

    /** This planned action with {@code completed} in place of its own. */
    public PlannedAction withCompleted(LocalDate completed) {
        return toBuilder().completed(completed).build();
    }

    /** This planned action with {@code revisions} in place of its own. */
    public PlannedAction withRevisions(List<Revision> revisions) {
        return toBuilder().revisions(revisions).build();
    }

    /** This planned action with {@code progress} in place of its own. */
    public PlannedAction withProgress(List<ProgressNote> progress) {
        return toBuilder().progress(progress).build();
    }

    /** This planned action with {@code nextSteps} in place of its own. */
    public PlannedAction withNextSteps(String nextSteps) {
        return toBuilder().nextSteps(nextSteps).build();
    }

    /**
     * A builder with no component set: {@link Builder#build()} gives what the canonical constructor gives for the
     * components left unset ({@code null}; empty lists and defaults where the constructor supplies them).
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this planned action's components. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a planned action a component at a time, for callers that set a few of its many components by name.
     * {@link #build()} calls the canonical constructor, so the result is the same immutable record, with the same
     * defaults and copies, as the constructor would give; lists are copied when it is built. A builder is not
     * thread-safe; it may build any number of records.
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static final class Builder {
        private String id;
        private String description;
        private String lead;
        private List<CouncilRole> roles;
        private LocalDate due;
        private String timescale;
        private ActionStatus status;
        private LocalDate completed;
        private List<Revision> revisions;
        private List<ProgressNote> progress;
        private String nextSteps;

        private Builder() {}

        private Builder(PlannedAction from) {
            id = from.id;
            description = from.description;
            lead = from.lead;
            roles = from.roles;
            due = from.due;
            timescale = from.timescale;
            status = from.status;
            completed = from.completed;
            revisions = from.revisions;
            progress = from.progress;
            nextSteps = from.nextSteps;
        }

        /** Sets {@link PlannedAction#id()}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets {@link PlannedAction#description()}. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Sets {@link PlannedAction#lead()}. */
        public Builder lead(String lead) {
            this.lead = lead;
            return this;
        }

        /** Sets {@link PlannedAction#roles()}. */
        public Builder roles(List<CouncilRole> roles) {
            this.roles = roles;
            return this;
        }

        /** Sets {@link PlannedAction#due()}. */
        public Builder due(LocalDate due) {
            this.due = due;
            return this;
        }

        /** Sets {@link PlannedAction#timescale()}. */
        public Builder timescale(String timescale) {
            this.timescale = timescale;
            return this;
        }

        /** Sets {@link PlannedAction#status()}. */
        public Builder status(ActionStatus status) {
            this.status = status;
            return this;
        }

        /** Sets {@link PlannedAction#completed()}. */
        public Builder completed(LocalDate completed) {
            this.completed = completed;
            return this;
        }

        /** Sets {@link PlannedAction#revisions()}. */
        public Builder revisions(List<Revision> revisions) {
            this.revisions = revisions;
            return this;
        }

        /** Sets {@link PlannedAction#progress()}. */
        public Builder progress(List<ProgressNote> progress) {
            this.progress = progress;
            return this;
        }

        /** Sets {@link PlannedAction#nextSteps()}. */
        public Builder nextSteps(String nextSteps) {
            this.nextSteps = nextSteps;
            return this;
        }

        /** A new planned action of the components set. */
        public PlannedAction build() {
            return new PlannedAction(
                    id, description, lead, roles, due, timescale, status, completed, revisions, progress, nextSteps);
        }
    }
}
