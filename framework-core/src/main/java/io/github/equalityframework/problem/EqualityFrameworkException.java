package io.github.equalityframework.problem;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The root of the library's own exceptions, so that a host can catch everything the library throws on
 * purpose (an invalid profile or assessment, a file it cannot write, a rule parameter read as the wrong
 * type) in one clause, apart from the JDK's and its other libraries' exceptions. Unchecked, as the library's
 * methods report expected problems as values ({@link ValidationProblem}) and throw only when a caller asked
 * for something that cannot be done.
 */
@API(status = STABLE, since = "0.1")
public abstract class EqualityFrameworkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message for the person who can act on it. */
    protected EqualityFrameworkException(String message) {
        super(message);
    }

    /** An exception with a message and the exception that caused it. */
    protected EqualityFrameworkException(String message, Throwable cause) {
        super(message, cause);
    }
}
