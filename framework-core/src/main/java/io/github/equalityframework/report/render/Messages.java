package io.github.equalityframework.report.render;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.spi.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The text the product itself writes (headings, labels, summary lines, level labels as reports show them),
 * from the resource bundle {@code io.github.equalityframework.report.render.messages}: English by default,
 * and Welsh ({@code _cy}). Framework content, council data and the messages of plugins' rules stay in the
 * language they were written in. A key the Welsh bundle lacks falls back to English, never to the key.
 * Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Messages {
    /** Welsh, as {@code --lang cy} selects it. */
    public static final Locale WELSH = Locale.forLanguageTag("cy");
    /** English, the default. */
    public static final Locale ENGLISH = Locale.UK;

    static final String BUNDLE = "io.github.equalityframework.report.render.messages";

    private final Locale language;
    private final ResourceBundle bundle;

    private Messages(Locale language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    /**
     * The messages in a language: Welsh for any Welsh locale, English for everything else. The English
     * bundle is the root bundle, so the machine's default locale never changes what English reports say.
     */
    public static Messages of(Locale language) {
        boolean welsh = language != null && WELSH.getLanguage().equals(language.getLanguage());
        return new Messages(welsh ? WELSH : ENGLISH, ResourceBundle.getBundle(BUNDLE, welsh ? WELSH : Locale.ROOT));
    }

    /** English, the default. */
    public static Messages english() {
        return of(ENGLISH);
    }

    /** The language these messages are in: {@link #ENGLISH} or {@link #WELSH}. */
    public Locale language() {
        return language;
    }

    /** The language as an HTML {@code lang} attribute or SARIF language: {@code en-GB} or {@code cy}. */
    public String languageTag() {
        return language.toLanguageTag();
    }

    /** Every key of the English bundle, which every language answers (in its words or in English). */
    public static Set<String> keys() {
        return Collections.unmodifiableSet(
                new TreeSet<>(ResourceBundle.getBundle(BUNDLE, Locale.ROOT).keySet()));
    }

    /** Whether this language's own bundle translates the key (rather than falling back to English). */
    public boolean translates(String key) {
        return language.equals(ENGLISH)
                ? bundle.containsKey(key)
                : bundle instanceof PropertyResourceBundle own && own.handleGetObject(key) != null;
    }

    /**
     * The text for a key with {@code {0}}, {@code {1}}, ... replaced by the arguments.
     *
     * @throws MissingResourceException when not even English has the key (a programming error)
     */
    public String get(String key, Object... args) {
        String text = bundle.getString(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** The text for a key with its {@code {0}}, {@code {1}}, ... placeholders left in, for {@code HtmlWriter.message}. */
    String pattern(String key) {
        return bundle.getString(key);
    }

    /** The text for a key if any bundle in the chain has it; otherwise {@code fallback}. */
    String getOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /**
     * A level as reports show it: the framework's label in this language where its data gives one (the LGA and
     * EDS plugins give Welsh), otherwise its own label; "None" for no level and "Not assessed" in this
     * language's words; an unknown id as it is.
     */
    public String level(FrameworkDefinition framework, String levelId) {
        if (levelId == null) {
            return get("level.none");
        }
        if (MaturityLevel.NOT_ASSESSED.id().equals(levelId)) {
            return get("level.not-assessed");
        }
        String own = framework == null
                ? null
                : framework.scale().level(levelId).map(l -> l.label(language)).orElse(null);
        return own != null ? own : levelId;
    }

    /** A severity as a word with a capital, e.g. "Warning". */
    public String severity(Severity severity) {
        return get("severity." + severity.name());
    }

    /** An enum constant as words: the bundle's where it has them, otherwise from the name ({@code IN_PROGRESS} reads "In progress"). */
    public String words(Enum<?> value) {
        if (value instanceof Severity s) {
            return severity(s);
        }
        String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return getOr(
                "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(),
                Character.toUpperCase(words.charAt(0)) + words.substring(1));
    }

    /**
     * A date as a council paper writes it: "31 March 2024", "31 Mawrth 2024". Month names come from the
     * bundle rather than the JDK's locale data, so that the output is the same on every JDK.
     */
    public String date(LocalDate date) {
        return date == null
                ? ""
                : get("date", date.getDayOfMonth(), get("month." + date.getMonthValue()), date.getYear());
    }

    /** An action's timescale: its due date, or the period in words when it has no date ("by March 2025"). */
    String timescale(PlannedAction action) {
        return action.due() != null
                ? date(action.due())
                : action.timescale() == null ? "" : action.timescale().strip();
    }

    /** "1 April 2023 to 31 March 2024". */
    public String period(AssessmentPeriod period) {
        return period == null ? "" : get("period", date(period.from()), date(period.to()));
    }

    /** "1 finding", "2 findings" (in Welsh the noun stays singular after a number: "2 canfyddiad"). */
    public String count(long n, String noun) {
        return get("count." + noun + (n == 1 ? ".one" : ".other"), n);
    }

    /** "4 findings: 1 error, 1 warning, 2 info", most severe first, leaving out severities with none. */
    public String findingCounts(List<Finding> findings) {
        List<String> parts = new ArrayList<>();
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            long n = findings.stream().filter(f -> f.severity() == severity).count();
            if (n > 0) {
                parts.add(count(n, severity.name().toLowerCase(Locale.ROOT)));
            }
        }
        String total = count(findings.size(), "finding");
        return parts.isEmpty() ? total : get("findings.counts", total, String.join(", ", parts));
    }
}
