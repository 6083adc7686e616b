package io.github.equalityframework.workforce;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Employees kept as columns give back exactly the records put in, amounts to the last digit and scale. */
class EmployeeColumnsTest {

    @Provide
    Arbitrary<List<EmployeeRecord>> staff() {
        Arbitrary<BigDecimal> amount = Arbitraries.oneOf(
                Arbitraries.bigDecimals()
                        .between(new BigDecimal("0.01"), new BigDecimal("999.9999"))
                        .ofScale(4),
                Arbitraries.of(
                        new BigDecimal("12.50"),
                        new BigDecimal("12.5"),
                        new BigDecimal("9"),
                        // Wider than a long: kept exactly all the same.
                        new BigDecimal("123456789012345678901234.5")));
        Arbitrary<EmployeeRecord> employee = Combinators.combine(
                        Arbitraries.of(Sex.values()),
                        Arbitraries.of("White British", "Asian", " white british ")
                                .injectNull(0.2),
                        Arbitraries.of(DisabilityStatus.values()),
                        Arbitraries.of("Grade 1", "Grade 2").injectNull(0.2),
                        amount,
                        Arbitraries.oneOf(Arbitraries.just(BigDecimal.ZERO), amount),
                        Arbitraries.of(0, 1, 2))
                .as((sex, ethnic, disability, grade, hourly, bonus, kind) -> new EmployeeRecord(
                        "e" + System.identityHashCode(hourly) + kind,
                        sex,
                        ethnic,
                        disability,
                        grade,
                        kind == 0 ? null : hourly,
                        bonus,
                        kind > 0,
                        kind == 2,
                        kind == 2 ? "permanent" : null,
                        null));
        return employee.list().ofMaxSize(40);
    }

    @Property(tries = 200)
    void theColumnsGiveBackTheRecordsPutIn(@ForAll("staff") List<EmployeeRecord> staff) {
        EmployeeColumns columns = EmployeeColumns.of(staff);
        assertEquals(staff, columns);
        for (int row = 0; row < staff.size(); row++) {
            assertEquals(staff.get(row).paidBonus(), columns.paidBonus(row));
        }
    }

    /** The ranking is by amount, not by how it is written: 12.5 and 12.50 are one rate, in row order. */
    @Property(tries = 200)
    void relevantEmployeesAreRankedByPayWithEqualPayInRowOrder(@ForAll("staff") List<EmployeeRecord> staff) {
        List<Integer> expected = new ArrayList<>();
        for (int row = 0; row < staff.size(); row++) {
            if (staff.get(row).relevant()) {
                expected.add(row);
            }
        }
        expected.sort((a, b) -> {
            BigDecimal x = staff.get(a).hourlyPay();
            BigDecimal y = staff.get(b).hourlyPay();
            return x == null || y == null ? Boolean.compare(x == null, y == null) : x.compareTo(y);
        });
        assertArrayEquals(
                expected.stream().mapToInt(Integer::intValue).toArray(),
                EmployeeColumns.of(staff).relevantByPay());
    }

    @Test
    void aFileKeepsItsEmployeesAsColumnsAndTheyCannotBeChanged() {
        EmployeeFile file = EmployeeCsv.withDefaultColumns()
                .read(
                        new StringReader(
                                "employee_id,sex,ethnic_group,disability,grade,hourly_pay,bonus_pay,relevant,full_pay_relevant\n"
                                        + "a1,female,Asian,no,Grade 2,12.345,100,yes,yes\n"
                                        + "a2,male,,yes,,,0,yes,no\n"),
                        "staff.csv");
        assertEquals(List.of(), file.problems());
        assertEquals(EmployeeColumns.class, file.employees().getClass());
        assertSame(file.employees(), new EmployeeFile("staff.csv", file.employees(), List.of()).employees());
        assertEquals(new BigDecimal("12.345"), file.employees().get(0).hourlyPay());
        assertEquals(new BigDecimal("100"), file.employees().get(0).bonusPay());
        assertEquals(null, file.employees().get(1).grade());
        assertThrows(
                UnsupportedOperationException.class,
                () -> file.employees().add(file.employees().get(0)));
        assertThrows(IndexOutOfBoundsException.class, () -> file.employees().get(2));
    }
}
