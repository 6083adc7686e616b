package io.github.equalityframework.workforce;

import java.math.BigDecimal;

/** Employee records for tests. */
final class Employees {
    private Employees() {}

    /** A full-pay relevant employee with no bonus, ethnicity or disability declared. */
    static EmployeeRecord fullPay(String id, Sex sex, String hourly) {
        return employee(id, sex, null, DisabilityStatus.NOT_DECLARED, hourly, "0");
    }

    static EmployeeRecord employee(
            String id, Sex sex, String ethnicGroup, DisabilityStatus disability, String hourly, String bonus) {
        return new EmployeeRecord(
                id,
                sex,
                ethnicGroup,
                disability,
                null,
                new BigDecimal(hourly),
                new BigDecimal(bonus),
                true,
                true,
                null,
                null);
    }
}
