package io.github.equalityframework.xlsx;

import io.github.equalityframework.internal.csv.CsvFieldStarts;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.CouncilRole;
import io.github.equalityframework.model.EvidencePart;
import io.github.equalityframework.problem.DataPath;
import io.github.equalityframework.problem.SourceLocation;
import io.github.equalityframework.problem.ValidationProblem;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The one CSV reader and writer of the evidence register and the action plan (jackson-dataformat-csv): a file
 * read as a header and rows of named values, each value's place kept for its problems, and values written with
 * spreadsheet formula injection neutralised. Problems are placed as {@code file:line:column}, the line and
 * character column where the value starts, as every other problem is; a quote never closed, or text after a
 * closing quote, is such a problem, and then nothing is read.
 */
final class CsvTable {
    /** Every record a list of text fields, the first one the header; RFC 4180 quoting. */
    private static final ObjectReader CSV = CsvMapper.builder().build().reader().with(CsvSchema.emptySchema());

    private static final Pattern NEUTRALISED = Pattern.compile("^'+[=+\\-@\\t\\r]");
    private static final Pattern DANGEROUS = Pattern.compile("^'*[=+\\-@\\t\\r]");

    static void line(StringBuilder out, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(values.get(i)));
        }
        out.append("\r\n");
    }

    /** A value as a CSV field: neutralised if a spreadsheet would run it, quoted when it must be. */
    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = DANGEROUS.matcher(value).find() ? "'" + value : value;
        boolean quote = safe.contains(",")
                || safe.contains("\"")
                || safe.contains("\n")
                || safe.contains("\r")
                || !safe.equals(safe.strip());
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    /** One data line: its fields by header and where each started. */
    record Row(Map<String, String> values, Map<String, int[]> at) {
        String get(String header) {
            return values.get(header);
        }
    }

    /** A parsed CSV file, the problems found and where each value came from. */
    static final class Table {
        private final String source;
        private final List<String> headers;
        final List<Row> rows = new ArrayList<>();
        private final List<ValidationProblem> problems = new ArrayList<>();
        private final Map<DataPath, SourceLocation> places = new HashMap<>();
        boolean broken;

        private Table(String source, List<String> headers) {
            this.source = source;
            this.headers = headers;
        }

        static Table parse(String csv, String source, List<String> expected) {
            return parse(csv, source, expected, List.of());
        }

        /** As {@link #parse(String, String, List)}; a column in {@code optional} may be left out (every value blank). */
        static Table parse(String csv, String source, List<String> expected, List<String> optional) {
            Table table = new Table(source, expected);
            List<List<String>> records = new ArrayList<>();
            List<List<int[]>> starts = new ArrayList<>();
            String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
            if (!table.read(text, records, starts)) {
                return table;
            }
            if (records.isEmpty()) {
                table.fail(1, 1, "the file is empty; the first line must be the header: " + String.join(",", expected));
                return table;
            }
            List<String> header = records.get(0).stream()
                    .map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            List<String> missing = expected.stream()
                    .filter(h -> !header.contains(h) && !optional.contains(h))
                    .toList();
            if (!missing.isEmpty()) {
                table.fail(
                        1,
                        1,
                        "the header has no column "
                                + missing.stream().map(h -> "'" + h + "'").collect(Collectors.joining(", "))
                                + "; expected: " + String.join(",", expected));
                return table;
            }
            for (int r = 1; r < records.size(); r++) {
                List<String> record = records.get(r);
                if (record.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                Map<String, int[]> at = new HashMap<>();
                for (String h : expected) {
                    int index = header.indexOf(h);
                    boolean given = index >= 0 && index < record.size();
                    String value = given ? record.get(index) : "";
                    values.put(h, value.isEmpty() ? null : unneutralise(value));
                    at.put(h, given ? starts.get(r).get(index) : starts.get(r).get(0));
                }
                table.rows.add(new Row(values, at));
            }
            return table;
        }

        /**
         * Reads the records of the text into {@code records}, with the line and column each field starts at
         * ({@link CsvFieldStarts}); false, with the problem, when the CSV is broken: a quote never closed, or text
         * after a closing quote, reported where that value starts. Reading stops there, since every record after it
         * would be misread.
         */
        private boolean read(String text, List<List<String>> records, List<List<int[]>> starts) {
            CsvFieldStarts places = new CsvFieldStarts(new StringReader(text));
            try (JsonParser parser = CSV.createParser(places)) {
                List<String> fields = new ArrayList<>();
                for (JsonToken token = next(parser, places, fields.size());
                        token != null;
                        token = next(parser, places, fields.size())) {
                    if (token == JsonToken.VALUE_STRING) {
                        fields.add(parser.getString());
                    } else if (token == JsonToken.END_ARRAY) {
                        // The record has ended, so its starts are all queued.
                        long[] at = places.nextRecord();
                        List<int[]> where = new ArrayList<>();
                        for (int i = 0; i < fields.size(); i++) {
                            long start = at.length == 0 ? CsvFieldStarts.start(1, 1) : at[Math.min(i, at.length - 1)];
                            where.add(new int[] {CsvFieldStarts.line(start), CsvFieldStarts.column(start)});
                        }
                        records.add(fields);
                        starts.add(where);
                        fields = new ArrayList<>();
                    }
                }
                return true;
            } catch (BrokenCsv e) {
                return false;
            }
        }

        /** The next token; a broken value is reported where it starts, and ends the reading. */
        private JsonToken next(JsonParser parser, CsvFieldStarts places, int field) {
            try {
                return parser.nextToken();
            } catch (JacksonException e) {
                long[] at = places.nextRecord();
                long start = at.length == 0 ? CsvFieldStarts.start(1, 1) : at[Math.min(field, at.length - 1)];
                int line = CsvFieldStarts.line(start);
                int column = CsvFieldStarts.column(start);
                String reason = e.getOriginalMessage();
                if (reason.startsWith("Missing closing quote")) {
                    fail(
                            line,
                            column,
                            "the quote that opens this value is never closed, so the rest of the file would be one"
                                    + " value; end the value with a quote, and write a quote inside it twice (\"\")");
                } else if (reason.contains("Expected column separator")) {
                    fail(
                            line,
                            column,
                            "text after the closing quote of this value; quote the whole value, and write a quote"
                                    + " inside it twice (\"\")");
                } else {
                    fail(line, column, "the CSV cannot be read here: " + reason);
                }
                throw new BrokenCsv();
            }
        }

        /** Ends the reading of a broken file, its problem recorded. */
        private static final class BrokenCsv extends RuntimeException {
            BrokenCsv() {
                super(null, null, false, false);
            }
        }

        private void fail(int line, int column, String message) {
            broken = true;
            problems.add(new ValidationProblem("", message, new SourceLocation(source, line, column)));
        }

        void place(DataPath path, Row row, int headerIndex) {
            int[] at = row.at().get(headers.get(headerIndex));
            places.putIfAbsent(path, new SourceLocation(source, at[0], at[1]));
        }

        private SourceLocation at(Row row, String header) {
            int[] at = row.at().get(header);
            return new SourceLocation(source, at[0], at[1]);
        }

        String text(Row row, String header, DataPath path) {
            places.putIfAbsent(path, at(row, header));
            return row.get(header);
        }

        LocalDate date(Row row, String header, DataPath path) {
            String value = text(row, header, path);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                problems.add(new ValidationProblem(
                        path.toString(),
                        "'" + value + "' is not a valid date; expected a real calendar date as"
                                + " YYYY-MM-DD, e.g. 2024-03-31",
                        at(row, header)));
                return null;
            }
        }

        /** Roles by id or name, separated by semicolons or commas; each unknown one is reported and left out. */
        List<CouncilRole> roles(Row row, String header, DataPath path) {
            String value = text(row, header, path);
            if (value == null) {
                return List.of();
            }
            List<String> items = Arrays.stream(value.split("[;,]"))
                    .map(String::strip)
                    .filter(r -> !r.isEmpty())
                    .toList();
            List<CouncilRole> roles = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                CouncilRole role = Roles.parse(items.get(i)).orElse(null);
                if (role == null) {
                    problems.add(new ValidationProblem(
                            path.index(i).toString(), Roles.unknown(items.get(i), "semicolons"), at(row, header)));
                } else {
                    places.putIfAbsent(path.index(roles.size()), at(row, header));
                    roles.add(role);
                }
            }
            return roles;
        }

        /** A whole number of at least 1, or {@code null} when blank or not a number (then a problem). */
        Integer count(Row row, String header, DataPath path) {
            String value = text(row, header, path);
            if (value == null) {
                return null;
            }
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException e) {
                problems.add(new ValidationProblem(
                        path.toString(),
                        "'" + value + "' is not a whole number; write digits only, e.g. 23",
                        at(row, header)));
                return null;
            }
        }

        /** Labelled counts, {@code label: count} separated by semicolons; each that is not is reported. */
        List<EvidencePart> parts(Row row, String header, DataPath path) {
            String value = text(row, header, path);
            if (value == null) {
                return List.of();
            }
            List<EvidencePart> parts = new ArrayList<>();
            for (String part : value.split(";")) {
                if (part.isBlank()) {
                    continue;
                }
                int colon = part.lastIndexOf(':');
                String count = colon < 0 ? "" : part.substring(colon + 1).strip();
                DataPath partPath = path.index(parts.size());
                places.putIfAbsent(partPath, at(row, header));
                if (colon <= 0 || !count.matches("[0-9]{1,9}")) {
                    problems.add(new ValidationProblem(
                            partPath.toString(),
                            "'" + part.strip() + "' is not a labelled count; write label: count, the parts separated by"
                                    + " semicolons, e.g. online: 14; in person: 9",
                            at(row, header)));
                } else {
                    parts.add(new EvidencePart(part.substring(0, colon).strip(), Integer.valueOf(count)));
                }
            }
            return parts;
        }

        <E extends Enum<E>> E choice(Row row, String header, DataPath path, Class<E> type) {
            String value = text(row, header, path);
            if (value == null) {
                return null;
            }
            Optional<E> chosen = Choices.parse(value, type);
            if (chosen.isEmpty()) {
                problems.add(new ValidationProblem(path.toString(), Choices.unknown(value, type), at(row, header)));
            }
            return chosen.orElse(null);
        }

        <T> ReadResult<T> result(T value) {
            SourceLocation file = new SourceLocation(source, 0, 0);
            // A problem is placed at the nearest value on its path that came from a field, else the file.
            return ReadResult.of(value, problems, path -> {
                for (DataPath p = DataPath.parse(path).orElse(DataPath.root()); ; p = p.parent()) {
                    SourceLocation at = places.get(p);
                    if (at != null) {
                        return at;
                    }
                    if (p.isRoot()) {
                        return file;
                    }
                }
            });
        }
    }

    /** Takes off the apostrophe that export put in front of a value a spreadsheet would run. */
    static String unneutralise(String value) {
        return NEUTRALISED.matcher(value).find() ? value.substring(1) : value;
    }
}
