package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.problem.EqualityFrameworkException;
import org.apiguardian.api.API;

/**
 * A rule read a parameter it did not declare, or read it as another type than it declared: a bug in the
 * rule, which the engine reports as the rule's failure. The message names the parameter and both types.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RuleParameterException extends EqualityFrameworkException {
    private static final long serialVersionUID = 1L;

    RuleParameterException(String message) {
        super(message);
    }
}
