package io.github.equalityframework.report.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Escaping for user text in HTML, and the only way user-supplied links reach a page. */
final class Html {
    private Html() {}

    /** Text safe in element content and in quoted attribute values. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A link for an evidence location when it is an http(s) URI; otherwise the location as plain text. */
    static String location(String location) {
        if (location == null || location.isBlank()) {
            return "";
        }
        try {
            URI uri = new URI(location.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return "<a href=\"" + text(uri.toASCIIString()) + "\" rel=\"noopener noreferrer\">" + text(location) + "</a>";
            }
        } catch (URISyntaxException e) {
            // Not a URI: a document reference such as DOC-2023-114, shown as text.
        }
        return text(location);
    }

    /** An id usable in {@code id} and {@code href="#..."}: letters, digits and hyphens only. */
    static String anchor(String prefix, String id) {
        return prefix + "-" + id.replaceAll("[^A-Za-z0-9]+", "-");
    }
}
