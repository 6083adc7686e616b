package io.github.equalityframework.cli.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A small HTML builder for the pages of {@code eflg serve}: text and attribute values are always escaped;
 * only the constant markup of this package goes in unescaped.
 */
final class ServeHtml {
    /** The style sheet of every page, inline and allowed by its hash in the Content-Security-Policy. */
    static final String CSS = """
            :root { color: #1b1b1b; background: #fff; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; }
            body { max-width: 76rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
            a { color: #1d4f91; } a:focus, button:focus, input:focus, select:focus, textarea:focus { outline: 3px solid #f0b323; outline-offset: 1px; }
            .skip { position: absolute; left: -999px; } .skip:focus { position: static; }
            nav.crumbs ol { list-style: none; padding: 0; display: flex; gap: .5rem; flex-wrap: wrap; } nav.crumbs li + li::before { content: "/ "; }
            h2 { margin-top: 2rem; border-bottom: 2px solid #1d4f91; }
            table { border-collapse: collapse; margin: 1rem 0; width: 100%; }
            caption { text-align: left; font-weight: 600; padding: .25rem 0; }
            th, td { border: 1px solid #767676; padding: .3rem .5rem; text-align: left; vertical-align: top; }
            thead th { background: #e8edf5; }
            .narrative, .multiline { white-space: pre-wrap; }
            fieldset { border: 1px solid #767676; margin: 1rem 0; padding: .5rem 1rem 1rem; }
            legend { font-weight: 700; padding: 0 .25rem; }
            label { display: block; font-weight: 600; margin-top: .75rem; }
            textarea, input[type=text] { width: 100%; box-sizing: border-box; font: inherit; border: 2px solid #1b1b1b; padding: .3rem; }
            textarea { min-height: 4.5rem; } select { font: inherit; border: 2px solid #1b1b1b; padding: .2rem; }
            button { font: inherit; font-weight: 700; background: #1d4f91; color: #fff; border: 0; padding: .5rem 1.25rem; margin-top: 1rem; cursor: pointer; }
            .hint { color: #505a5f; margin: .1rem 0 .25rem; }
            .error { color: #a4262c; font-weight: 700; margin: .25rem 0; }
            .warning { color: #6b4500; font-weight: 700; margin: .25rem 0; }
            .invalid { border-left: 5px solid #a4262c; padding-left: .75rem; }
            .summary { border: 4px solid #a4262c; padding: .5rem 1rem; margin: 1rem 0; }
            .notice { border: 4px solid #1d4f91; padding: .5rem 1rem; margin: 1rem 0; }
            .problems li { font-family: ui-monospace, monospace; font-size: .9rem; overflow-wrap: anywhere; }
            .overdue { font-weight: 700; color: #a4262c; }
            """;
    /** The CSP source that allows {@link #CSS}, and nothing else, as an inline style sheet. */
    static final String CSS_SOURCE = "'" + sha256("\n" + CSS) + "'";

    private final StringBuilder out = new StringBuilder(8192);

    /** A page: the doctype, head with title and style sheet, the body's skip link and opening main element. */
    static ServeHtml page(String title) {
        ServeHtml h = new ServeHtml();
        h.out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(title))
                .append(" – eflg serve</title>\n<style>\n")
                .append(CSS)
                .append("</style>\n</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#main\">Skip to content</a>\n");
        return h;
    }

    /** Opens an element; attributes come as name, value pairs (a null value leaves the attribute out). */
    ServeHtml open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ')
                        .append(attributes[i])
                        .append("=\"")
                        .append(escape(attributes[i + 1]))
                        .append('"');
            }
        }
        out.append('>');
        return this;
    }

    ServeHtml close(String tag) {
        out.append("</").append(tag).append(">\n");
        return this;
    }

    /** An element holding text. */
    ServeHtml element(String tag, String text, String... attributes) {
        open(tag, attributes);
        out.append(escape(text));
        out.append("</").append(tag).append('>');
        return this;
    }

    ServeHtml text(String text) {
        out.append(escape(text));
        return this;
    }

    ServeHtml line() {
        out.append('\n');
        return this;
    }

    /** Ends the page. */
    String end() {
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    /** The CSP hash source of a text, e.g. {@code sha256-...}. */
    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
