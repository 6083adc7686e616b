package io.github.equalityframework.report;

/**
 * A criterion that falls short of the target level.
 *
 * @param criterion the criterion id
 * @param reached   the level it reached
 * @param steps     how many levels it is below the target
 */
public record CriterionGap(String criterion, String reached, int steps) {}
