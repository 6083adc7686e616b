package io.github.equalityframework.io;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.TokenStreamContext;

/** Turns a parser's position into the data path users see, e.g. {@code claims[3].level}. */
final class DataPath {
    private DataPath() {}

    /** The path of the value the context is at; {@code includeCurrent} false gives the container's path. */
    static String of(TokenStreamContext context, boolean includeCurrent) {
        Deque<String> segments = new ArrayDeque<>();
        boolean first = true;
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (first && !includeCurrent) {
                first = false;
                continue;
            }
            first = false;
            if (c.inArray()) {
                // At a list's own start token no element has been read yet: the token is the list
                // itself, whose path is its parent's, not that of a first element.
                if (c.getEntryCount() > 0) {
                    segments.push("[" + c.getCurrentIndex() + "]");
                }
            } else if (c.inObject() && c.currentName() != null) {
                segments.push("." + c.currentName());
            }
        }
        String path = String.join("", segments);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** Appends a property name to a path. */
    static String child(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }
}
