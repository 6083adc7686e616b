package io.github.equalityframework.workforce;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The fields of an employee record in a CSV file, each with its default header. Required columns must
 * be in the header; an optional column may be left out, and then every employee's value is blank.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Column {
    /** Pseudonymous employee id, unique. Required. */
    EMPLOYEE_ID("employee_id", true),
    /** {@code male}/{@code m}, {@code female}/{@code f}, or {@code other}/{@code not known}. Required. */
    SEX("sex", true),
    /** The employee's ethnic group in the employer's categories; blank or "prefer not to say" when not declared. */
    ETHNIC_GROUP("ethnic_group", false),
    /** {@code yes}/{@code disabled}, {@code no}/{@code not disabled}; blank or "prefer not to say" when not declared. */
    DISABILITY("disability", false),
    /** Grade or pay band. */
    GRADE("grade", false),
    /** Hourly rate of pay in pounds, e.g. {@code 14.25}; required for full-pay relevant employees. */
    HOURLY_PAY("hourly_pay", true),
    /** Bonus pay in the 12 months to the snapshot date, in pounds; blank means none. */
    BONUS_PAY("bonus_pay", false),
    /** {@code yes}/{@code no}: employed on the snapshot date. Required. */
    RELEVANT("relevant", true),
    /** {@code yes}/{@code no}: relevant and on full pay in the pay period. Required. */
    FULL_PAY_RELEVANT("full_pay_relevant", true),
    /** Contract type, free text. */
    CONTRACT("contract", false),
    /** Working pattern, free text. */
    WORKING_PATTERN("working_pattern", false);

    private final String defaultHeader;
    private final boolean required;

    Column(String defaultHeader, boolean required) {
        this.defaultHeader = defaultHeader;
        this.required = required;
    }

    /** The header this column has unless a {@link ColumnMapping} renames it. */
    public String defaultHeader() {
        return defaultHeader;
    }

    /** Whether a file must have this column. */
    public boolean required() {
        return required;
    }
}
