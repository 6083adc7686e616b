package io.github.equalityframework.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @Test
    void aMappingFileRenamesTheColumnsItNames() {
        ColumnMapping mapping = ColumnMapping.parse(
                "# HR export\n\nemployee_id = Pseudo ID\r\nHOURLY_PAY=Hourly rate (GPG)\n", "hr.mapping");

        assertEquals(
                ColumnMapping.defaults()
                        .with(Column.EMPLOYEE_ID, "Pseudo ID")
                        .with(Column.HOURLY_PAY, "Hourly rate (GPG)"),
                mapping);
        assertEquals("sex", mapping.header(Column.SEX));
    }

    @Test
    void eachMistakeNamesItsLine() {
        assertEquals(
                "hr.mapping: line 2: 'employe_id' is not a column; the columns are employee_id, sex, ethnic_group, disability, "
                        + "grade, hourly_pay, bonus_pay, relevant, full_pay_relevant, contract, working_pattern",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> ColumnMapping.parse("sex = Gender\nemploye_id = Id\n", "hr.mapping"))
                        .getMessage());
        assertEquals(
                "hr.mapping: line 1: write column = header, e.g. employee_id = Pseudo ID",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> ColumnMapping.parse("employee_id Pseudo ID", "hr.mapping"))
                        .getMessage());
        assertEquals(
                "hr.mapping: line 1: the header of sex is blank",
                assertThrows(IllegalArgumentException.class, () -> ColumnMapping.parse("sex =", "hr.mapping"))
                        .getMessage());
        assertEquals(
                "hr.mapping: line 3: sex is already mapped on line 1",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> ColumnMapping.parse("sex = A\n\nsex = B", "hr.mapping"))
                        .getMessage());
    }

    @Test
    void aMappingFileCanNameTheEthnicMinorities() {
        ColumnMapping mapping = ColumnMapping.parse(
                "sex = Gender\nethnic_minorities = Black African; Black Caribbean ;Mixed\n", "hr.mapping");

        assertEquals(List.of("Black African", "Black Caribbean", "Mixed"), mapping.ethnicMinorities());
        assertEquals("Gender", mapping.header(Column.SEX));
        assertEquals(List.of(), ColumnMapping.defaults().ethnicMinorities());
        assertEquals(
                "hr.mapping: line 2: name the ethnic minorities' groups, e.g. ethnic_minorities = Asian; Black; Mixed",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> ColumnMapping.parse("sex = Gender\nethnic_minorities = ;", "hr.mapping"))
                        .getMessage());
    }
}
