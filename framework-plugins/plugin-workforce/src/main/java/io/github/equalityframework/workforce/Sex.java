package io.github.equalityframework.workforce;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** An employee's sex as the payroll records it. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Sex {
    MALE,
    FEMALE,
    /**
     * Recorded as neither male nor female, or not recorded. Counted as a relevant employee but left out
     * of the gender pay gap figures, whose formulas compare men and women only.
     */
    OTHER_OR_NOT_RECORDED
}
