package io.github.equalityframework.workforce;

import java.io.IOException;
import java.io.Reader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The records of a CSV file as the workforce readers take them: the header first (a byte order mark
 * removed), then each row that is not blank, with its row number and the line it starts on, so that every
 * problem can say where it is. A row that cannot be parsed (a broken quote) stops reading, since every
 * row after it would be misread.
 */
final class CsvRecords {
    private static final CsvMapper MAPPER =
            CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    /** What a reader does with the records. */
    interface Handler {
        /** Takes the header row; false stops reading (a required column is missing). */
        boolean header(String[] values);

        /** Takes a row after the header that is not blank. */
        void row(int row, int line, String[] values);

        /** Reports a problem with the data as a whole ({@code row} 0) or with one row. */
        void problem(int row, int line, String message);
    }

    private CsvRecords() {}

    /**
     * Reads every record into the handler, and closes the reader.
     *
     * @return false when the data could not be read at all (an I/O error), reported to the handler
     */
    static boolean read(Reader reader, Handler handler) {
        try (Reader in = reader;
                MappingIterator<String[]> records = MAPPER.readerFor(String[].class)
                        .with(CsvSchema.emptySchema())
                        .readValues(in)) {
            int row = 0;
            int line = 1;
            while (true) {
                int startLine = line;
                row++;
                String[] values;
                try {
                    if (!records.hasNextValue()) {
                        return true;
                    }
                    values = records.nextValue();
                } catch (JacksonException e) {
                    handler.problem(
                            row,
                            startLine,
                            "the row cannot be read (" + e.getOriginalMessage()
                                    + "); check its quotes. Reading stopped here.");
                    return true;
                }
                line = records.currentLocation().getLineNr();
                if (row == 1) {
                    if (values.length > 0 && values[0].startsWith("\uFEFF")) {
                        values[0] = values[0].substring(1);
                    }
                    if (!handler.header(values)) {
                        return true;
                    }
                } else if (!blank(values)) {
                    handler.row(row, startLine, values);
                }
            }
        } catch (IOException | JacksonException e) {
            handler.problem(0, 0, "cannot read the data: " + e.getMessage());
            return false;
        }
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
