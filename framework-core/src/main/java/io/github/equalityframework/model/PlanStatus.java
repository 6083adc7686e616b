package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Whether an action plan is in force. Written in data files in lower case. A draft (for example next year's plan,
 * brought to the same meeting as this year's progress) is reported beside the adopted plans but none of its
 * actions is ever overdue.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum PlanStatus {
    DRAFT,
    ADOPTED
}
