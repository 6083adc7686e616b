package io.github.equalityframework.workforce;

/** Whether an employee has told the employer they are disabled. */
public enum DisabilityStatus {
    DISABLED,
    NOT_DISABLED,
    /** Left blank, "prefer not to say" or not known: counted in declaration rates, left out of disability figures. */
    NOT_DECLARED
}
