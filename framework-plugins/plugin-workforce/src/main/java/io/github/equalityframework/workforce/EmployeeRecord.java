package io.github.equalityframework.workforce;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One employee on the snapshot date, pseudonymous. The pay figures are those the gender pay gap
 * regulations define; the employer's payroll calculates them, this library does not.
 *
 * @param id              a pseudonymous id, unique in the file; never a name or payroll number
 * @param sex             as the payroll records it
 * @param ethnicGroup     the employee's own ethnic group, as worded in the employer's categories, or
 *                        {@code null} when not declared
 * @param disability      whether the employee has declared a disability
 * @param grade           grade or pay band, or {@code null}
 * @param hourlyPay       the hourly rate of pay in the pay period that includes the snapshot date
 *                        (ordinary pay and bonus pay in that period, per hour worked, in pounds), or
 *                        {@code null} when the employee is not a full-pay relevant employee
 * @param bonusPay        bonus pay received in the 12 months ending with the snapshot date, in pounds;
 *                        zero when none
 * @param relevant        employed on the snapshot date (a relevant employee)
 * @param fullPayRelevant a relevant employee not paid at a reduced rate or nil in the pay period because
 *                        of leave (a full-pay relevant employee)
 * @param contract        the contract type (e.g. permanent, fixed-term), or {@code null}
 * @param workingPattern  the working pattern (e.g. full-time, part-time), or {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EmployeeRecord(
        String id,
        Sex sex,
        String ethnicGroup,
        DisabilityStatus disability,
        String grade,
        BigDecimal hourlyPay,
        BigDecimal bonusPay,
        boolean relevant,
        boolean fullPayRelevant,
        String contract,
        String workingPattern) {

    public EmployeeRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(disability, "disability");
        bonusPay = bonusPay == null ? BigDecimal.ZERO : bonusPay;
        if (fullPayRelevant && !relevant) {
            throw new IllegalArgumentException("employee " + id + " is full-pay relevant but not relevant");
        }
        if (fullPayRelevant && (hourlyPay == null || hourlyPay.signum() <= 0)) {
            throw new IllegalArgumentException(
                    "employee " + id + " is full-pay relevant and needs an hourly pay above 0");
        }
        if (bonusPay.signum() < 0) {
            throw new IllegalArgumentException("employee " + id + " has a negative bonus");
        }
    }

    /** Whether the employee was paid any bonus in the 12 months to the snapshot date. */
    public boolean paidBonus() {
        return bonusPay.signum() > 0;
    }
}
