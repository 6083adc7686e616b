package io.github.equalityframework.report.render;

/** Escaping for user text in Markdown, so that it cannot break a table or become markup. */
final class Markdown {
    private Markdown() {}

    /** Text with Markdown's special characters escaped and line breaks folded to spaces. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.replaceAll("\\s*\\R\\s*", " ").toCharArray()) {
            if ("\\`*_[]<>|~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
