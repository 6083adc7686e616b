package io.github.equalityframework.lga;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the plan checks write dates and statuses in their messages. */
final class PlanActions {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private PlanActions() {}

    /** "31 March 2025": dates in messages as a committee paper writes them. */
    static String day(java.time.LocalDate date) {
        return date.format(DAY);
    }

    /** "on_track" as "on track". */
    static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
