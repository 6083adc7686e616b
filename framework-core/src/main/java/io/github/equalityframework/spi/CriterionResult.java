package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The levels of one criterion, side by side. Level values are ids on the framework's scale, or
 * {@code not-assessed}.
 *
 * @param criterion the criterion id
 * @param module    the id of its module
 * @param title     the criterion's title
 * @param claimed   the level the council claimed ({@code not-assessed} without a claim)
 * @param evidenced the level the evidence supports by the scoring rules, or {@code null} when no
 *                  scoring rule applies
 * @param validated the level a peer review validated, or {@code null}
 * @param reached   the level counted: the validated level when there is one, else the lower of the
 *                  claimed and the evidenced level
 * @param reasons   why the scoring rules gave the evidenced level, never {@code null}
 */
@API(status = STABLE, since = "0.1")
public record CriterionResult(
        String criterion,
        String module,
        String title,
        String claimed,
        String evidenced,
        String validated,
        String reached,
        List<String> reasons) {

    public CriterionResult {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
