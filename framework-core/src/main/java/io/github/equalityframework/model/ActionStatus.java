package io.github.equalityframework.model;

/** Where an action stands. Written in data files in lower case, e.g. {@code in_progress}. */
public enum ActionStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETE,
    DEFERRED
}
