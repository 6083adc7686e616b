package io.github.equalityframework.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.equalityframework.model.Severity;
import io.github.equalityframework.problem.EqualityFrameworkException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule that reads a parameter wrongly learns which parameter and which types, not a ClassCastException. */
class RuleParametersTest {
    private static final RuleParameters DEFAULTS = RuleParameters.defaults(new RuleDocumentation(
            "Evidence is recent",
            "Evidence older than the limit is reported.",
            Severity.WARNING,
            List.of(
                    new ParameterSpec("maxAgeMonths", ParameterType.INTEGER, 36L, "how old evidence may be"),
                    new ParameterSpec("kinds", ParameterType.TEXT_LIST, List.of("policy"), "the kinds checked"))));

    @Test
    void eachTypedGetterGivesTheDeclaredValue() {
        assertEquals(36L, DEFAULTS.integer("maxAgeMonths"));
        assertEquals(List.of("policy"), DEFAULTS.textList("kinds"));
    }

    @Test
    void readingAParameterAsAnotherTypeNamesTheParameterAndBothTypes() {
        RuleParameterException e = assertThrows(RuleParameterException.class, () -> DEFAULTS.text("maxAgeMonths"));
        assertEquals(
                "the rule reads its parameter 'maxAgeMonths' as a text value (TEXT), but declares it as a whole"
                        + " number (INTEGER)",
                e.getMessage());

        e = assertThrows(RuleParameterException.class, () -> DEFAULTS.decimal("kinds"));
        assertEquals(
                "the rule reads its parameter 'kinds' as a number (DECIMAL), but declares it as a list of text"
                        + " values (TEXT_LIST)",
                e.getMessage());
    }

    @Test
    void readingAnUndeclaredParameterNamesIt() {
        EqualityFrameworkException e = assertThrows(RuleParameterException.class, () -> DEFAULTS.bool("strict"));
        assertEquals("the rule declares no parameter 'strict'", e.getMessage());
    }
}
