package io.github.equalityframework.xlsx;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.EvidencePart;
import io.github.equalityframework.problem.DataPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The evidence register as CSV, for councils that keep it in other tools; {@link ActionPlanCsv} does the same for
 * the action plan, with the same reader and writer.
 *
 * <p>Export neutralises spreadsheet formula injection: a value that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return (after any apostrophes) gets an apostrophe in front,
 * so that a spreadsheet shows it as text instead of running it; import takes that one apostrophe off
 * again, so the round trip is exact. Problems on import are placed as {@code file:line:column}, the line and
 * character column where the value starts; a quote never closed, or text after a closing quote, is such a
 * problem, and then nothing is read. Stateless and safe to share between threads.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RegisterCsv {
    private static final List<String> EVIDENCE =
            List.of("id", "title", "kind", "date", "location", "characteristics", "owner", "count", "parts");
    /** Registers written before these columns existed are read as items that are one document each. */
    private static final List<String> OPTIONAL = List.of("count", "parts");

    /** A CSV reader and writer; it holds no state. */
    public RegisterCsv() {}

    /**
     * The evidence register as CSV: a header and a line per item; characteristics separated by {@code ;}; an item
     * that counts things has its count, and its parts as {@code label: count} separated by {@code ;}.
     *
     * @param evidence the register
     * @return the CSV text, lines ending in CRLF as RFC 4180 has them
     */
    public String writeEvidence(List<EvidenceItem> evidence) {
        StringBuilder out = new StringBuilder();
        CsvTable.line(out, EVIDENCE);
        for (EvidenceItem e : evidence) {
            CsvTable.line(
                    out,
                    Arrays.asList(
                            e.id(),
                            e.title(),
                            e.kind(),
                            e.date() == null ? null : e.date().toString(),
                            e.location(),
                            String.join("; ", e.characteristics()),
                            e.owner(),
                            e.count() == null ? null : e.count().toString(),
                            e.parts().stream()
                                    .map(p -> p.label() + ": " + p.count())
                                    .collect(Collectors.joining("; "))));
        }
        return out.toString();
    }

    /**
     * Reads an evidence register written by {@link #writeEvidence} or by another tool with the same header (the
     * {@code count} and {@code parts} columns may be left out).
     *
     * @param csv    the CSV text
     * @param source the name to report problems under
     * @return the register and every problem found
     */
    public ReadResult<List<EvidenceItem>> readEvidence(String csv, String source) {
        CsvTable.Table table = CsvTable.Table.parse(csv, source, EVIDENCE, OPTIONAL);
        List<EvidenceItem> items = new ArrayList<>();
        for (CsvTable.Row row : table.rows) {
            DataPath path = DataPath.root().field("evidence").index(items.size());
            table.place(path, row, 0);
            String characteristics = row.get("characteristics");
            List<String> ids = characteristics == null
                    ? List.of()
                    : Arrays.stream(characteristics.split(";"))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList();
            List<EvidencePart> parts = table.parts(row, "parts", path.field("parts"));
            items.add(new EvidenceItem(
                    table.text(row, "id", path.field("id")),
                    table.text(row, "title", path.field("title")),
                    table.text(row, "kind", path.field("kind")),
                    table.date(row, "date", path.field("date")),
                    table.text(row, "location", path.field("location")),
                    ids,
                    table.text(row, "owner", path.field("owner")),
                    table.count(row, "count", path.field("count")),
                    parts));
        }
        return table.result(table.broken ? null : items);
    }
}
