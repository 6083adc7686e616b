package io.github.equalityframework.workforce;

/** An employee's sex as the payroll records it. */
public enum Sex {
    MALE,
    FEMALE,
    /**
     * Recorded as neither male nor female, or not recorded. Counted as a relevant employee but left out
     * of the gender pay gap figures, whose formulas compare men and women only.
     */
    OTHER_OR_NOT_RECORDED
}
