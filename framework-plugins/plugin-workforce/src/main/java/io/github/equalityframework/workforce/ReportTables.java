package io.github.equalityframework.workforce;

import io.github.equalityframework.internal.markup.HtmlWriter;
import io.github.equalityframework.internal.markup.ReportDocument;
import io.github.equalityframework.internal.markup.ReportDocument.Block;
import io.github.equalityframework.internal.markup.ReportDocument.Section;
import io.github.equalityframework.internal.markup.ReportDocument.Table;
import io.github.equalityframework.spi.Finding;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The content of a workforce report as a {@link ReportDocument} of sections with notes, charts and tables,
 * written once and rendered to Markdown or HTML by the core's writers. Only figures of the report appear, so no
 * output can hold an employee's row, and a withheld figure reads "[c]".
 */
final class ReportTables {
    private ReportTables() {}

    /** The whole report: title, summary, then its sections. */
    static ReportDocument document(WorkforceReport report, List<Finding> findings) {
        List<Block> blocks = new ArrayList<>();
        summary(report).forEach(line -> blocks.add(new ReportDocument.Paragraph(line)));
        blocks.addAll(sections(report, findings));
        return new ReportDocument("en-GB", title(report), blocks);
    }

    /** A section: its notes, then its chart (if any), then its tables. */
    private static Section section(
            String id, String title, List<String> notes, Consumer<HtmlWriter> chart, List<Table> tables) {
        List<Block> blocks = new ArrayList<>();
        notes.forEach(note -> blocks.add(new ReportDocument.Note(note)));
        if (chart != null) {
            blocks.add(new ReportDocument.Figure(chart));
        }
        blocks.addAll(tables);
        return new Section(id, title, blocks);
    }

    static String title(WorkforceReport report) {
        return "Workforce equality report"
                + (report.organisation() == null ? "" : ": " + report.organisation())
                + (report.snapshotDate() == null ? "" : ", snapshot " + report.snapshotDate());
    }

    static List<String> summary(WorkforceReport report) {
        LocalDate date = report.snapshotDate();
        String snapshot = date == null
                ? "Snapshot date not given: public authorities take their figures on 31 March."
                : "Snapshot date " + date.getDayOfMonth() + " "
                        + date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + date.getYear()
                        + (date.getMonthValue() == 3 && date.getDayOfMonth() == 31
                                ? ", the date public authorities use."
                                : "; public authorities take their figures on 31 March.");
        return List.of(
                (report.organisation() == null ? "Organisation not named. " : report.organisation() + ". ") + snapshot,
                report.relevantEmployees() + " relevant employees, " + report.fullPayRelevantEmployees()
                        + " of them full-pay relevant.",
                report.statutoryDuty()
                        ? "250 or more relevant employees: the gender pay gap must be published."
                        : "Fewer than 250 relevant employees: publishing the gender pay gap is voluntary.",
                "The six statutory gender pay gap figures are published whatever the group sizes, as the regulations "
                        + "require. Everything else is a voluntary breakdown: there, [c] marks a figure withheld "
                        + "(confidential) because it is about fewer than " + report.minimumGroupSize()
                        + " people, or because a withheld one could be worked out or narrowed down from it; a "
                        + "withheld count may be zero.");
    }

    private static List<Section> sections(WorkforceReport report, List<Finding> findings) {
        List<Section> sections = new ArrayList<>();
        sections.add(genderPayGap(report.genderPayGap()));
        for (CharacteristicPayGaps gaps : List.of(report.byEthnicity(), report.byDisability())) {
            sections.add(payGaps(gaps));
        }
        for (Representation r : report.representation()) {
            sections.add(representation(report, r));
        }
        sections.add(findings(findings));
        return sections;
    }

    private static Section genderPayGap(GenderPayGap gpg) {
        List<List<String>> six = List.of(
                List.of("Mean gender pay gap in hourly pay", percent(gpg.meanHourlyPayGap())),
                List.of("Median gender pay gap in hourly pay", percent(gpg.medianHourlyPayGap())),
                List.of("Mean bonus gap", percent(gpg.meanBonusGap())),
                List.of("Median bonus gap", percent(gpg.medianBonusGap())),
                List.of("Men paid a bonus", percent(gpg.menPaidBonus())),
                List.of("Women paid a bonus", percent(gpg.womenPaidBonus())));
        List<List<String>> quartiles = new ArrayList<>();
        for (GenderPayGap.QuartileShares band : gpg.quartiles()) {
            quartiles.add(List.of(capitalised(band.band()), percent(band.men()), percent(band.women())));
        }
        return section(
                "gender-pay-gap",
                "Gender pay gap (statutory)",
                List.of(
                        "Gaps are (men − women) / men: positive when women are paid less.",
                        "Statutory figures: published whatever the group sizes, never withheld.",
                        "Staff recorded as neither male nor female are left out of these six figures, whose formulas "
                                + "compare men and women; they count among the relevant employees."),
                h -> HtmlReport.quartileChart(h, gpg),
                List.of(
                        Table.of("The six statutory figures", List.of("Measure", "Figure"), six),
                        Table.of("Hourly pay quartiles", List.of("Quartile", "Men", "Women"), quartiles)));
    }

    private static Section payGaps(CharacteristicPayGaps gaps) {
        List<List<String>> rows = new ArrayList<>();
        for (GroupFigures g : gaps.groups()) {
            rows.add(List.of(
                    g.group(),
                    count(g.relevantEmployees()),
                    percent(g.meanHourlyPayGap()),
                    percent(g.medianHourlyPayGap()),
                    percent(g.meanBonusGap()),
                    percent(g.medianBonusGap()),
                    percent(g.paidBonus())));
        }
        return section(
                "pay-gaps-" + gaps.characteristic(),
                "Pay gaps by " + gaps.characteristic() + " (voluntary)",
                List.of("Each group against " + gaps.referenceGroup() + ". " + gaps.undeclaredGroup() + ": "
                        + count(gaps.undeclared()) + "; declaration rate " + percent(gaps.declarationRate()) + "."),
                null,
                List.of(Table.of(
                        "Pay gaps by " + gaps.characteristic(),
                        List.of(
                                "Group",
                                "Employees",
                                "Mean gap",
                                "Median gap",
                                "Mean bonus gap",
                                "Median bonus gap",
                                "Paid a bonus"),
                        rows)));
    }

    private static Section representation(WorkforceReport report, Representation r) {
        List<List<String>> rows = new ArrayList<>();
        for (Representation.Group g : r.groups()) {
            rows.add(List.of(
                    g.group(),
                    count(g.employees()),
                    percent(g.workforcePercent()),
                    percent(g.populationPercent()),
                    points(g.difference())));
        }
        Representation.Aggregate aggregate = r.aggregate();
        if (aggregate != null) {
            rows.add(List.of(
                    aggregate.name() + " ("
                            + (aggregate.groups().isEmpty()
                                    ? "every group but " + report.byEthnicity().referenceGroup()
                                    : String.join(", ", aggregate.groups()))
                            + ")",
                    count(aggregate.employees()),
                    percent(aggregate.workforcePercent()),
                    percent(aggregate.populationPercent()),
                    points(aggregate.difference())));
        }
        List<String> headers = new ArrayList<>(List.of("Grade", "Employees"));
        List<List<String>> grades = new ArrayList<>();
        for (Representation.Grade grade : r.grades()) {
            List<String> row = new ArrayList<>(List.of(grade.grade(), count(grade.employees())));
            for (Representation.Cell cell : grade.groups()) {
                row.add(
                        cell.employees().isPublished()
                                ? cell.employees() + (cell.percent().isPublished() ? " (" + cell.percent() + "%)" : "")
                                : cell.employees().toString());
            }
            if (aggregate != null) {
                row.add(count(aggregate.byGrade().get(grades.size())));
            }
            grades.add(row);
        }
        if (!r.grades().isEmpty()) {
            r.grades().get(0).groups().forEach(c -> headers.add(c.group()));
            if (aggregate != null) {
                headers.add(aggregate.name());
            }
        }
        return section(
                "representation-" + r.characteristic(),
                "Representation by " + r.characteristic() + " (voluntary)",
                List.of(
                        "Declared: " + percent(r.declarationRate()) + "; did not say: " + percent(r.notDeclared())
                                + ". Workforce percentages are of all relevant employees; differences are in percentage points."),
                h -> HtmlReport.representationChart(h, r),
                List.of(
                        Table.of(
                                "Workforce and local population by " + r.characteristic(),
                                List.of("Group", "Employees", "Workforce", "Population", "Difference"),
                                rows),
                        Table.of("Grades by " + r.characteristic(), headers, grades)));
    }

    private static Section findings(List<Finding> findings) {
        List<List<String>> found = new ArrayList<>();
        for (Finding f : findings) {
            found.add(List.of(f.severity().name().toLowerCase(Locale.ROOT), f.rule(), f.message()));
        }
        return section(
                "findings",
                "Findings",
                found.isEmpty() ? List.of("The checks found nothing.") : List.of(),
                null,
                found.isEmpty()
                        ? List.of()
                        : List.of(Table.of(
                                "Findings of the workforce checks", List.of("Severity", "Check", "Finding"), found)));
    }

    static String percent(Figure figure) {
        return figure.isPublished() ? figure + "%" : figure.toString();
    }

    static String count(Figure figure) {
        return figure.toString();
    }

    static String points(Figure figure) {
        return figure.isPublished() ? (figure.value().signum() > 0 ? "+" : "") + figure + " pp" : figure.toString();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
