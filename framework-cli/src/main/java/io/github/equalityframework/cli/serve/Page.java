package io.github.equalityframework.cli.serve;

import io.github.equalityframework.problem.ValidationProblem;
import java.util.List;

/**
 * What a page handler or a guard answers. Only {@link Html} carries markup; the others are rendered in one place
 * ({@link Layout#render}), so that a handler says what happened and not how it looks.
 */
sealed interface Page {
    /** The HTTP status. */
    int status();

    /**
     * A page already written.
     *
     * @param styleSource the CSP {@code style-src} that the page needs
     */
    record Html(int status, String body, String styleSource) implements Page {
        /** A page of this package: its only inline style is {@link Layout#CSS}. */
        Html(int status, String body) {
            this(status, body, Layout.CSS_SOURCE);
        }
    }

    /** 303 to another address of this server. */
    record Redirect(String location) implements Page {
        @Override
        public int status() {
            return 303;
        }
    }

    /** 404, with what is missing and a link back to the list. */
    record NotFound(String message) implements Page {
        @Override
        public int status() {
            return 404;
        }
    }

    /**
     * A file that cannot be worked on: its problems as {@code eflg} reports them, and what to do.
     *
     * @param entry    the self-assessment it is about, for the breadcrumbs
     * @param problems may be empty when the heading and advice say it all
     */
    record Problems(
            int status, ServedFolder.Entry entry, String heading, List<ValidationProblem> problems, String advice)
            implements Page {
        Problems(ServedFolder.Entry entry, String heading, List<ValidationProblem> problems, String advice) {
            this(200, entry, heading, problems, advice);
        }
    }

    /** A short page of the server itself: a refusal by a guard, or a failure. */
    record Message(int status, String heading, String text) implements Page {}
}
