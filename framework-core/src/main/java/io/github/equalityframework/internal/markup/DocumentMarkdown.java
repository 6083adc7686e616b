package io.github.equalityframework.internal.markup;

import io.github.equalityframework.internal.markup.ReportDocument.Block;
import io.github.equalityframework.internal.markup.ReportDocument.Cell;
import java.util.List;

/** A {@link ReportDocument} in Markdown: every text through {@link MarkdownText}. */
final class DocumentMarkdown {
    private final StringBuilder md = new StringBuilder(16_384);

    String write(ReportDocument document) {
        md.append("# ").append(MarkdownText.text(document.title())).append("\n\n");
        document.blocks().forEach(block -> block(block, 0));
        return md.toString();
    }

    private void block(Block block, int depth) {
        if (block instanceof ReportDocument.Section s) {
            md.append("#".repeat(depth + 2))
                    .append(' ')
                    .append(MarkdownText.text(s.title()))
                    .append("\n\n");
            s.blocks().forEach(b -> block(b, depth + 1));
        } else if (block instanceof ReportDocument.Paragraph p) {
            md.append(MarkdownText.text(p.text())).append("\n\n");
        } else if (block instanceof ReportDocument.Note n) {
            md.append(MarkdownText.text(n.text())).append("\n\n");
        } else if (block instanceof ReportDocument.Bullets b) {
            b.items()
                    .forEach(item ->
                            md.append("- ").append(MarkdownText.text(item)).append('\n'));
            md.append('\n');
        } else if (block instanceof ReportDocument.Fields f) {
            f.fields()
                    .forEach(field -> md.append("**")
                            .append(MarkdownText.text(field.label()))
                            .append(":** ")
                            .append(MarkdownText.text(field.text()))
                            .append("\n\n"));
        } else if (block instanceof ReportDocument.Table t) {
            table(t);
        }
        // A figure is for the page (a table near it gives the same figures); a Markdown viewer makes its own contents.
    }

    private void table(ReportDocument.Table table) {
        md.append("**").append(MarkdownText.text(table.caption())).append("**\n\n|");
        table.headers()
                .forEach(header ->
                        md.append(' ').append(MarkdownText.text(header)).append(" |"));
        md.append("\n|");
        for (int column = 0; column < table.headers().size(); column++) {
            md.append(numeric(table, column) ? "---:|" : "---|");
        }
        md.append('\n');
        for (List<Cell> row : table.rows()) {
            md.append('|');
            row.forEach(cell -> md.append(' ').append(content(cell)).append(" |"));
            md.append('\n');
        }
        md.append('\n');
    }

    /** A column of numbers only is right-aligned, as in the page. */
    private static boolean numeric(ReportDocument.Table table, int column) {
        return !table.rows().isEmpty()
                && table.rows().stream()
                        .allMatch(row -> column < row.size() && row.get(column).style() == ReportDocument.Style.NUMBER);
    }

    private static String content(Cell cell) {
        String text = MarkdownText.text(cell.text());
        return switch (cell.style()) {
            case STRONG, ALERT -> text.isEmpty() ? text : "**" + text + "**";
            // A line break in a cell is HTML, the only one GitHub's tables allow; each line is escaped text.
            case LINES ->
                String.join("<br>", cell.tags().stream().map(MarkdownText::text).toList());
            case LEAD ->
                "**" + MarkdownText.text(cell.tags().get(0)) + "** "
                        + MarkdownText.text(cell.tags().get(1));
            case PLAIN, NUMBER, TAGS -> text;
        };
    }
}
