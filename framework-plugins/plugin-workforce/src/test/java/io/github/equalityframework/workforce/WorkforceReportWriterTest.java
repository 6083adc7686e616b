package io.github.equalityframework.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.spi.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WorkforceReportWriterTest {
    static final EmployeeFile EXAMPLE = EmployeeCsv.withDefaultColumns().read(ExampleDataTest.WORKFORCE);
    static final PopulationTable POPULATION =
            PopulationCsv.read(ExampleDataTest.POPULATION).table();

    static WorkforceReport example() {
        return WorkforceAnalysis.builder()
                .snapshotDate(java.time.LocalDate.of(2024, 3, 31))
                .population(POPULATION)
                .build()
                .analyse(EXAMPLE.employees());
    }

    @Test
    void noOutputHoldsAnEmployeesIdOrRow() {
        WorkforceReport report = example();
        List<Finding> findings = WorkforceChecks.run(report);
        for (WorkforceReportWriter writer : WorkforceReportWriter.values()) {
            String text = writer.write(report, findings);
            for (EmployeeRecord e : EXAMPLE.employees()) {
                assertFalse(text.contains(e.id()), writer + " holds " + e.id());
            }
            // The ids share a prefix; not even that may appear.
            assertFalse(text.contains("anon-"), writer.toString());
        }
    }

    @Test
    void theSameReportAlwaysGivesTheSameBytes() {
        for (WorkforceReportWriter writer : WorkforceReportWriter.values()) {
            assertEquals(
                    writer.write(example(), WorkforceChecks.run(example())),
                    writer.write(example(), WorkforceChecks.run(example())));
        }
    }

    @Test
    void jsonHoldsTheFiguresAndTheFindings() {
        WorkforceReport report = example();
        JsonNode json = JsonMapper.builder()
                .build()
                .readTree(WorkforceReportWriter.JSON.write(report, WorkforceChecks.run(report)));

        assertEquals(
                "Workforce equality report, snapshot 2024-03-31",
                json.get("title").asString());
        JsonNode mean = json.get("report").get("genderPayGap").get("meanHourlyPayGap");
        assertEquals("PUBLISHED", mean.get("status").asString());
        assertEquals(
                report.genderPayGap().meanHourlyPayGap().value(),
                mean.get("value").decimalValue());
        assertEquals(
                report.relevantEmployees(),
                json.get("report").get("relevantEmployees").asInt());
        assertEquals(3, json.get("report").get("representation").size());
        assertEquals(WorkforceChecks.run(report).size(), json.get("findings").size());
        assertEquals(
                WorkforceChecks.run(report).get(0).message(),
                json.get("findings").get(0).get("message").asString());
    }

    @Test
    void markdownHasTheSixFiguresAndATableRowPerGrade() {
        WorkforceReport report = example();
        String md = WorkforceReportWriter.MARKDOWN.write(report, List.of());

        assertTrue(md.startsWith("# Workforce equality report, snapshot 2024-03-31\n"), md.substring(0, 60));
        assertTrue(
                md.contains("| Mean gender pay gap in hourly pay | "
                        + report.genderPayGap().meanHourlyPayGap() + "% |"),
                md);
        assertTrue(
                md.contains(
                        "| Lower | " + report.genderPayGap().quartiles().get(0).men() + "% | "),
                md);
        Representation sex = report.representation("sex").orElseThrow();
        assertEquals(
                sex.grades().size(),
                count(
                                md,
                                Pattern.compile(
                                        "^\\| (Grade \\d+|Chief Officer) \\| \\d+ \\| .* \\| .* \\| .* \\|$",
                                        Pattern.MULTILINE))
                        / 3);
        assertTrue(md.contains("The checks found nothing."));
    }

    @Test
    void htmlIsSelfContainedWithChartsAndNoScript() {
        WorkforceReport report = example();
        String html = WorkforceReportWriter.HTML.write(report, WorkforceChecks.run(report));

        assertTrue(html.startsWith("<!doctype html>\n<html lang=\"en-GB\">"), html.substring(0, 40));
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"));
        assertFalse(html.contains("href="), "no links out");
        assertFalse(html.contains("src="), "nothing loaded");
        // One chart for the quartiles and one per characteristic's representation.
        assertEquals(4, count(html, Pattern.compile("<svg class=\"chart\"")));
        assertTrue(html.contains("aria-label=\"Share of men and women in each hourly pay quartile. lower: men "), html);
        assertTrue(html.contains("<title>Black: workforce "), "a bar per group with its value");
    }

    @Test
    void textFromTheInputIsEscapedInEveryFormat() {
        String group = "<script>alert('x')</script> | *bold* & [link](http://x)";
        WorkforceReport report = reportWithGroup(group, "<img src=x onerror=alert(1)>");

        String html = WorkforceReportWriter.HTML.write(report, WorkforceChecks.run(report));
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; | *bold* &amp; [link](http://x)"));

        String md = WorkforceReportWriter.MARKDOWN.write(report, List.of());
        assertFalse(Pattern.compile("(?<!\\\\)<").matcher(md).find(), "every < escaped");
        assertTrue(
                md.contains("\\<script\\>alert('x')\\</script\\> \\| \\*bold\\* \\& \\[link\\](http:\u2060//x)"), md);

        String json = WorkforceReportWriter.JSON.write(report, List.of());
        assertEquals(
                group,
                JsonMapper.builder()
                        .build()
                        .readTree(json)
                        .get("report")
                        .get("byEthnicity")
                        .get("groups")
                        .get(1)
                        .get("group")
                        .asString());
    }

    /** Twelve staff in a group of this name and twelve White British, all in one grade of this name. */
    private static WorkforceReport reportWithGroup(String group, String grade) {
        List<EmployeeRecord> staff = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            staff.add(new EmployeeRecord(
                    "a" + i,
                    i % 2 == 0 ? Sex.MALE : Sex.FEMALE,
                    group,
                    DisabilityStatus.NOT_DISABLED,
                    grade,
                    new BigDecimal("12.00"),
                    BigDecimal.ZERO,
                    true,
                    true,
                    null,
                    null));
            staff.add(new EmployeeRecord(
                    "b" + i,
                    i % 2 == 0 ? Sex.MALE : Sex.FEMALE,
                    "White British",
                    DisabilityStatus.NOT_DISABLED,
                    grade,
                    new BigDecimal("14.00"),
                    BigDecimal.ZERO,
                    true,
                    true,
                    null,
                    null));
        }
        return WorkforceAnalysis.builder().build().analyse(staff);
    }

    @Test
    void aControlCharacterInUserTextIsWrittenOutInBothFormats() {
        WorkforceReport report = reportWithGroup("a\u001B[2J b", "Grade\u001B]0;t");
        String md = WorkforceReportWriter.MARKDOWN.write(report, List.of());
        String html = WorkforceReportWriter.HTML.write(report, List.of());
        assertTrue(md.contains("| a\\\\u001B\\[2J b |"), md);
        assertTrue(html.contains(">a\\u001B[2J b<"), html);
        assertTrue(html.contains(">Grade\\u001B]0;t<"), html);
        assertFalse(md.contains("\u001B") || html.contains("\u001B"), "no raw escape character");
    }

    private static int count(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
