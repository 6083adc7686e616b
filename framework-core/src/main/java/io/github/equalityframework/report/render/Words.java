package io.github.equalityframework.report.render;

import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How values read in a report. Month names are spelled out here rather than taken from the JDK's locale
 * data, so that the output is the same on every JDK.
 */
final class Words {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private Words() {}

    /** An enum constant as words: {@code ON_TRACK} reads "On track". */
    static String of(Enum<?> value) {
        String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A date as a council paper writes it: "31 March 2024". */
    static String date(LocalDate date) {
        return date == null ? "" : date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** An action's timescale: its due date, or the period in words when it has no date ("by March 2025"). */
    static String timescale(PlannedAction action) {
        return action.due() != null ? date(action.due()) : action.timescale() == null ? "" : action.timescale().strip();
    }

    /** "1 April 2023 to 31 March 2024". */
    static String period(AssessmentPeriod period) {
        return period == null ? "" : date(period.from()) + " to " + date(period.to());
    }

    /** "1 finding", "2 findings". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** "4 findings: 1 error, 1 warning, 2 info", most severe first, leaving out severities with none. */
    static String findingCounts(List<Finding> findings) {
        List<String> parts = new ArrayList<>();
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            long n = findings.stream().filter(f -> f.severity() == severity).count();
            if (n > 0) {
                parts.add(severity == Severity.INFO ? n + " info" : count(n, severity.name().toLowerCase(Locale.ROOT)));
            }
        }
        return count(findings.size(), "finding") + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
    }
}
