package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Where an action stands. Written in data files in lower case, e.g. {@code in_progress}. */
@API(status = STABLE, since = "0.1")
public enum ActionStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETE,
    DEFERRED
}
