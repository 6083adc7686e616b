package io.github.equalityframework.workforce;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Who the workforce is, for one characteristic: each group's share of the relevant employees against
 * its share of the local population, how many did not say, and each grade's make-up. Counts and
 * percentages of fewer people than the minimum group size are suppressed, and so are further cells
 * where a suppressed one could otherwise be worked out from published totals.
 *
 * <p>Workforce percentages are of all relevant employees, so that with the not-declared share they add
 * up to 100% and reveal nothing withheld; with a low declaration rate every group looks
 * under-represented, which is why the rate is given beside them.
 *
 * @param characteristic  {@code sex}, {@code ethnicity} or {@code disability}
 * @param groups          every group: the reference group first, the others alphabetically, groups
 *                        only the population table has, then the employees who did not say (last)
 * @param declarationRate the percentage of relevant employees in one of the groups
 * @param notDeclared     the percentage of relevant employees who did not say (for sex: recorded as
 *                        neither male nor female)
 * @param grades          each grade's employees by group, in grade order; employees with no grade
 *                        under {@value #NO_GRADE}
 * @param aggregate       for ethnicity, the ethnic minorities taken together; {@code null} for the others
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Representation(
        String characteristic,
        List<Group> groups,
        Figure declarationRate,
        Figure notDeclared,
        List<Grade> grades,
        Aggregate aggregate) {

    /** The grade of employees whose grade the file leaves blank. */
    public static final String NO_GRADE = "Grade not recorded";

    public Representation {
        Objects.requireNonNull(characteristic, "characteristic");
        groups = List.copyOf(groups);
        grades = List.copyOf(grades);
    }

    /**
     * One group in the workforce and in the local population.
     *
     * @param group              the group's name
     * @param declared           {@code false} for the employees who did not say
     * @param employees          how many relevant employees are in the group
     * @param workforcePercent   their percentage of all relevant employees
     * @param populationPercent  the group's percentage of the local population, or not available
     * @param difference         workforce minus population percentage, in percentage points: negative
     *                           when the group is under-represented
     */
    public record Group(
            String group,
            boolean declared,
            Figure employees,
            Figure workforcePercent,
            Figure populationPercent,
            Figure difference) {}

    /**
     * One grade's make-up.
     *
     * @param grade     the grade as the file names it
     * @param employees its relevant employees
     * @param groups    one cell per group of the workforce (population-only groups left out), in the order
     *                  of {@link Representation#groups()}
     */
    public record Grade(String grade, Figure employees, List<Cell> groups) {
        public Grade {
            groups = List.copyOf(groups);
        }
    }

    /**
     * A group in a grade.
     *
     * @param group     the group's name
     * @param employees how many of the grade's relevant employees are in the group
     * @param percent   their percentage of the grade
     */
    public record Cell(String group, Figure employees, Figure percent) {}

    /**
     * Several groups taken together: the ethnic minorities, every ethnic group but White British (the
     * reference group) unless the council names the groups. A count is published only where the published
     * counts already give it (all its groups' cells published, or the total and every other cell), so it
     * tells nothing withheld.
     *
     * @param name              e.g. {@code Ethnic minorities}
     * @param groups            the groups it takes together, or empty for every group but the reference
     * @param employees         how many relevant employees are in them
     * @param workforcePercent  their percentage of all relevant employees
     * @param populationPercent their percentage of the local population, or not available
     * @param difference        workforce minus population percentage, in percentage points
     * @param byGrade           how many of each grade's employees are in them, in the order of
     *                          {@link Representation#grades()}
     */
    public record Aggregate(
            String name,
            List<String> groups,
            Figure employees,
            Figure workforcePercent,
            Figure populationPercent,
            Figure difference,
            List<Figure> byGrade) {
        public Aggregate {
            groups = List.copyOf(groups);
            byGrade = List.copyOf(byGrade);
        }
    }

    /** A group's figures, by name. */
    public Optional<Group> group(String name) {
        return groups.stream().filter(g -> g.group().equals(name)).findFirst();
    }

    /** A grade's figures, by name. */
    public Optional<Grade> grade(String name) {
        return grades.stream().filter(g -> g.grade().equals(name)).findFirst();
    }
}
