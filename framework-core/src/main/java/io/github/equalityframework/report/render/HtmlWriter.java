package io.github.equalityframework.report.render;

import io.github.equalityframework.io.ControlCharacters;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes HTML and inline SVG so that user text cannot become markup: text and attribute values are
 * always escaped, tag and attribute names must be plain names written in code, and the only links
 * allowed are in-page ({@code #...}) or checked http(s) links made by {@link #location}.
 */
final class HtmlWriter {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");
    private final StringBuilder out = new StringBuilder(32_768);

    /** Markup written by this package (doctype, style sheet); never user text. */
    HtmlWriter markup(String constant) {
        out.append(constant);
        return this;
    }

    /**
     * A start tag. Attributes come as name, value pairs; a pair with a {@code null} value is left out.
     *
     * @throws IllegalArgumentException for a name that is not a plain name, or an
     *                                  {@code href}/{@code src} that is not an in-page link
     */
    HtmlWriter open(String tag, String... attributes) {
        out.append('<').append(name(tag));
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            String attribute = name(attributes[i]);
            if ((attribute.equals("href") || attribute.equals("src"))
                    && attributes[i + 1] != null
                    && !attributes[i + 1].startsWith("#")) {
                throw new IllegalArgumentException("only in-page links may be written directly: " + attributes[i + 1]);
            }
            attribute(attribute, attributes[i + 1]);
        }
        out.append('>');
        return this;
    }

    /** An element with no content, such as {@code <meta>} or an SVG {@code <line/>}. */
    HtmlWriter empty(String tag, String... attributes) {
        open(tag, attributes);
        out.setLength(out.length() - 1);
        out.append(tag.equals("meta") ? ">" : "/>");
        return this;
    }

    HtmlWriter close(String tag) {
        out.append("</").append(name(tag)).append('>');
        return this;
    }

    /** Escaped text. */
    HtmlWriter text(Object value) {
        out.append(escape(value == null ? "" : value.toString()));
        return this;
    }

    /** An element holding only escaped text. */
    HtmlWriter element(String tag, Object text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A link to an anchor in this page. */
    HtmlWriter link(String anchor, Object text) {
        return element("a", text, "href", "#" + anchor);
    }

    /**
     * Opens a table with its caption and a header row of column headers, and opens its body; rows follow,
     * then {@link #endTable()}.
     */
    HtmlWriter table(String caption, String className, String... columns) {
        open("table", "class", className)
                .line()
                .element("caption", caption)
                .line()
                .open("thead")
                .open("tr");
        for (String column : columns) {
            element("th", column, "scope", "col");
        }
        return close("tr").close("thead").line().open("tbody").line();
    }

    HtmlWriter endTable() {
        return close("tbody").line().close("table").line();
    }

    HtmlWriter line() {
        out.append('\n');
        return this;
    }

    /** An evidence location: a link when it is an absolute http(s) URI with a host, otherwise text. */
    HtmlWriter location(String location) {
        if (location == null || location.isBlank()) {
            return this;
        }
        URI uri = webUri(location.strip());
        if (uri == null) {
            return text(location);
        }
        out.append("<a");
        attribute("href", uri.toASCIIString());
        attribute("rel", "noopener noreferrer");
        out.append('>');
        return text(location).close("a");
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Text safe in element content and in quoted attribute values. */
    static String escape(String value) {
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
                // Any other control is shown written out, never passed to the page raw.
                default -> escaped.append(Character.isISOControl(c) ? ControlCharacters.escaped(c) : String.valueOf(c));
            }
        }
        return escaped.toString();
    }

    /** An id usable in {@code id} and {@code href="#..."}: letters, digits and hyphens only. */
    static String anchor(String prefix, String id) {
        return prefix + "-" + (id == null ? "" : id.replaceAll("[^A-Za-z0-9]+", "-"));
    }

    /** The URI when the text is an absolute http or https URI with a host; otherwise {@code null}. */
    static URI webUri(String text) {
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
}
