package io.github.equalityframework.workforce;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The employees read from a CSV file, and every problem found. Rows with a problem are left out of
 * {@link #employees()}; analyse a file only when it {@linkplain #isClean() is clean}, or the figures
 * will be wrong.
 *
 * @param source    the file name
 * @param employees the employees of the rows that read cleanly, in file order
 * @param problems  one entry per problem, in file order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EmployeeFile(String source, List<EmployeeRecord> employees, List<RowProblem> problems) {
    public EmployeeFile {
        employees = List.copyOf(employees);
        problems = List.copyOf(problems);
    }

    /** Whether every row read cleanly. */
    public boolean isClean() {
        return problems.isEmpty();
    }
}
