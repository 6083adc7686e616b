package io.github.equalityframework.workforce;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Whether an employee has told the employer they are disabled. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum DisabilityStatus {
    DISABLED,
    NOT_DISABLED,
    /** Left blank, "prefer not to say" or not known: counted in declaration rates, left out of disability figures. */
    NOT_DECLARED
}
