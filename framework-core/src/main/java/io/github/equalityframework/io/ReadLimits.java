package io.github.equalityframework.io;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How much a codec reads before it gives up on a document, so that a hostile or broken file (a huge
 * string, a number thousands of digits long, nesting thousands deep) gives a problem instead of
 * exhausting memory or time. Every limit breached is reported as a located problem that names the
 * limit; nothing is thrown. The defaults are far beyond any real self-assessment or framework
 * definition (the largest bundled file is a few tens of kilobytes); see {@code docs/security.md}.
 *
 * <p>YAML aliases ({@code *name}) and explicit YAML tags other than the core ones ({@code !!str},
 * {@code !!int}, ...) are always refused: the codec builds only its own model types, and an alias would
 * otherwise be read as the anchor's name rather than its value. That also rules out alias bombs
 * ("billion laughs"), whatever the limits.
 *
 * @param maxDocumentSize  the largest document read: bytes of a file or stream, characters of a string;
 *                         also snakeyaml's code point limit
 * @param maxStringLength  the longest text value, in characters
 * @param maxNameLength    the longest field name, in characters
 * @param maxNumberLength  the most characters (digits, sign, point, exponent) in a number
 * @param maxNestingDepth  the deepest nesting of objects and lists
 * @param earliestDate     the earliest date accepted in any date field
 * @param latestDate       the latest date accepted in any date field
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ReadLimits(
        int maxDocumentSize,
        int maxStringLength,
        int maxNameLength,
        int maxNumberLength,
        int maxNestingDepth,
        LocalDate earliestDate,
        LocalDate latestDate) {

    /** 8 MiB: a few hundred times the largest real document. */
    public static final int DEFAULT_MAX_DOCUMENT_SIZE = 8 * 1024 * 1024;
    /** One million characters: a narrative of a whole report fits many times over. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;
    /** Field names are the model's own, at most a few dozen characters. */
    public static final int DEFAULT_MAX_NAME_LENGTH = 1_000;
    /** The model's numbers are small; 100 characters leaves room for any decimal written by hand. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
    /** The model nests about eight deep (an action plan's progress notes). */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
    /** Before any equality duty or framework; a year like 1024 is a typing slip. */
    public static final LocalDate DEFAULT_EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** Plans run a few years ahead; a year like 2204 is a typing slip. */
    public static final LocalDate DEFAULT_LATEST_DATE = LocalDate.of(2100, 12, 31);

    /** The defaults described above. */
    public static final ReadLimits DEFAULTS = new ReadLimits(
            DEFAULT_MAX_DOCUMENT_SIZE,
            DEFAULT_MAX_STRING_LENGTH,
            DEFAULT_MAX_NAME_LENGTH,
            DEFAULT_MAX_NUMBER_LENGTH,
            DEFAULT_MAX_NESTING_DEPTH,
            DEFAULT_EARLIEST_DATE,
            DEFAULT_LATEST_DATE);

    public ReadLimits {
        positive("maxDocumentSize", maxDocumentSize);
        positive("maxStringLength", maxStringLength);
        positive("maxNameLength", maxNameLength);
        positive("maxNumberLength", maxNumberLength);
        positive("maxNestingDepth", maxNestingDepth);
        Objects.requireNonNull(earliestDate, "earliestDate");
        Objects.requireNonNull(latestDate, "latestDate");
        if (latestDate.isBefore(earliestDate)) {
            throw new IllegalArgumentException("latestDate " + latestDate + " is before earliestDate " + earliestDate);
        }
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }

    public ReadLimits withMaxDocumentSize(int size) {
        return new ReadLimits(
                size, maxStringLength, maxNameLength, maxNumberLength, maxNestingDepth, earliestDate, latestDate);
    }

    public ReadLimits withMaxStringLength(int length) {
        return new ReadLimits(
                maxDocumentSize, length, maxNameLength, maxNumberLength, maxNestingDepth, earliestDate, latestDate);
    }

    public ReadLimits withMaxNameLength(int length) {
        return new ReadLimits(
                maxDocumentSize, maxStringLength, length, maxNumberLength, maxNestingDepth, earliestDate, latestDate);
    }

    public ReadLimits withMaxNumberLength(int length) {
        return new ReadLimits(
                maxDocumentSize, maxStringLength, maxNameLength, length, maxNestingDepth, earliestDate, latestDate);
    }

    public ReadLimits withMaxNestingDepth(int depth) {
        return new ReadLimits(
                maxDocumentSize, maxStringLength, maxNameLength, maxNumberLength, depth, earliestDate, latestDate);
    }

    /** The range of dates accepted, both days included. */
    public ReadLimits withDateRange(LocalDate earliest, LocalDate latest) {
        return new ReadLimits(
                maxDocumentSize, maxStringLength, maxNameLength, maxNumberLength, maxNestingDepth, earliest, latest);
    }
}
