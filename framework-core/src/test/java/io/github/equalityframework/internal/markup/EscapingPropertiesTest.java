package io.github.equalityframework.internal.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.io.ControlCharacters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Whatever a user writes reads back as exactly what they wrote: through the one HTML writer in a parsed page, and
 * through the one Markdown escaper in a CommonMark parser with GitHub's autolinks and tables, as one text and
 * nothing else (no link, image, HTML, emphasis, code, heading, list or quote), after the documented normalisation.
 */
class EscapingPropertiesTest {
    private static final Parser MARKDOWN = Parser.builder()
            .extensions(List.of(AutolinkExtension.create(), TablesExtension.create()))
            .build();

    /** Pieces that start or end markup, links, entities, lists, headings, cells and line ends, and any other char. */
    @Provide
    Arbitrary<String> userText() {
        Arbitrary<String> pieces = Arbitraries.of(
                "\r",
                "\n",
                "\r\n",
                "\u0000",
                "\u001B",
                "\u0085",
                "\u2028",
                "\u202E",
                "\t",
                " ",
                "  ",
                "\"",
                "'",
                "<",
                ">",
                "&",
                "&amp;",
                "&#42;",
                "`",
                "```",
                "*",
                "**",
                "_",
                "[",
                "]",
                "(",
                ")",
                "![",
                "](",
                "!",
                "#",
                "|",
                "\\",
                "~",
                "~~",
                "://",
                "http",
                "https://example.org/x",
                "www.",
                "WWW.",
                "1.",
                "2)",
                "-",
                "+",
                "=",
                "---",
                "<b>",
                "<!--",
                "a",
                "x",
                ".",
                ":",
                "/",
                "8.4%");
        Arbitrary<String> anyChar = Arbitraries.chars()
                .all()
                // A lone surrogate is not text, and an e-mail address may autolink (see MarkdownText).
                .filter(c -> !Character.isSurrogate(c) && c != '@')
                .map(String::valueOf);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, pieces), net.jqwik.api.Tuple.of(1, anyChar))
                .list()
                .ofMaxSize(24)
                .map(list -> String.join("", list));
    }

    @Property(tries = 400)
    void htmlTextAndAttributeValuesReadBackAsWritten(@ForAll("userText") String text) {
        String html = new HtmlWriter()
                .element("p", text, "title", text)
                .textarea("t", text)
                .toString();
        Element body = Jsoup.parseBodyFragment(html).body();

        assertEquals(2, body.children().size(), html);
        Element p = body.child(0);
        assertTrue(p.children().isEmpty(), html);
        assertEquals(htmlNormalised(text), p.wholeText(), html);
        assertEquals(htmlNormalised(text), p.attr("title"), html);
        assertEquals(htmlNormalised(text), body.child(1).wholeText(), html);
    }

    @Property(tries = 400)
    void markdownTextIsOneTextNodeWithTheSameVisibleText(@ForAll("userText") String text) {
        String markdown = MarkdownText.text(text);
        // A word joiner of the text's own is as invisible as those the escaper adds, and visible() drops both.
        String expected = MarkdownText.visible(markdownNormalised(text));

        assertOnlyText(MARKDOWN.parse(markdown), Paragraph.class, expected, markdown);
        assertOnlyText(MARKDOWN.parse("| h |\n|---|\n| " + markdown + " |\n"), TableCell.class, expected, markdown);
    }

    /** Everything in the document is the structure expected, text in exactly one node, or nothing if no text. */
    private static void assertOnlyText(Node document, Class<?> holder, String expected, String markdown) {
        List<Text> texts = new ArrayList<>();
        List<String> others = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }

            @Override
            public void visit(CustomBlock block) {
                visitChildren(block);
            }

            @Override
            public void visit(CustomNode node) {
                others.add(node.getClass().getSimpleName());
                visitChildren(node);
            }

            @Override
            protected void visitChildren(Node parent) {
                for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                    boolean structure = child instanceof Document
                            || child instanceof Paragraph
                            || child instanceof Text
                            || child instanceof CustomBlock
                            || child.getClass().getPackageName().startsWith("org.commonmark.ext.gfm.tables");
                    if (!structure) {
                        others.add(child.getClass().getSimpleName());
                    }
                    child.accept(this);
                }
            }
        });
        others.removeIf(name -> name.startsWith("Table"));
        assertEquals(List.of(), others, "markup made of " + markdown);
        String header = holder == TableCell.class ? "h" : null;
        List<String> literals = texts.stream()
                .map(Text::getLiteral)
                .filter(literal -> !literal.equals(header))
                .toList();
        assertEquals(
                expected.isEmpty() ? List.of() : List.of(expected),
                literals.stream()
                        .map(MarkdownText::visible)
                        .filter(visible -> !visible.isEmpty())
                        .toList(),
                markdown);
        texts.stream()
                .filter(t -> !t.getLiteral().equals(header))
                .forEach(t ->
                        assertTrue(holder.isInstance(t.getParent()), "text in " + t.getParent() + ": " + markdown));
    }

    /** HTML keeps text as it is but for line ends (CR and CRLF become LF) and controls other than tab and LF (written out). */
    static String htmlNormalised(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder();
        for (char c : lines.toCharArray()) {
            out.append(
                    Character.isISOControl(c) && c != '\t' && c != '\n'
                            ? String.format(Locale.ROOT, "\\u%04X", (int) c)
                            : String.valueOf(c));
        }
        return out.toString();
    }

    /**
     * Markdown puts text on one line: each line break with the white space around it becomes one space, the ends
     * are stripped, and controls and bidirectional overrides are written out as in a terminal.
     */
    static String markdownNormalised(String text) {
        return ControlCharacters.forTerminal(text.replaceAll("\\s*\\R\\s*", " ").strip());
    }
}
