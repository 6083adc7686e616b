package io.github.equalityframework.report.render;

import io.github.equalityframework.model.ActionStatus;
import java.util.Locale;

/** How an action status reads in a report: "In progress". */
final class StatusText {
    private StatusText() {}

    static String of(ActionStatus status) {
        String words = status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
