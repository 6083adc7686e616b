package io.github.equalityframework.workforce;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import tools.jackson.databind.JsonNode;

/**
 * The counting side of a reader's knowledge, solved exactly by linear programming: the smallest and largest
 * value of every withheld count (grade totals, group totals, every grade table cell of sex, ethnicity and
 * disability at once) under everything a reader knows of them. Independent of the suppression code: it reads
 * the JSON report only, and knows:
 * <ul>
 *   <li>the relevant employees add up over the grades, and over each characteristic's groups;</li>
 *   <li>each characteristic's grade table: a grade's cells add up to the grade's total, a group's cells to its
 *       total; the grade totals are the same in the three tables;</li>
 *   <li>a withheld cell ({@code [c]}) is at least 0; a withheld grade total at least 1 (it is listed);</li>
 *   <li>a withheld group total lies between the least and the most the {@link Adversary} allows from every
 *       other published figure (percentages, quartiles, bonus shares, what publishing a gap tells).</li>
 * </ul>
 * The bounds are those of the linear relaxation, rounded inwards: a range found here can only be as wide as
 * the reader's true range or wider for a table that is not a network; each single table is one (a flow), where
 * they are exact.
 */
final class TableAdversary {
    static final List<String> FIELDS = List.of("bySex", "byEthnicity", "byDisability");

    /** What a reader can tell of one withheld count. */
    record Interval(String what, long low, long high) {
        long width() {
            return high - low;
        }
    }

    /** The unknown counts: withheld grade totals, then per characteristic its withheld group totals and cells. */
    private final List<String> names = new ArrayList<>();

    private final List<double[]> lower = new ArrayList<>();
    private final List<LinearConstraint> constraints = new ArrayList<>();
    private final int[] gradeVariable;
    private final int[][] countVariable;
    private final int[][][] cellVariable;

    /**
     * @param report   the {@code report} object of the JSON output
     * @param possible for each characteristic ({@link #FIELDS} order), the {@link Adversary}'s counts per group
     */
    TableAdversary(JsonNode report, List<List<SortedSet<Integer>>> possible) {
        long total = report.get("relevantEmployees").asLong();
        JsonNode anyGrades = report.get("representation").get(0).get("grades");
        int rows = anyGrades.size();
        gradeVariable = new int[rows];
        List<double[]> bounds = new ArrayList<>();
        // Grade totals.
        long[] gradeKnown = new long[rows];
        for (int r = 0; r < rows; r++) {
            JsonNode employees = anyGrades.get(r).get("employees");
            gradeVariable[r] = published(employees)
                    ? -1
                    : variable("grade " + anyGrades.get(r).get("grade").asString(), 1, Double.NaN, bounds);
            gradeKnown[r] = published(employees) ? employees.get("value").asLong() : 0;
        }
        countVariable = new int[FIELDS.size()][];
        cellVariable = new int[FIELDS.size()][][];
        long[][] countKnown = new long[FIELDS.size()][];
        long[][][] cellKnown = new long[FIELDS.size()][][];
        for (int k = 0; k < FIELDS.size(); k++) {
            JsonNode gaps = report.get(FIELDS.get(k));
            JsonNode grades = representation(report, gaps.get("characteristic").asString())
                    .get("grades");
            int columns = gaps.get("groups").size() + 1;
            countVariable[k] = new int[columns];
            countKnown[k] = new long[columns];
            for (int c = 0; c < columns; c++) {
                JsonNode count =
                        c < columns - 1 ? gaps.get("groups").get(c).get("relevantEmployees") : gaps.get("undeclared");
                if (published(count)) {
                    countVariable[k][c] = -1;
                    countKnown[k][c] = count.get("value").asLong();
                } else {
                    SortedSet<Integer> values = possible.get(k).get(c);
                    countVariable[k][c] =
                            variable(FIELDS.get(k) + " group " + c, Math.max(1, values.first()), values.last(), bounds);
                }
            }
            cellVariable[k] = new int[rows][columns];
            cellKnown[k] = new long[rows][columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    JsonNode cell = grades.get(r).get("groups").get(c);
                    if (published(cell.get("employees"))) {
                        cellVariable[k][r][c] = -1;
                        cellKnown[k][r][c] = cell.get("employees").get("value").asLong();
                    } else {
                        cellVariable[k][r][c] = variable(
                                FIELDS.get(k) + " " + grades.get(r).get("grade").asString() + " / "
                                        + cell.get("group").asString(),
                                0,
                                Double.NaN,
                                bounds);
                    }
                }
            }
        }
        int n = names.size();
        // Bounds as constraints (the solver keeps every variable at least 0).
        for (int v = 0; v < n; v++) {
            double[] b = bounds.get(v);
            if (b[0] > 0) {
                constraints.add(new LinearConstraint(unit(n, v), Relationship.GEQ, b[0]));
            }
            if (!Double.isNaN(b[1])) {
                constraints.add(new LinearConstraint(unit(n, v), Relationship.LEQ, b[1]));
            }
        }
        // The grades add up to the total.
        equation(n, gradeVariable, gradeKnown, total);
        for (int k = 0; k < FIELDS.size(); k++) {
            int columns = countVariable[k].length;
            equation(n, countVariable[k], countKnown[k], total);
            for (int r = 0; r < rows; r++) {
                double[] row = new double[n];
                double constant = 0;
                for (int c = 0; c < columns; c++) {
                    if (cellVariable[k][r][c] < 0) {
                        constant -= cellKnown[k][r][c];
                    } else {
                        row[cellVariable[k][r][c]] += 1;
                    }
                }
                if (gradeVariable[r] < 0) {
                    constant += gradeKnown[r];
                } else {
                    row[gradeVariable[r]] -= 1;
                }
                constraints.add(new LinearConstraint(row, Relationship.EQ, constant));
            }
            for (int c = 0; c < columns; c++) {
                double[] column = new double[n];
                double constant = 0;
                for (int r = 0; r < rows; r++) {
                    if (cellVariable[k][r][c] < 0) {
                        constant -= cellKnown[k][r][c];
                    } else {
                        column[cellVariable[k][r][c]] += 1;
                    }
                }
                if (countVariable[k][c] < 0) {
                    constant += countKnown[k][c];
                } else {
                    column[countVariable[k][c]] -= 1;
                }
                constraints.add(new LinearConstraint(column, Relationship.EQ, constant));
            }
        }
    }

    private int variable(String name, double low, double high, List<double[]> bounds) {
        names.add(name);
        bounds.add(new double[] {low, high});
        return names.size() - 1;
    }

    private void equation(int n, int[] variables, long[] known, long total) {
        double[] row = new double[n];
        double constant = total;
        for (int i = 0; i < variables.length; i++) {
            if (variables[i] < 0) {
                constant -= known[i];
            } else {
                row[variables[i]] += 1;
            }
        }
        constraints.add(new LinearConstraint(row, Relationship.EQ, constant));
    }

    private static double[] unit(int n, int v) {
        double[] row = new double[n];
        row[v] = 1;
        return row;
    }

    private static boolean published(JsonNode figure) {
        return figure.get("status").asString().equals("PUBLISHED");
    }

    private static JsonNode representation(JsonNode report, String characteristic) {
        for (JsonNode r : report.get("representation")) {
            if (r.get("characteristic").asString().equals(characteristic)) {
                return r;
            }
        }
        throw new IllegalArgumentException(characteristic);
    }

    /** The withheld grade totals' ranges, in grade order ({@code null} for a published one). */
    List<Interval> gradeTotals() {
        List<Interval> out = new ArrayList<>();
        for (int v : gradeVariable) {
            out.add(v < 0 ? null : interval(v));
        }
        return out;
    }

    /** A characteristic's group totals' ranges (groups in the report's order, then the undeclared). */
    List<Interval> groupTotals(int characteristic) {
        List<Interval> out = new ArrayList<>();
        for (int v : countVariable[characteristic]) {
            out.add(v < 0 ? null : interval(v));
        }
        return out;
    }

    /** The range of a grade table cell, or {@code null} when it is published. */
    Interval cell(int characteristic, int row, int column) {
        int v = cellVariable[characteristic][row][column];
        return v < 0 ? null : interval(v);
    }

    private Interval interval(int v) {
        return new Interval(names.get(v), (long) Math.ceil(optimum(v, GoalType.MINIMIZE) - 1e-6), (long)
                Math.floor(optimum(v, GoalType.MAXIMIZE) + 1e-6));
    }

    private double optimum(int v, GoalType goal) {
        PointValuePair solution = new SimplexSolver()
                .optimize(
                        new MaxIter(100_000),
                        new LinearObjectiveFunction(unit(names.size(), v), 0),
                        new LinearConstraintSet(constraints),
                        goal,
                        new NonNegativeConstraint(true));
        return solution.getValue();
    }
}
