package io.github.equalityframework.io;

import java.time.LocalDate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;

/**
 * Reads dates as Jackson does, then refuses those outside the {@link ReadLimits} range: a year such as
 * 2204 or 1024 is a typing slip that would otherwise pass as a real date and skew every recency check.
 * The problem goes to the read's {@link ProblemCollector} and the field is left empty, as for a date
 * that does not exist.
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
        LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
        if (date == null || (!date.isBefore(earliest) && !date.isAfter(latest))) {
            return date;
        }
        Object collector = ctxt.getAttribute(ProblemCollector.class);
        String message = "'" + p.getString() + "' is outside the range of plausible dates (" + earliest + " to "
                + latest + "); check the year";
        if (collector instanceof ProblemCollector problems) {
            problems.add(DataPath.of(p.streamReadContext(), true), message, p.currentTokenLocation());
            return null;
        }
        return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, p.getString(), message);
    }
}
