package io.github.equalityframework.internal.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.internal.markup.ReportDocument.Cell;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One structure, two formats: what each block becomes in Markdown and in the page. */
class ReportDocumentTest {
    private static final ReportDocument DOCUMENT = new ReportDocument(
            "en-GB",
            "Report <1>",
            List.of(
                    new ReportDocument.Paragraph("Intro *x*"),
                    new ReportDocument.Contents("Contents"),
                    new ReportDocument.Section(
                            "gaps",
                            "Gaps",
                            List.of(
                                    new ReportDocument.Note("Withheld: [c]"),
                                    new ReportDocument.Figure(h -> h.element("figure", "chart")),
                                    new ReportDocument.Section(
                                            null,
                                            "By grade",
                                            List.of(
                                                    new ReportDocument.Bullets(List.of("- one", "two")),
                                                    new ReportDocument.Table(
                                                            "Pay | gaps",
                                                            List.of("Group", "Staff", "State", "Roles"),
                                                            List.of(
                                                                    List.of(
                                                                            Cell.plain("A|B"),
                                                                            Cell.number(12),
                                                                            Cell.alert("Overdue"),
                                                                            Cell.tags(List.of("Employer", "Leader"))),
                                                                    List.of(
                                                                            Cell.plain("Total"),
                                                                            Cell.number(14),
                                                                            Cell.strong("Open"),
                                                                            Cell.tags(List.of()))),
                                                            true))))),
                    new ReportDocument.Section("more", "More", List.of())));

    @Test
    void markdownHasHeadingsByDepthCaptionsAlignedNumbersAndNoFigureOrContents() {
        assertEquals("""
                # Report \\<1\\>

                Intro \\*x\\*

                ## Gaps

                Withheld: \\[c\\]

                ### By grade

                - \\- one
                - two

                **Pay \\| gaps**

                | Group | Staff | State | Roles |
                |---|---:|---|---|
                | A\\|B | 12 | **Overdue** | Employer, Leader |
                | Total | 14 | **Open** |  |

                ## More

                """, DOCUMENT.markdown());
    }

    @Test
    void htmlHasSectionsWithHeadingsByDepthRowHeadersAndContentsOfTheTopSections() {
        String html = DOCUMENT.html("p { }\n");

        assertTrue(html.startsWith("<!doctype html>\n<html lang=\"en-GB\">"), html);
        assertTrue(
                html.contains(
                        "<main>\n<h1>Report &lt;1&gt;</h1>\n<p>Intro *x*</p>\n"
                                + "<nav aria-label=\"Contents\"><ul>\n<li><a href=\"#gaps\">Gaps</a></li>\n"
                                + "<li><a href=\"#more\">More</a></li>\n</ul></nav>\n"
                                + "<section id=\"gaps\">\n<h2>Gaps</h2>\n<p class=\"note\">Withheld: [c]</p>\n"
                                + "<figure>chart</figure><section>\n<h3>By grade</h3>\n<ul>\n<li>- one</li>\n<li>two</li>\n</ul>\n"),
                html);
        assertTrue(
                html.contains(
                        "<tr><th scope=\"row\">A|B</th><td class=\"n\">12</td>"
                                + "<td><span class=\"overdue\">Overdue</span></td>"
                                + "<td><span class=\"tag\">Employer</span> <span class=\"tag\">Leader</span></td></tr>\n"
                                + "<tr><th scope=\"row\">Total</th><td class=\"n\">14</td><td><strong>Open</strong></td><td></td></tr>\n"),
                html);
        assertTrue(html.endsWith("</section>\n</main>\n</body>\n</html>\n"), html);
    }
    /** Labelled fields, cells of several lines, a row headed by a strong id, and a cell marked with a class. */
    private static final ReportDocument ACTIONS = new ReportDocument(
            "en-GB",
            "Plan",
            List.of(
                    new ReportDocument.Fields(List.of(
                            new ReportDocument.Field("Response", "Accepted <now>"),
                            new ReportDocument.Field("State *", "Open"))),
                    new ReportDocument.Table(
                            "Actions",
                            List.of("Action", "Timescale", "Status"),
                            List.of(
                                    List.of(
                                            Cell.lead("A1", "Train *all* staff").marked("lead"),
                                            Cell.lines(List.of("March 2026", "Revised to <May>")),
                                            Cell.plain("Overdue").marked("rag-overdue")),
                                    List.of(
                                            Cell.lead("A2", null),
                                            Cell.lines(List.of("June | 2026")),
                                            Cell.number(3).marked("rag-x"))),
                            true)));

    @Test
    void markdownWritesFieldsAsLabelledParagraphsLinesWithBreaksAndLeadsInBold() {
        assertEquals("""
                # Plan

                **Response:** Accepted \\<now\\>

                **State \\*:** Open

                **Actions**

                | Action | Timescale | Status |
                |---|---|---|
                | **A1** Train \\*all\\* staff | March 2026<br>Revised to \\<May\\> | Overdue |
                | **A2**  | June \\| 2026 | 3 |

                """, ACTIONS.markdown());
    }

    @Test
    void htmlWritesFieldsAsADefinitionListLinesAsParagraphsAndMarksAsClasses() {
        String html = ACTIONS.html("p { }\n");

        assertTrue(
                html.contains("<dl class=\"summary\">\n<dt>Response</dt><dd>Accepted &lt;now&gt;</dd>\n"
                        + "<dt>State *</dt><dd>Open</dd>\n</dl>\n"),
                html);
        assertTrue(
                html.contains("<tr><th scope=\"row\" class=\"lead\"><strong>A1</strong> Train *all* staff</th>"
                        + "<td><p>March 2026</p><p>Revised to &lt;May&gt;</p></td>"
                        + "<td class=\"rag-overdue\">Overdue</td></tr>\n"
                        + "<tr><th scope=\"row\"><strong>A2</strong> </th><td>June | 2026</td>"
                        + "<td class=\"n rag-x\">3</td></tr>\n"),
                html);
        assertFalse(html.contains(" style="), html);
    }
}
