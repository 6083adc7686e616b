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
 * @param warnings  values that read but look wrong (an implausible hourly rate), one per row, in file order;
 *                  they do not stop the analysis
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EmployeeFile(
        String source, List<EmployeeRecord> employees, List<RowProblem> problems, List<RowProblem> warnings) {
    public EmployeeFile {
        // The reader's columns are read-only already, and copying them would make a record of every row.
        employees = employees instanceof EmployeeColumns ? employees : List.copyOf(employees);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** A file without warnings. */
    public EmployeeFile(String source, List<EmployeeRecord> employees, List<RowProblem> problems) {
        this(source, employees, problems, List.of());
    }

    /** Whether every row read cleanly. */
    public boolean isClean() {
        return problems.isEmpty();
    }
}
