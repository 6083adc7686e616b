package io.github.equalityframework.report;

import java.util.List;

/**
 * How far an assessment is from a target level.
 *
 * @param target     the target level id
 * @param met        whether every criterion in scope reached it
 * @param shortfalls the criteria below the target, furthest first, then in framework order
 */
public record TargetGap(String target, boolean met, List<CriterionGap> shortfalls) {
    public TargetGap {
        shortfalls = List.copyOf(shortfalls);
    }
}
