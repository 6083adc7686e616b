package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.equalityframework.model.Severity;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a rule or check tells people about itself ({@code eflg explain RULE-ID} prints it).
 *
 * @param title           a short name
 * @param description     what it looks at, why, and what to do about its findings
 * @param defaultSeverity the severity its findings are usually given (see {@code AbstractCheck.severity()}) and that
 *                        lists of rules show; a profile may set another for all its findings
 * @param parameters      the parameters a profile may set, each declared once as a {@link Parameter} constant
 *                        that the rule also reads its value with; {@code null} for none
 */
@API(status = STABLE, since = "0.1")
public record RuleDocumentation(
        String title, String description, Severity defaultSeverity, List<Parameter<?>> parameters) {
    public RuleDocumentation {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }
}
