package io.github.equalityframework.internal.markup;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * A report as format-neutral structure (sections, paragraphs, notes, lists, labelled fields, tables with captions
 * and header rows, figures), so that each report's structure is written once and rendered by one HTML and one Markdown
 * writer, both of which escape every text in it.
 *
 * @param languageTag the page's language, such as {@code en-GB}
 * @param title       the report's title, its first heading
 * @param blocks      what follows the title
 */
@API(status = INTERNAL, since = "0.1")
public record ReportDocument(String languageTag, String title, List<Block> blocks) {
    public ReportDocument {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    /** The page, with the base style sheet and a report's own rules ({@link Stylesheet#with}). */
    public String html(String css) {
        return new DocumentHtml(css).write(this);
    }

    /** The document in Markdown (CommonMark with GitHub's tables). */
    public String markdown() {
        return new DocumentMarkdown().write(this);
    }

    /** A part of a document. */
    public sealed interface Block permits Section, Paragraph, Note, Bullets, Fields, Table, Figure, Contents {}

    /**
     * A headed section; its id (letters, digits, hyphens) is an anchor, or {@code null}. Sections nest. A title
     * that is {@code written} (framework or council text) is marked as English on a page in another language.
     */
    public record Section(String id, String title, List<Block> blocks, boolean written) implements Block {
        public Section {
            blocks = List.copyOf(blocks);
        }

        public Section(String id, String title, List<Block> blocks) {
            this(id, title, blocks, false);
        }

        /** This section, whose title is as its author wrote it. */
        public Section asWritten() {
            return new Section(id, title, blocks, true);
        }
    }

    public record Paragraph(String text) implements Block {}

    /** An explanatory remark: a paragraph that says how to read what is near it. */
    public record Note(String text) implements Block {}

    /** A bulleted list. */
    public record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /**
     * Labelled fields, such as a recommendation's text, response and state: a {@code <dl>} in HTML, a
     * {@code **Label:** text} paragraph each in Markdown.
     */
    public record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    /**
     * A field of {@link Fields}: its label, its text, and whether the text is as its author wrote it (framework or
     * council text, marked as English on a page in another language; see {@link HtmlWriter.Written}).
     */
    public record Field(String label, String text, boolean written) {
        /** A field whose text is the product's own words. */
        public Field(String label, String text) {
            this(label, text, false);
        }

        /** A field whose text is as its author wrote it. */
        public static Field written(String label, String text) {
            return new Field(label, text, true);
        }
    }

    /**
     * A table with its caption and header row; when {@code rowHeaders}, each row's first cell heads the row.
     */
    public record Table(String caption, List<String> headers, List<List<Cell>> rows, boolean rowHeaders)
            implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }

        /** A table of plain cells, each row headed by its first cell. */
        public static Table of(String caption, List<String> headers, List<List<String>> rows) {
            return new Table(
                    caption,
                    headers,
                    rows.stream()
                            .map(row -> row.stream().map(Cell::plain).toList())
                            .toList(),
                    true);
        }
    }

    /** A figure drawn in HTML only (a chart); the Markdown leaves it out, as a table nearby gives its figures. */
    public record Figure(Consumer<HtmlWriter> html) implements Block {}

    /** A list of links to the document's top-level sections that have an id, under its label; HTML only. */
    public record Contents(String label) implements Block {}

    /**
     * A table cell: its text, how it is shown, its parts ({@link Style#TAGS} its tags, {@link Style#LINES} its
     * lines, {@link Style#LEAD} its lead and the text after it), a mark: a class the HTML cell carries (such as
     * a status colour from the page's style sheet), or {@code null}; and whether its text is as its author wrote it
     * (framework or council text, marked as English on a page in another language; see {@link HtmlWriter.Written}).
     */
    public record Cell(String text, Style style, List<String> tags, String mark, boolean written) {
        public Cell {
            text = text == null ? "" : text;
            tags = List.copyOf(tags);
        }

        public Cell(String text, Style style, List<String> tags, String mark) {
            this(text, style, tags, mark, false);
        }

        public Cell(String text, Style style, List<String> tags) {
            this(text, style, tags, null);
        }

        /** This cell carrying a class in HTML (letters, digits and hyphens, styled by the page). */
        public Cell marked(String mark) {
            return new Cell(text, style, tags, mark, written);
        }

        /** This cell, whose text is as its author wrote it. */
        public Cell asWritten() {
            return new Cell(text, style, tags, mark, true);
        }

        /** Lines in one cell: a paragraph each in HTML when there are several, joined by line breaks in Markdown. */
        public static Cell lines(List<String> lines) {
            return new Cell(String.join("\n", lines), Style.LINES, lines);
        }

        /** A strong lead, such as an id, then the text it heads. */
        public static Cell lead(String lead, String text) {
            String after = text == null ? "" : text;
            return new Cell(lead + " " + after, Style.LEAD, List.of(lead, after));
        }

        public static Cell plain(Object text) {
            return new Cell(text == null ? "" : text.toString(), Style.PLAIN, List.of());
        }

        public static Cell number(Object text) {
            return new Cell(String.valueOf(text), Style.NUMBER, List.of());
        }

        public static Cell strong(String text) {
            return new Cell(text, Style.STRONG, List.of());
        }

        public static Cell alert(String text) {
            return new Cell(text, Style.ALERT, List.of());
        }

        public static Cell tags(List<String> tags) {
            return new Cell(String.join(", ", tags), Style.TAGS, tags);
        }
    }

    /**
     * How a cell is shown: plain, a right-aligned number, strong, an alert (strong and marked), tags, lines, or a
     * strong lead then text.
     */
    public enum Style {
        PLAIN,
        NUMBER,
        STRONG,
        ALERT,
        TAGS,
        LINES,
        LEAD
    }
}
