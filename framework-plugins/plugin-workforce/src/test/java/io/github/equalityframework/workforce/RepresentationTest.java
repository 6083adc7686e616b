package io.github.equalityframework.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepresentationTest {
    static final PopulationTable POPULATION =
            PopulationCsv.read(new StringReader("""
            characteristic,group,count,percent
            sex,female,,51
            sex,male,,49
            ethnicity,White British,700,
            ethnicity,Asian,200,
            ethnicity,Mixed,100,
            """), "population.csv").table();

    static EmployeeRecord person(String id, String grade, Sex sex, String ethnicity, DisabilityStatus disability) {
        return new EmployeeRecord(
                id,
                sex,
                ethnicity,
                disability,
                grade,
                new BigDecimal("15.00"),
                BigDecimal.ZERO,
                true,
                true,
                null,
                null);
    }

    /*
     * Ten relevant employees (and one who is not):
     *   Grade 1:  3 Asian disabled women, 1 White British man (disability not declared)
     *   Grade 2:  2 White British non-disabled men, 1 non-disabled woman (ethnicity not declared)
     *   Grade 10: 1 Black non-disabled man, 1 White British disabled person of other or unrecorded sex
     *   no grade: 1 White British non-disabled woman
     */
    static List<EmployeeRecord> tenStaff() {
        List<EmployeeRecord> staff = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            staff.add(person("g1-f" + i, "Grade 1", Sex.FEMALE, "Asian", DisabilityStatus.DISABLED));
        }
        staff.add(person("g1-m", "Grade 1", Sex.MALE, "White British", DisabilityStatus.NOT_DECLARED));
        staff.add(person("g2-m1", "Grade 2", Sex.MALE, "White British", DisabilityStatus.NOT_DISABLED));
        staff.add(person("g2-m2", "Grade 2", Sex.MALE, "white british", DisabilityStatus.NOT_DISABLED));
        staff.add(person("g2-f", "Grade 2", Sex.FEMALE, null, DisabilityStatus.NOT_DISABLED));
        staff.add(person("g10-m", "Grade 10", Sex.MALE, "Black", DisabilityStatus.NOT_DISABLED));
        staff.add(person("g10-x", "Grade 10", Sex.OTHER_OR_NOT_RECORDED, "White British", DisabilityStatus.DISABLED));
        staff.add(person("none-f", null, Sex.FEMALE, "White British", DisabilityStatus.NOT_DISABLED));
        staff.add(new EmployeeRecord(
                "left",
                Sex.MALE,
                "Black",
                DisabilityStatus.DISABLED,
                "Grade 1",
                null,
                BigDecimal.ZERO,
                false,
                false,
                null,
                null));
        return staff;
    }

    static WorkforceReport everyFigure(List<EmployeeRecord> staff) {
        return WorkforceAnalysis.builder()
                .minimumGroupSize(1)
                .population(POPULATION)
                .build()
                .analyse(staff);
    }

    /** A group's figures as one line: employees, workforce %, population %, difference. */
    static String line(Representation.Group g) {
        return g.group() + " " + g.employees() + " " + g.workforcePercent() + " " + g.populationPercent() + " "
                + g.difference();
    }

    static String cells(Representation.Grade grade) {
        StringBuilder text = new StringBuilder(grade.grade() + " " + grade.employees() + ":");
        grade.groups()
                .forEach(c -> text.append(' ').append(c.employees()).append('/').append(c.percent()));
        return text.toString();
    }

    @Test
    void sexAgainstThePopulationWithTheDeclarationRate() {
        Representation sex = everyFigure(tenStaff()).representation("sex").orElseThrow();

        assertEquals(
                List.of("Men 4 40.0 49.0 -9.0", "Women 5 50.0 51.0 -1.0", "Other or not recorded 1 10.0 n/a n/a"),
                sex.groups().stream().map(RepresentationTest::line).toList());
        assertEquals("90.0 10.0", sex.declarationRate() + " " + sex.notDeclared());
        assertEquals(
                List.of(true, true, false),
                sex.groups().stream().map(Representation.Group::declared).toList());
    }

    @Test
    void ethnicityListsGroupsOnlyThePopulationHasAndGroupsItLacks() {
        Representation ethnicity =
                everyFigure(tenStaff()).representation("ethnicity").orElseThrow();

        // Population 700/200/100 of 1000; Black is not in the table; nobody in the workforce is Mixed.
        assertEquals(
                List.of(
                        "White British 5 50.0 70.0 -20.0",
                        "Asian 3 30.0 20.0 10.0",
                        "Black 1 10.0 n/a n/a",
                        "Mixed 0 0.0 10.0 -10.0",
                        "Not declared 1 10.0 n/a n/a"),
                ethnicity.groups().stream().map(RepresentationTest::line).toList());
        assertEquals(
                "not in the population table",
                ethnicity.group("Black").orElseThrow().populationPercent().note());
        assertEquals("90.0 10.0", ethnicity.declarationRate() + " " + ethnicity.notDeclared());
    }

    @Test
    void eachGradeByGroupInGradeOrder() {
        Representation ethnicity =
                everyFigure(tenStaff()).representation("ethnicity").orElseThrow();

        // Cells: White British, Asian, Black, Not declared (Mixed is only in the population).
        assertEquals(
                List.of(
                        "Grade 1 4: 1/25.0 3/75.0 0/0.0 0/0.0",
                        "Grade 2 3: 2/66.7 0/0.0 0/0.0 1/33.3",
                        "Grade 10 2: 1/50.0 0/0.0 1/50.0 0/0.0",
                        "Grade not recorded 1: 1/100.0 0/0.0 0/0.0 0/0.0"),
                ethnicity.grades().stream().map(RepresentationTest::cells).toList());
        Representation disability =
                everyFigure(tenStaff()).representation("disability").orElseThrow();
        // Not disabled, Disabled, Not declared.
        assertEquals(
                "Grade 1 4: 0/0.0 3/75.0 1/25.0",
                cells(disability.grade("Grade 1").orElseThrow()));
        assertEquals("90.0 10.0", disability.declarationRate() + " " + disability.notDeclared());
    }

    @Test
    void withoutAPopulationTableTheSharesAreNotAvailable() {
        WorkforceReport report =
                WorkforceAnalysis.builder().minimumGroupSize(1).build().analyse(tenStaff());

        Representation.Group women =
                report.representation("sex").orElseThrow().group("Women").orElseThrow();
        assertEquals("Women 5 50.0 n/a n/a", line(women));
        assertEquals("no population table", women.populationPercent().note());
    }

    @Test
    void gradesSortNumbersAsNumbers() {
        List<String> grades = new ArrayList<>(
                List.of("Grade 10", "SO2", "Grade 2", Representation.NO_GRADE, "grade 1", "PO1", "SO10", "SO1"));
        grades.sort(RepresentationAnalysis.GRADE_ORDER);
        assertEquals(
                List.of("grade 1", "Grade 2", "Grade 10", "PO1", "SO1", "SO2", "SO10", Representation.NO_GRADE),
                grades);
    }

    /*
     * Minimum 10. Grade A: 30 men, 25 women; B: 40 men, 5 women; C: 20 men, 30 women. The 5 women of B would
     * be 45 - 40 from B's total, so B's men go too, and then one more grade's two cells, or the men's and
     * women's totals would give B's. C costs 20 + 30 = 50 people, A 30 + 25 = 55: C's are withheld.
     */
    @Test
    void aSmallCellInAGradeIsProtectedAlongItsRowAndColumns() {
        List<EmployeeRecord> staff = new ArrayList<>();
        int[][] grid = {{30, 25}, {40, 5}, {20, 30}};
        String[] grades = {"A", "B", "C"};
        for (int g = 0; g < 3; g++) {
            for (int i = 0; i < grid[g][0]; i++) {
                staff.add(person(grades[g] + "m" + i, grades[g], Sex.MALE, null, DisabilityStatus.NOT_DECLARED));
            }
            for (int i = 0; i < grid[g][1]; i++) {
                staff.add(person(grades[g] + "f" + i, grades[g], Sex.FEMALE, null, DisabilityStatus.NOT_DECLARED));
            }
        }

        Representation sex = WorkforceAnalysis.builder()
                .build()
                .analyse(staff)
                .representation("sex")
                .orElseThrow();

        assertEquals(
                List.of("A 55: 30/54.5 25/45.5 0/0.0", "B 45: [c]/[c] [c]/[c] 0/0.0", "C 50: [c]/[c] [c]/[c] 0/0.0"),
                sex.grades().stream().map(RepresentationTest::cells).toList());
        assertEquals(
                List.of("Men 90 60.0 n/a n/a", "Women 60 40.0 n/a n/a", "Other or not recorded 0 0.0 n/a n/a"),
                sex.groups().stream().map(RepresentationTest::line).toList());
    }

    @Test
    void aSmallGradePublishesNoCountAndNoPercentages() {
        List<EmployeeRecord> staff = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            staff.add(person("a" + i, "A", i % 2 == 0 ? Sex.MALE : Sex.FEMALE, null, DisabilityStatus.NOT_DECLARED));
        }
        for (int i = 0; i < 30; i++) {
            staff.add(person("b" + i, "B", i % 3 == 0 ? Sex.MALE : Sex.FEMALE, null, DisabilityStatus.NOT_DECLARED));
        }
        for (int i = 0; i < 4; i++) {
            staff.add(person("c" + i, "Chief Officer", Sex.MALE, null, DisabilityStatus.NOT_DECLARED));
        }

        Representation sex = WorkforceAnalysis.builder()
                .build()
                .analyse(staff)
                .representation("sex")
                .orElseThrow();

        // 74 staff; Chief Officer's 4 go with B's 30, the smallest other grade, so neither can be worked out.
        Representation.Grade chief = sex.grade("Chief Officer").orElseThrow();
        assertEquals(Figure.Status.SUPPRESSED, chief.employees().status());
        assertEquals(
                Figure.Status.SUPPRESSED,
                sex.grade("B").orElseThrow().employees().status());
        assertEquals("40", sex.grade("A").orElseThrow().employees().toString());
        chief.groups().forEach(c -> assertTrue(c.percent().status() == Figure.Status.SUPPRESSED, c::toString));
        assertTrue(sex.grade("B").orElseThrow().groups().stream()
                .allMatch(c -> c.percent().status() == Figure.Status.SUPPRESSED));
    }
}
