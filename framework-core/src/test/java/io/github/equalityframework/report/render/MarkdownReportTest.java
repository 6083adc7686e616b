package io.github.equalityframework.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.internal.markup.MarkdownText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Markdown summary: user text cannot change its tables or add markup. */
class MarkdownReportTest {

    @Test
    void aPipeInUserTextDoesNotAddTableColumns() {
        String md = ReportRenderer.markdown().render(RenderFixture.input(" one | two || three", null, true));
        List<List<String>> table = new ArrayList<>();
        for (String line : md.split("\n", -1)) {
            if (line.startsWith("|")) {
                table.add(cells(line));
            } else if (!table.isEmpty()) {
                int columns = table.get(0).size();
                table.forEach(row -> assertEquals(columns, row.size(), "cells of " + row));
                table.clear();
            }
        }
        assertTrue(md.contains("| m2 Workforce one \\| two \\|\\| three |"), md);
    }

    @Test
    void userTextCannotBecomeHtmlLinksOrEmphasis() {
        String md = ReportRenderer.markdown()
                .render(RenderFixture.input(
                        " <script>alert(1)</script> [x](javascript:alert(1)) *bold* _it_ `code` &lt; # ~~gone~~",
                        null,
                        true));
        assertFalse(
                Pattern.compile("(?<!\\\\)[<\\[]").matcher(md).find(), "every < and [ is escaped: no HTML, no link");
        assertTrue(
                md.contains(
                        "\\<script\\>alert(1)\\</script\\> \\[x\\](javascript:alert(1)) \\*bold\\* \\_it\\_ \\`code\\` \\&lt; \\# \\~\\~gone\\~\\~"),
                md);
    }

    @Test
    void findingsAreGroupedByTheModuleOfTheirClaimWithSeverityMessageAndRule() {
        String md = ReportRenderer.markdown().render(RenderFixture.plain());
        String findings = md.substring(md.indexOf("## Findings"), md.indexOf("## Evidence by characteristic"));
        assertTrue(
                findings.startsWith(
                        "## Findings\n\n6 findings: 1 error, 3 warnings, 2 info.\n\n### m1 Communities\n\n"),
                findings);
        assertTrue(
                findings.contains(
                        "### m2 Workforce\n\n3. **Error**: The claim has no evidence: add an equality impact assessment. "
                                + "(claim m2/c1; rule `test.claim-evidence`)\n"),
                findings);
        assertTrue(
                findings.contains(
                        "### General\n\n4. **Warning**: Action A1 is past due. (action A1; rule `test.overdue`)\n"),
                findings);
    }

    @Test
    void gapListsTheCriteriaShortOfTheTargetAndByHowMuch() {
        String md = ReportRenderer.markdown().render(RenderFixture.plain());
        assertTrue(
                md.contains(
                        "## Gap to the target: Achieving\n\n1 criterion falls short of the target:\n\n"
                                + "| Criterion | Reached | Levels short |\n|---|---|---:|\n| m2/c1 Workforce data | Not assessed | 2 |\n"),
                md);
    }

    @Test
    void actionPlanListsTheActionsByModuleWithRolesAndNamesTheOverdueOnes() {
        String md = ReportRenderer.markdown().render(RenderFixture.plain());
        String plan = md.substring(md.indexOf("## Action plan"));
        assertTrue(plan.contains("Overdue on 31 March 2024 (past the target and not complete): A1.\n\n"), plan);
        assertTrue(plan.contains("""
                ### m1 Communities

                | Action | Recommendation | Roles | Lead | Due | Status today | Latest progress | Next steps |
                |---|---|---|---|---|---|---|---|
                | No action (Not accepted: Not affordable this year.) | R3 | Community leader |  |  |  |  |  |

                ### m2 Workforce

                | Action | Recommendation | Roles | Lead | Due | Status today | Latest progress | Next steps |
                |---|---|---|---|---|---|---|---|
                | A1 Publish workforce data | R1 Improve workforce data | Employer, Service provider | Head of Policy | 31 December 2023 | **Overdue** | None reported |  |
                | A2 Train managers | R1 Improve workforce data | Employer, Service provider | Head of Policy | 31 October 2023 | Complete | None reported |  |

                ### Not linked to a module

                | Action | Recommendation | Roles | Lead | Due | Status today | Latest progress | Next steps |
                |---|---|---|---|---|---|---|---|
                | A3 Review the equality objectives | R2 |  | Head of Policy | 30 September 2024 | Not yet due | None reported |  |
                """), plan);
    }

    @Test
    void anIncompleteReportSaysSo() {
        assertTrue(ReportRenderer.markdown()
                .render(RenderFixture.input("", null, false))
                .contains("> **This report is incomplete:**"));
    }

    @Test
    void escapingLeavesTextReadableAndCodeSpansLiteral() {
        assertEquals("A \\| B \\& C", MarkdownText.text("A | B & C"));
        assertEquals("one two", MarkdownText.text(" one\r\n  two "));
        assertEquals("\\- not a list", MarkdownText.text("- not a list"));
        assertEquals("2024\\. A year", MarkdownText.text("2024. A year"));
        assertEquals("\\#1 \\# heading", MarkdownText.text("#1 # heading"));
        assertEquals("`lga.claim-level`", MarkdownText.code("lga.claim-level"));
        assertEquals("a\\`b \\<i\\>", MarkdownText.code("a`b <i>"));
    }

    /** The cells of a GitHub table row: split at pipes that no backslash escapes. */
    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < row.length()) {
                cell.append(c).append(row.charAt(++i));
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return cells;
    }
}
