package io.github.equalityframework.cli.command;

import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** How the listing commands print: an aligned text table, or JSON for scripts. */
enum ListFormat {
    TABLE,
    JSON;

    private static final ModelCodec CODEC = ModelCodec.strict();

    /** Prints rows (records) as a table with these column headers, or the records as a JSON array. */
    void print(PrintWriter out, List<String> headers, List<List<String>> cells, List<?> records) {
        if (this == JSON) {
            out.print(CODEC.write(records, Format.JSON));
            out.flush();
            return;
        }
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        all.addAll(cells);
        int[] widths = new int[headers.size()];
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i == row.size() - 1 ? row.get(i) : String.format("%-" + widths[i] + "s  ", row.get(i)));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
