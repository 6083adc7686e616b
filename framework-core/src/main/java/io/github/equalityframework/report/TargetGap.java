package io.github.equalityframework.report;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * How far an assessment is from a target level.
 *
 * @param target     the target level id
 * @param met        whether every criterion in scope reached it
 * @param shortfalls the criteria below the target, furthest first, then in framework order
 */
@API(status = STABLE, since = "0.1")
public record TargetGap(String target, boolean met, List<CriterionGap> shortfalls) {
    public TargetGap {
        shortfalls = List.copyOf(shortfalls);
    }
}
