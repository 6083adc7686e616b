package io.github.equalityframework.cli.serve;

import java.util.List;
import java.util.Map;

/**
 * The request a page answers, once the guards have let it through.
 *
 * @param base  the path every link starts with ({@code /TOKEN/})
 * @param csrf  the CSRF token the forms carry
 * @param query the decoded query parameters
 * @param form  the decoded form fields of a POST (empty for GET)
 */
record PageRequest(String base, String csrf, Map<String, List<String>> query, Map<String, List<String>> form) {
    /** The first value of a form field, or {@code ""}. */
    String field(String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    /** The address of a self-assessment's page, or of one below it ({@code "/plan"}, {@code "/review/m1"}). */
    String of(ServedFolder.Entry entry, String below) {
        return base + "a/" + entry.name() + below;
    }
}
