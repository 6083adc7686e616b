package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.Reading.After;
import io.github.equalityframework.model.Reading.NotADate;
import io.github.equalityframework.model.Reading.Open;
import io.github.equalityframework.model.Reading.Span;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * A timescale as a council writes it in an action plan ("by March 2025", "Q3 2023/24", "within 6 months",
 * "ongoing"), read as the range of days it names. The text is kept as written; what it names is one of the
 * {@link Kind kinds}. {@code docs/timescales.md} lists every form understood and how each is read.
 *
 * <p>Reading never guesses: words that name two different dates, or none the forms know, are {@link
 * Kind#UNREADABLE}, never given a date. Years from 1900 to 2999 are read however implausible; whether a
 * year is plausible depends on when the plan was agreed, which the checks of a plan judge.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Timescale {

    /** What a timescale's words name. */
    public enum Kind {
        /** A day or a period of the calendar: {@link #start()} and {@link #end()} are present. */
        DATED,
        /** A period after the plan was agreed ("within 6 months"): {@link #length()} is present. */
        RELATIVE,
        /** Wording that deliberately names no date ("ongoing", "as and when", "tbc", "annually"). */
        OPEN_ENDED,
        /** None of the forms understood (see {@link #FORMS}). */
        UNREADABLE,
        /** Looks like a date but names none ("31 February 2024"): {@link #problem()} says why. */
        IMPOSSIBLE
    }

    /** One sentence naming the forms understood, for messages about a timescale that could not be dated. */
    public static final String FORMS = "a date (31 March 2024, 31/03/2024, 2024-03-31), a month (March 2024, Mar-24),"
            + " a year (2024), a range (June to December 2023), a financial year or quarter (2023/24, Q3 2023/24),"
            + " a season or part of a year (summer 2024, early 2024), a period from the plan's agreement"
            + " (within 6 months), or open-ended wording (ongoing, as and when, tbc)";

    /**
     * Timescales already read, by their words: a plan's targets are read again by validation, every plan check and
     * the report (8% of a batch's CPU before), and a batch of plans repeats the same few wordings. Bounded: emptied
     * when full, and long text is never kept.
     */
    private static final ConcurrentHashMap<String, Timescale> READ = new ConcurrentHashMap<>();

    static final int CACHED_ENTRIES = 4_096;
    static final int CACHED_LENGTH = 120;

    private final String text;
    private final Kind kind;
    private final LocalDate start;
    private final LocalDate end;
    private final Period length;
    private final boolean indicative;
    private final String problem;

    private Timescale(
            String text, Kind kind, LocalDate start, LocalDate end, Period length, boolean indicative, String problem) {
        this.text = text;
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.length = length;
        this.indicative = indicative;
        this.problem = problem;
    }

    /**
     * Reads a timescale's words. Never throws and never returns {@code null}: {@code null} or blank text is
     * {@link Kind#UNREADABLE} with the text {@code ""}.
     */
    public static Timescale parse(String text) {
        if (text == null || text.isBlank()) {
            return new Timescale("", Kind.UNREADABLE, null, null, null, false, null);
        }
        if (text.length() > CACHED_LENGTH) {
            return read(text);
        }
        Timescale known = READ.get(text);
        if (known != null) {
            return known;
        }
        Timescale read = read(text);
        if (READ.size() >= CACHED_ENTRIES) {
            READ.clear();
        }
        READ.put(text, read);
        return read;
    }

    /** How many wordings are kept read; for tests. */
    static int cachedEntries() {
        return READ.size();
    }

    static Timescale read(String text) {
        String words = TimescaleReader.normalise(text);
        boolean indicative = TimescaleReader.indicative(words);
        Reading reading = TimescaleReader.read(words).orElse(null);
        if (reading instanceof Span span) {
            return new Timescale(text, Kind.DATED, span.start(), span.end(), null, indicative, null);
        }
        if (reading instanceof After after) {
            return new Timescale(text, Kind.RELATIVE, null, null, after.length(), indicative, null);
        }
        if (reading instanceof Open) {
            return new Timescale(text, Kind.OPEN_ENDED, null, null, null, false, null);
        }
        if (reading instanceof NotADate notADate) {
            return new Timescale(text, Kind.IMPOSSIBLE, null, null, null, false, notADate.problem());
        }
        return new Timescale(text, Kind.UNREADABLE, null, null, null, false, null);
    }

    /**
     * The last day of a {@link Kind#DATED} timescale, after which an action is overdue; empty for any other.
     * Kept for existing callers: {@code parse(text).end()}.
     */
    public static Optional<LocalDate> resolve(String text) {
        return parse(text).end();
    }

    /** The words as written, not normalised; {@code ""} when there were none. */
    public String text() {
        return text;
    }

    public Kind kind() {
        return kind;
    }

    /** The first day of the range named; present only when {@link Kind#DATED}. */
    public Optional<LocalDate> start() {
        return Optional.ofNullable(start);
    }

    /** The last day of the range named, included; an action is overdue only after it. Only when {@link Kind#DATED}. */
    public Optional<LocalDate> end() {
        return Optional.ofNullable(end);
    }

    /** How long after the plan's agreement, as "within 6 months" is P6M; present only when {@link Kind#RELATIVE}. */
    public Optional<Period> length() {
        return Optional.ofNullable(length);
    }

    /** Whether the words say the date is indicative, approximate or provisional; always false unless dated or relative. */
    public boolean indicative() {
        return indicative;
    }

    /** Why the words name no date, one line for the user; present only when {@link Kind#IMPOSSIBLE}. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    public boolean isDated() {
        return kind == Kind.DATED;
    }

    /**
     * A {@link Kind#RELATIVE} timescale counted from the day the plan was agreed: {@link Kind#DATED} from that
     * day to the day before the same day {@link #length()} later ("within 12 months" of 1 April 2024 runs to
     * 31 March 2025), keeping the text and {@link #indicative()}. Any other timescale, and any timescale when the
     * day is not known ({@code null}: a plan with no agreement date), is returned as it is.
     *
     * @param agreedOn the day the plan was agreed, may be {@code null}
     */
    public Timescale from(LocalDate agreedOn) {
        if (kind != Kind.RELATIVE || agreedOn == null) {
            return this;
        }
        return new Timescale(text, Kind.DATED, agreedOn, agreedOn.plus(length).minusDays(1), null, indicative, null);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Timescale that
                && text.equals(that.text)
                && kind == that.kind
                && Objects.equals(start, that.start)
                && Objects.equals(end, that.end)
                && Objects.equals(length, that.length)
                && indicative == that.indicative
                && Objects.equals(problem, that.problem);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, kind, start, end, length, indicative, problem);
    }

    /** For debugging: the kind, what it names and the text, as {@code DATED 2024-03-01..2024-03-31 'March 2024'}. */
    @Override
    public String toString() {
        String named = switch (kind) {
            case DATED -> " " + start + ".." + end + (indicative ? " indicative" : "");
            case RELATIVE -> " " + length + (indicative ? " indicative" : "");
            case IMPOSSIBLE -> " (" + problem + ")";
            default -> "";
        };
        return "Timescale[" + kind + named + " '" + text + "']";
    }
}
