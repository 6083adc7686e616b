package io.github.equalityframework.workforce;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A population table read from a CSV file, and every problem found. Use the table only when the file
 * {@linkplain #isClean() is clean}.
 *
 * @param table    the shares of the rows that read cleanly
 * @param problems one entry per problem, in file order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PopulationFile(PopulationTable table, List<RowProblem> problems) {
    public PopulationFile {
        problems = List.copyOf(problems);
    }

    /** Whether every row read cleanly. */
    public boolean isClean() {
        return problems.isEmpty();
    }
}
