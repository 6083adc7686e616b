package io.github.equalityframework.report;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Which characteristics in scope the evidence of each criterion covers: a criteria by characteristics
 * table of evidence counts (0 means no evidence for that characteristic).
 *
 * @param characteristics the characteristic ids in scope: the columns
 * @param rows            one row per criterion in scope, in framework order
 */
@API(status = STABLE, since = "0.1")
public record CoverageMatrix(List<String> characteristics, List<Row> rows) {
    public CoverageMatrix {
        characteristics = List.copyOf(characteristics);
        rows = List.copyOf(rows);
    }

    /**
     * @param criterion the criterion id
     * @param counts    per characteristic (same order as the columns), how many of the criterion's
     *                  evidence items cover it
     */
    public record Row(String criterion, List<Integer> counts) {
        public Row {
            counts = List.copyOf(counts);
        }
    }
}
