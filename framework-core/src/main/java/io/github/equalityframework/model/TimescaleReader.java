package io.github.equalityframework.model;

import io.github.equalityframework.model.Reading.After;
import io.github.equalityframework.model.Reading.Open;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a timescale's words: open-ended wording, a period from the plan's agreement, or a calendar day,
 * period or range, with the leading words councils put before them ("by the end of") and the words that
 * say a date is indicative. When the whole text does not read, the text outside parentheses and each
 * parenthesised part are read, and used only when they name no more than one date.
 */
final class TimescaleReader {
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
    private static final Pattern QUOTES = Pattern.compile("[\\u2018\\u2019\\u201B\\u2032]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern INDICATIVE = Pattern.compile(
            "(?<![a-z])(?:(?:indicative(?: date)?|approximately|approx|around|circa|provisionally|provisional"
                    + "|estimated)(?![a-z])\\.?|(?:c|ca)\\.)");
    private static final Pattern EMPTY_PARENTHESES = Pattern.compile("\\( *\\)");
    private static final Pattern LOOSE_ENDS = Pattern.compile("^[ ,;:.-]+|[ ,;:.-]+$");
    private static final Pattern PARENTHESISED = Pattern.compile("\\(([^()]*)\\)");

    private static final Pattern OPEN_ENDED = Pattern.compile("(?:in the |over the |the )?(?:short|medium|long|longer)"
            + "[ -]?term|on[ -]?going|at an? (?:appropriate|suitable) (?:time|point)|when appropriate"
            + "|as and when(?: (?:required|needed|necessary|appropriate))?|as (?:required|needed|necessary)"
            + "|continuous(?:ly)?|continuing|annual(?:ly)?|each year|every year|yearly|quarterly|monthly"
            + "|business as usual|tbc|tba|to be (?:confirmed|agreed|decided|determined)");
    private static final Pattern OPEN_ENDED_LIST = Pattern.compile(" ?[,/;&] ?| - ");

    private static final String NUMBER = "(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:(?: ?- ?| )(?:one|two|three|four))?)";
    private static final String UNIT = " (day|week|month|year)s?";
    private static final String ADOPTION =
            "(?:(?:the )?(?:plan(?:'s)? )?(?:adoption|agreement|approval)(?: of the plan)?"
                    + "|(?:the )?plan (?:being|is|was) (?:adopted|agreed|approved))";
    private static final List<Pattern> RELATIVE = List.of(
            Pattern.compile("(?:within|in|over|during)(?: the)?(?: next| coming| following| first)? " + NUMBER + UNIT
                    + "(?:'?s?'? time)?(?: (?:of|from|after) " + ADOPTION + ")?"),
            Pattern.compile(NUMBER + UNIT + "(?: (?:after|from|following|of) " + ADOPTION + ")?"),
            Pattern.compile("(?:within|over|during) the (?:next|coming|following|first)()" + UNIT));
    private static final List<String> NUMBER_WORDS = List.of(
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty");

    private static final Pattern LEAD = Pattern.compile("^(?:(?:due|target|deadline)(?: date)?(?: by)?:? )?"
            + "(?:by (?:the )?end(?: of)? |(?:at )?(?:the )?end(?: of)? |by |before |no later than |not later than "
            + "|during |in |within |until |over )?");

    private TimescaleReader() {}

    /** Whether the words say their date is indicative ("indicative date", "approximately", "c."). */
    static boolean indicative(String normalised) {
        return INDICATIVE.matcher(normalised).find();
    }

    /** Lower case, one space between words, plain hyphens and apostrophes. */
    static String normalise(String text) {
        String plain = QUOTES.matcher(DASHES.matcher(text).replaceAll("-")).replaceAll("'");
        return SPACES.matcher(plain).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** What normalised words read as; empty when they are none of the forms. */
    static Optional<Reading> read(String normalised) {
        String words = tidy(INDICATIVE.matcher(normalised).replaceAll(" "));
        Optional<Reading> whole = readPart(words);
        return whole.isPresent() || !words.contains("(") ? whole : readParts(words);
    }

    /** The text outside parentheses and each parenthesised part: one date among them, else open-ended wording. */
    private static Optional<Reading> readParts(String words) {
        List<String> parts = new ArrayList<>();
        parts.add(PARENTHESISED.matcher(words).replaceAll(" "));
        Matcher m = PARENTHESISED.matcher(words);
        while (m.find()) {
            parts.add(m.group(1));
        }
        Set<Reading> dates = new LinkedHashSet<>();
        boolean open = false;
        for (String part : parts) {
            Optional<Reading> reading = readPart(tidy(part));
            open |= reading.filter(Open.class::isInstance).isPresent();
            reading.filter(r -> !(r instanceof Open)).ifPresent(dates::add);
        }
        if (dates.size() == 1) {
            return Optional.of(dates.iterator().next());
        }
        return dates.isEmpty() && open ? Optional.of(new Open()) : Optional.empty();
    }

    private static Optional<Reading> readPart(String words) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        if (openEnded(words)) {
            return Optional.of(new Open());
        }
        Optional<Reading> relative = relative(words);
        if (relative.isPresent()) {
            return relative;
        }
        String period = LEAD.matcher(words).replaceFirst("");
        return CalendarPeriods.read(period).or(() -> Ranges.read(period));
    }

    /** "ongoing", "as and when", "tbc", or a list of such ("ongoing / annually"). */
    private static boolean openEnded(String words) {
        return OPEN_ENDED.matcher(words).matches()
                || OPEN_ENDED_LIST
                        .splitAsStream(words)
                        .allMatch(w -> OPEN_ENDED.matcher(w).matches());
    }

    /** "within 6 months", "over the next twelve months", "6 months after adoption": counted from the plan's agreement. */
    private static Optional<Reading> relative(String words) {
        for (Pattern pattern : RELATIVE) {
            Matcher m = pattern.matcher(words);
            if (m.matches()) {
                int count = count(m.group(1));
                return count < 1 ? Optional.empty() : Optional.of(new After(period(count, m.group(2))));
            }
        }
        return Optional.empty();
    }

    private static int count(String number) {
        if (number.isEmpty() || number.equals("a") || number.equals("an")) {
            return 1;
        }
        if (Character.isDigit(number.charAt(0))) {
            return Integer.parseInt(number);
        }
        if (number.startsWith("twenty") && number.length() > "twenty".length()) {
            String[] words = number.split("[ -]+");
            return 20 + NUMBER_WORDS.indexOf(words[words.length - 1]) + 1;
        }
        return NUMBER_WORDS.indexOf(number) + 1;
    }

    private static Period period(int count, String unit) {
        return switch (unit) {
            case "day" -> Period.ofDays(count);
            case "week" -> Period.ofDays(7 * count);
            case "month" -> Period.ofMonths(count);
            default -> Period.ofYears(count);
        };
    }

    /** Without empty parentheses, doubled spaces, or punctuation at either end ("March 2024."). */
    private static String tidy(String words) {
        String tidied = EMPTY_PARENTHESES.matcher(words).replaceAll(" ");
        tidied = SPACES.matcher(tidied).replaceAll(" ");
        return LOOSE_ENDS.matcher(tidied).replaceAll("");
    }
}
