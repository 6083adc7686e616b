package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Where an action stands, as the council states it. Written in data files in lower case, e.g.
 * {@code on_track}. {@link PlannedAction#statusOn} gives the status a report shows: an action past its
 * due date and not complete is {@link #OVERDUE} whatever it states.
 *
 * <p>Earlier versions had {@code in_progress} and {@code deferred}; files using them are refused with a
 * message naming the statuses that replace them ({@code on_track} or {@code at_risk}), since which one
 * applies is the council's judgement, not something a reader can infer.
 */
@API(status = STABLE, since = "0.1")
public enum ActionStatus {
    NOT_STARTED,
    ON_TRACK,
    AT_RISK,
    OVERDUE,
    COMPLETE
}
