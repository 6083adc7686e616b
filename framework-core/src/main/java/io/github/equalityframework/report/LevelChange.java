package io.github.equalityframework.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How one level moved between two assessments.
 *
 * @param id     the criterion or module id, or {@code overall}
 * @param title  its title
 * @param before the level reached in the earlier assessment ({@code not-assessed} when absent)
 * @param after  the level reached in the later assessment
 * @param change up, down or same
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LevelChange(String id, String title, String before, String after, Direction change) {

    /** The direction of a change of level. */
    public enum Direction {
        UP,
        SAME,
        DOWN
    }
}
