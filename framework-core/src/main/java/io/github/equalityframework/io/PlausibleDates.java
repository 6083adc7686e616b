package io.github.equalityframework.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a date written as {@code YYYY-MM-DD} and nothing else: not a number (which Jackson would take
 * as a count of days since 1970), a list of parts, or a date with a time. A date outside the
 * {@link ReadLimits} range is refused too: a year such as 2204 or 1024 is a typing slip that would
 * otherwise pass as a real date and skew every recency check. Problems go to the read's
 * {@link ProblemCollector} and the field is left empty, as for a date that does not exist.
 */
final class PlausibleDates extends ValueDeserializer<LocalDate> {
    private final LocalDate earliest;
    private final LocalDate latest;

    PlausibleDates(ReadLimits limits) {
        this.earliest = limits.earliestDate();
        this.latest = limits.latestDate();
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
        }
        String text = p.getString().strip();
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date");
        }
        if (!date.isBefore(earliest) && !date.isAfter(latest)) {
            return date;
        }
        String message = "'" + text + "' is outside the range of plausible dates (" + earliest + " to " + latest
                + "); check the year";
        if (ctxt.getAttribute(ProblemCollector.class) instanceof ProblemCollector problems) {
            problems.add(DataPath.of(p.streamReadContext(), true), message, p.currentTokenLocation());
            return null;
        }
        return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, message);
    }
}
