package io.github.equalityframework.workforce;

import io.github.equalityframework.internal.csv.CsvFieldStarts;
import java.io.IOException;
import java.io.Reader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The records of a CSV file as the workforce readers take them: the header first (a byte order mark
 * removed), then each row that is not blank, with its row number and where each of its fields starts
 * ({@link CsvFieldStarts}: line and column), so that every problem can say where it is. A row that cannot be
 * parsed (a broken quote) stops reading, since every row after it would be misread.
 */
final class CsvRecords {
    private static final CsvMapper MAPPER =
            CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    /** What a reader does with the records. */
    interface Handler {
        /** Takes the header row and where its fields start; false stops reading (a required column is missing). */
        boolean header(String[] values, long[] starts);

        /**
         * Takes a row after the header that is not blank, and where its fields start (as {@link CsvFieldStarts#start}
         * numbers, one per value).
         */
        void row(int row, String[] values, long[] starts);

        /** Reports a problem with the data as a whole ({@code row} 0, {@code line} 0) or with one row. */
        void problem(int row, int line, int column, String message);
    }

    private CsvRecords() {}

    /**
     * Reads every record into the handler, and closes the reader.
     *
     * @return false when the data could not be read at all (an I/O error), reported to the handler
     */
    static boolean read(Reader reader, Handler handler) {
        CsvFieldStarts starts = new CsvFieldStarts(reader);
        try (Reader in = starts;
                MappingIterator<String[]> records = MAPPER.readerFor(String[].class)
                        .with(CsvSchema.emptySchema())
                        .readValues(in)) {
            int row = 0;
            long next = CsvFieldStarts.start(1, 1);
            while (true) {
                row++;
                String[] values;
                try {
                    if (!records.hasNextValue()) {
                        return true;
                    }
                    values = records.nextValue();
                } catch (JacksonException e) {
                    long[] broken = starts.nextRecord();
                    long at = broken.length > 0 ? broken[0] : next;
                    handler.problem(
                            row,
                            CsvFieldStarts.line(at),
                            CsvFieldStarts.column(at),
                            "the row cannot be read (" + e.getOriginalMessage()
                                    + "); check its quotes. Reading stopped here.");
                    return true;
                }
                long[] at = placed(starts.nextRecord(), values.length);
                next = CsvFieldStarts.start(CsvFieldStarts.line(at[0]) + 1, 1);
                if (row == 1) {
                    if (values.length > 0 && values[0].startsWith("\uFEFF")) {
                        values[0] = values[0].substring(1);
                    }
                    if (!handler.header(values, at)) {
                        return true;
                    }
                } else if (!blank(values)) {
                    handler.row(row, values, at);
                }
            }
        } catch (IOException | JacksonException e) {
            handler.problem(0, 0, 0, "cannot read the data: " + e.getMessage());
            return false;
        }
    }

    /**
     * One start per value. The two readers delimit fields alike, so the counts agree; should they not, a value
     * without a start of its own is placed where the record starts rather than nowhere.
     */
    private static long[] placed(long[] starts, int values) {
        if (starts.length == values && values > 0) {
            return starts;
        }
        long first = starts.length > 0 ? starts[0] : CsvFieldStarts.start(1, 1);
        long[] at = new long[Math.max(values, 1)];
        for (int i = 0; i < at.length; i++) {
            at[i] = i < starts.length ? starts[i] : first;
        }
        return at;
    }

    private static boolean blank(String[] values) {
        for (String value : values) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
