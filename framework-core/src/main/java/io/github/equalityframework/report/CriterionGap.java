package io.github.equalityframework.report;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A criterion that falls short of the target level.
 *
 * @param criterion the criterion id
 * @param reached   the level it reached
 * @param steps     how many levels it is below the target
 */
@API(status = STABLE, since = "0.1")
public record CriterionGap(String criterion, String reached, int steps) {}
