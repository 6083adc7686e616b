package io.github.equalityframework.internal.markup;

import io.github.equalityframework.internal.markup.ReportDocument.Block;
import io.github.equalityframework.internal.markup.ReportDocument.Cell;
import java.util.List;

/** A {@link ReportDocument} as one self-contained HTML page. */
final class DocumentHtml {
    private final String css;
    private final HtmlWriter h = new HtmlWriter();

    DocumentHtml(String css) {
        this.css = css;
    }

    String write(ReportDocument document) {
        h.head(document.languageTag(), document.title(), css)
                .open("main")
                .line()
                .element("h1", document.title())
                .line();
        document.blocks().forEach(block -> block(document, block, 0));
        return h.close("main").line().end();
    }

    private void block(ReportDocument document, Block block, int depth) {
        if (block instanceof ReportDocument.Section s) {
            h.open("section", "id", s.id())
                    .line()
                    .element("h" + (depth + 2), s.written() ? HtmlWriter.asWritten(s.title()) : s.title())
                    .line();
            s.blocks().forEach(b -> block(document, b, depth + 1));
            h.close("section").line();
        } else if (block instanceof ReportDocument.Paragraph p) {
            h.element("p", p.text()).line();
        } else if (block instanceof ReportDocument.Note n) {
            h.element("p", n.text(), "class", "note").line();
        } else if (block instanceof ReportDocument.Bullets b) {
            h.open("ul").line();
            b.items().forEach(item -> h.element("li", item).line());
            h.close("ul").line();
        } else if (block instanceof ReportDocument.Fields f) {
            h.open("dl", "class", "summary").line();
            f.fields()
                    .forEach(field -> h.element("dt", field.label())
                            .element("dd", field.written() ? HtmlWriter.asWritten(field.text()) : field.text())
                            .line());
            h.close("dl").line();
        } else if (block instanceof ReportDocument.Table t) {
            table(t);
        } else if (block instanceof ReportDocument.Figure f) {
            f.html().accept(h);
        } else if (block instanceof ReportDocument.Contents c) {
            contents(document, c);
        }
    }

    private void contents(ReportDocument document, ReportDocument.Contents contents) {
        h.open("nav", "aria-label", contents.label()).open("ul").line();
        for (Block block : document.blocks()) {
            if (block instanceof ReportDocument.Section s && s.id() != null) {
                h.open("li").link(s.id(), s.title()).close("li").line();
            }
        }
        h.close("ul").close("nav").line();
    }

    private void table(ReportDocument.Table table) {
        h.table(table.caption(), null, table.headers().toArray(String[]::new));
        for (List<Cell> row : table.rows()) {
            h.open("tr");
            for (int i = 0; i < row.size(); i++) {
                Cell cell = row.get(i);
                String lang = cell.written() ? h.writtenLang() : null;
                if (i == 0 && table.rowHeaders()) {
                    h.open("th", "scope", "row", "class", cell.mark(), "lang", lang);
                } else {
                    h.open("td", "class", classes(cell), "lang", lang);
                }
                content(cell);
                h.close(i == 0 && table.rowHeaders() ? "th" : "td");
            }
            h.close("tr").line();
        }
        h.endTable();
    }

    private static String classes(Cell cell) {
        String number = cell.style() == ReportDocument.Style.NUMBER ? "n" : null;
        if (cell.mark() == null) {
            return number;
        }
        return number == null ? cell.mark() : number + " " + cell.mark();
    }

    private void content(Cell cell) {
        switch (cell.style()) {
            case PLAIN, NUMBER -> h.text(cell.text());
            case STRONG -> h.element("strong", cell.text());
            case ALERT -> h.element("span", cell.text(), "class", "overdue");
            case LEAD ->
                h.element("strong", cell.tags().get(0)).text(" " + cell.tags().get(1));
            case LINES -> {
                if (cell.tags().size() == 1) {
                    h.text(cell.tags().get(0));
                } else {
                    cell.tags().forEach(line -> h.element("p", line));
                }
            }
            case TAGS -> {
                for (int i = 0; i < cell.tags().size(); i++) {
                    h.text(i == 0 ? "" : " ").element("span", cell.tags().get(i), "class", "tag");
                }
            }
        }
    }
}
