package io.github.equalityframework.internal.markup;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.equalityframework.io.ControlCharacters;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The one writer of HTML and inline SVG in eflg, so that user text cannot become markup: text and attribute
 * values are always escaped ({@link #escape}), tag and attribute names must be plain names written in code (no
 * event handlers), and a link or form target is an in-page anchor ({@code #...}), a path on the same site
 * ({@code /...}) or a checked http(s) link made by {@link #location}.
 *
 * <p>Internal: used by the reports of the core, the workforce plugin and {@code eflg serve}; not for plugins.
 */
@API(status = INTERNAL, since = "0.1")
public final class HtmlWriter {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})}");
    /** Attributes whose value the browser follows or submits to. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "poster", "data");
    /** HTML elements that have no end tag; any other empty element (SVG) is self-closed. */
    private static final Set<String> VOID = Set.of("meta", "input", "br", "hr", "link", "img", "col", "wbr");

    private final StringBuilder out = new StringBuilder(32_768);
    /** Whether the page is in English ({@link #head}); text as written is then marked with no language of its own. */
    private boolean englishPage = true;
    /** Tables and figures written so far, for the ids their scroll regions are labelled by. */
    private int regions;

    /** An option of a {@link #select}: the value sent and the words shown. */
    public record Option(String value, String label) {
        public Option {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * Text as its author wrote it, in English: framework content, a council's own text (titles, criteria, evidence,
     * notes, recommendations), a plugin's message. On a page in another language (Welsh) the writer gives it
     * {@code lang="en"} (on the element that holds only it, else on a {@code <span>}), so that a screen reader
     * pronounces it as English while the page stays in its language; on an English page it is plain text.
     */
    public record Written(String text) {
        public Written {
            text = text == null ? "" : text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Text as written ({@link Written}); {@code null} is no text. */
    public static Written asWritten(Object text) {
        return new Written(text == null ? null : text.toString());
    }

    /**
     * The {@code lang} value for an element holding only text as written ({@link Written}): {@code "en"} on a page
     * in another language, {@code null} (no attribute) on an English page.
     */
    public String writtenLang() {
        return englishPage ? null : "en";
    }

    /** Markup written by eflg's own code (doctype, style sheet); never user text. */
    public HtmlWriter markup(String constant) {
        out.append(constant);
        return this;
    }

    /**
     * The start of a page: doctype, {@code <html lang>}, head with charset, viewport, title and the style sheet
     * (constant markup, see {@link Stylesheet}), then {@code <body>} and a line end. The caller writes the body
     * and ends with {@link #end()}.
     */
    public HtmlWriter head(String languageTag, String title, String css) {
        englishPage =
                languageTag == null || languageTag.toLowerCase(Locale.ROOT).startsWith("en");
        return markup("<!doctype html>\n")
                .open("html", "lang", languageTag)
                .line()
                .open("head")
                .line()
                .empty("meta", "charset", "utf-8")
                .line()
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .line()
                .element("title", title)
                .line()
                .open("style")
                .line()
                .markup(css)
                .close("style")
                .line()
                .close("head")
                .line()
                .open("body")
                .line();
    }

    /** Ends the page opened by {@link #head}: closes body and html, and gives the text. */
    public String end() {
        return close("body").line().close("html").line().toString();
    }

    /**
     * A start tag. Attributes come as name, value pairs; a pair with a {@code null} value is left out.
     *
     * @throws IllegalArgumentException for a name that is not a plain name, an event-handler attribute, or a
     *     link or form target that is neither in-page nor a path on this site
     */
    public HtmlWriter open(String tag, String... attributes) {
        out.append('<').append(name(tag));
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            String attribute = name(attributes[i]);
            if (attribute.regionMatches(true, 0, "on", 0, 2)) {
                throw new IllegalArgumentException("no event handler may be written: " + attribute);
            }
            String value = attributes[i + 1];
            if (URL_ATTRIBUTES.contains(attribute.toLowerCase(Locale.ROOT)) && value != null && !isLocal(value)) {
                throw new IllegalArgumentException("only in-page links may be written directly: " + value);
            }
            attribute(attribute, value);
        }
        out.append('>');
        return this;
    }

    /** An element with no content: {@code <meta ...>}, {@code <input ...>}, or an SVG {@code <line .../>}. */
    public HtmlWriter empty(String tag, String... attributes) {
        open(tag, attributes);
        out.setLength(out.length() - 1);
        out.append(VOID.contains(tag) ? ">" : "/>");
        return this;
    }

    public HtmlWriter close(String tag) {
        out.append("</").append(name(tag)).append('>');
        return this;
    }

    /** Escaped text; {@code null} writes nothing; text as written ({@link Written}) marked as English. */
    public HtmlWriter text(Object value) {
        if (value instanceof Written written && !englishPage && !written.text().isEmpty()) {
            return open("span", "lang", "en").text(written.text()).close("span");
        }
        out.append(escape(value == null ? "" : value.toString()));
        return this;
    }

    /**
     * A message with {@code {0}}, {@code {1}}, ... replaced by the arguments, each written as {@link #text} writes
     * it: so that in a product sentence in Welsh, an argument as written ({@link Written}) is marked as English.
     */
    public HtmlWriter message(String pattern, Object... args) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        int at = 0;
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n < args.length) {
                text(pattern.substring(at, m.start())).text(args[n]);
                at = m.end();
            }
        }
        return text(pattern.substring(at));
    }

    /** An element holding only escaped text; one holding text as written ({@link Written}) is marked as English. */
    public HtmlWriter element(String tag, Object text, String... attributes) {
        if (text instanceof Written written && !englishPage) {
            return open(tag, concat(attributes, new String[] {"lang", "en"}))
                    .text(written.text())
                    .close(tag);
        }
        return open(tag, attributes).text(text).close(tag);
    }

    /** A link to an anchor in this page. */
    public HtmlWriter link(String anchor, Object text) {
        return element("a", text, "href", "#" + anchor);
    }

    /**
     * A link to a page of the same site ({@code /...}) or an anchor ({@code #...}).
     *
     * @throws IllegalArgumentException for any other target
     */
    public HtmlWriter siteLink(String href, Object text, String... attributes) {
        String[] all = new String[attributes.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return element("a", text, all);
    }

    /**
     * Opens a table with its caption and a header row of column headers, and opens its body; rows follow,
     * then {@link #endTable()}. The table sits in a region that scrolls sideways on its own, reachable by
     * keyboard and named by the caption, so that a wide table never makes a narrow page (a phone) scroll.
     */
    public HtmlWriter table(String caption, String className, String... columns) {
        String id = "table-" + ++regions;
        open("div", "class", "table-wrap", "role", "region", "tabindex", "0", "aria-labelledby", id)
                .line()
                .open("table", "class", className)
                .line()
                .element("caption", caption, "id", id)
                .line()
                .open("thead")
                .open("tr");
        for (String column : columns) {
            element("th", column, "scope", "col");
        }
        return close("tr").close("thead").line().open("tbody").line();
    }

    public HtmlWriter endTable() {
        return close("tbody").line().close("table").line().close("div").line();
    }

    /**
     * Opens a region that scrolls sideways on its own, reachable by keyboard and named by its label, for a
     * figure that would be unreadable shrunk to a narrow page; {@code close("div")} ends it.
     */
    public HtmlWriter scrollRegion(String label) {
        return open("div", "class", "figure-wrap", "role", "region", "tabindex", "0", "aria-label", label);
    }

    public HtmlWriter line() {
        out.append('\n');
        return this;
    }

    /** An evidence location: a link when it is an absolute http(s) URI with a host, otherwise text. */
    public HtmlWriter location(String location) {
        if (location == null || location.isBlank()) {
            return this;
        }
        URI uri = webUri(location.strip());
        return uri == null ? text(location) : webLink(uri, location);
    }

    /**
     * A link with this text to another site: an absolute http(s) URI with a host, as {@link #webUri} gives.
     *
     * @throws IllegalArgumentException for any other URI
     */
    public HtmlWriter webLink(URI uri, Object text) {
        if (webUri(uri.toString()) == null) {
            throw new IllegalArgumentException("not an http(s) link: " + uri);
        }
        // Marked as a URL shown as its own text, so that printing does not write it a second time.
        out.append("<a");
        attribute("href", uri.toASCIIString());
        attribute("rel", "noopener noreferrer");
        attribute("class", "url");
        out.append('>');
        return text(text).close("a");
    }

    // ---- forms, as eflg serve writes them

    /** Opens a form that posts to a path on this site; further attributes as in {@link #open}. */
    public HtmlWriter form(String action, String... attributes) {
        return open("form", concat(new String[] {"method", "post", "action", action}, attributes));
    }

    /** A label for the control with this id. */
    public HtmlWriter label(String forId, Object text, String... attributes) {
        return element("label", text, concat(new String[] {"for", forId}, attributes));
    }

    /** An {@code <input>} of a type, with its name and value; further attributes as in {@link #open}. */
    public HtmlWriter input(String type, String name, String value, String... attributes) {
        return empty("input", concat(new String[] {"type", type, "name", name, "value", value}, attributes));
    }

    /** A hidden field. */
    public HtmlWriter hidden(String name, String value) {
        return input("hidden", name, value);
    }

    /** A text area holding the value as escaped text (a leading line end is kept, as browsers drop one). */
    public HtmlWriter textarea(String name, String value, String... attributes) {
        open("textarea", concat(new String[] {"name", name}, attributes));
        String text = value == null ? "" : value;
        if (text.startsWith("\n") || text.startsWith("\r")) {
            out.append('\n');
        }
        return text(text).close("textarea");
    }

    /** A drop-down list with the option of the selected value marked. */
    public HtmlWriter select(String name, List<Option> options, String selected, String... attributes) {
        open("select", concat(new String[] {"name", name}, attributes));
        for (Option option : options) {
            element(
                    "option",
                    option.label(),
                    "value",
                    option.value(),
                    "selected",
                    option.value().equals(selected) ? "selected" : null);
        }
        return close("select");
    }

    /** A submit button (or another type given as {@code "type", "..."} among the attributes). */
    public HtmlWriter button(Object text, String... attributes) {
        boolean typed = false;
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            typed |= attributes[i].equals("type");
        }
        return element("button", text, typed ? attributes : concat(new String[] {"type", "submit"}, attributes));
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * Text safe in element content and in quoted attribute values: {@code & < > " '} as references, a carriage
     * return (alone or before a newline) as a newline, and every other control but tab and newline written out
     * as {@code \u001B} as {@link ControlCharacters} does, never passed to the page raw.
     */
    public static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                case '\r' -> escaped.append(i + 1 < value.length() && value.charAt(i + 1) == '\n' ? "" : "\n");
                case '\n', '\t' -> escaped.append(c);
                default -> escaped.append(Character.isISOControl(c) ? ControlCharacters.escaped(c) : String.valueOf(c));
            }
        }
        return escaped.toString();
    }

    /** An id usable in {@code id} and {@code href="#..."}: letters, digits and hyphens only. */
    public static String anchor(String prefix, String id) {
        return prefix + "-" + (id == null ? "" : id.replaceAll("[^A-Za-z0-9]+", "-"));
    }

    /** The URI when the text is an absolute http or https URI with a host; otherwise {@code null}. */
    public static URI webUri(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null ? uri : null;
        } catch (URISyntaxException notAUri) {
            // A document reference such as DOC-2023-114, or a broken address: shown as text.
            return null;
        }
    }

    /**
     * An in-page anchor, or a path on this site: starts with {@code /} but not {@code //} or {@code /\} (which
     * browsers read as another host), and holds no control character.
     */
    static boolean isLocal(String target) {
        if (target.startsWith("#")) {
            return true;
        }
        if (!target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) {
            return false;
        }
        return target.chars().noneMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c));
    }

    private void attribute(String name, String value) {
        if (value != null) {
            out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
        }
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain tag or attribute name: " + name);
        }
        return name;
    }

    private static String[] concat(String[] first, String[] rest) {
        String[] all = new String[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
