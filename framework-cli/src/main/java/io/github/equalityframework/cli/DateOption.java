package io.github.equalityframework.cli;

import io.github.equalityframework.io.ReadLimits;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a date option ({@code --today}, {@code --visit}) as {@code YYYY-MM-DD}, with the same message and
 * plausible range as a date field in a file, so that a mistyped date never shows a Java exception.
 */
final class DateOption implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        String text = value.strip();
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value
                    + "' is not a valid date; expected a real calendar date as YYYY-MM-DD, e.g. 2024-03-31");
        }
        LocalDate earliest = ReadLimits.DEFAULT_EARLIEST_DATE;
        LocalDate latest = ReadLimits.DEFAULT_LATEST_DATE;
        if (date.isBefore(earliest) || date.isAfter(latest)) {
            throw new TypeConversionException("'" + value + "' is outside the range of plausible dates (" + earliest
                    + " to " + latest + "); check the year");
        }
        return date;
    }
}
