package io.github.equalityframework.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.equalityframework.model.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rule that reads a parameter wrongly learns which parameter and which types, not a ClassCastException. */
class RuleParametersTest {
    private static final Parameter<Long> MAX_AGE = Parameter.integer("maxAgeMonths", 36, "how old evidence may be");
    private static final Parameter<List<String>> KINDS =
            Parameter.evidenceKinds("kinds", List.of("policy"), "the kinds checked");
    private static final RuleDocumentation DOCUMENTATION = new RuleDocumentation(
            "Evidence is recent",
            "Evidence older than the limit is reported.",
            Severity.WARNING,
            List.of(MAX_AGE, KINDS));
    private static final RuleParameters DEFAULTS = RuleParameters.defaults(DOCUMENTATION);

    @Test
    void eachKeyGivesItsDeclaredDefaultAsItsOwnType() {
        long maxAge = DEFAULTS.get(MAX_AGE);
        List<String> kinds = DEFAULTS.get(KINDS);

        assertEquals(36L, maxAge);
        assertEquals(List.of("policy"), kinds);
        assertEquals(Map.of("kinds", List.of("policy"), "maxAgeMonths", 36L), DEFAULTS.asMap());
    }

    @Test
    void givenValuesReplaceTheDefaultsAndAreCoercedToTheDeclaredType() {
        RuleParameters parameters = new RuleParameters(DOCUMENTATION, Map.of("maxAgeMonths", 12));

        assertEquals(12L, parameters.get(MAX_AGE));
        assertEquals(List.of("policy"), parameters.get(KINDS));
    }

    @Test
    void aValueForAnUndeclaredNameOrOfAnotherTypeIsRefused() {
        var unknown = assertThrows(
                IllegalArgumentException.class, () -> new RuleParameters(DOCUMENTATION, Map.of("maxAge", 12)));
        assertEquals("the rule declares no parameter 'maxAge'", unknown.getMessage());

        var mistyped = assertThrows(
                IllegalArgumentException.class, () -> new RuleParameters(DOCUMENTATION, Map.of("kinds", "policy")));
        assertEquals("parameter kinds must be a list of evidence kind ids, not policy", mistyped.getMessage());
    }

    @Test
    void readingAParameterWithAKeyOfAnotherTypeNamesTheParameterAndBothTypes() {
        RuleParameterException e = assertThrows(
                RuleParameterException.class, () -> DEFAULTS.get(Parameter.text("maxAgeMonths", "36", "as text")));
        assertEquals(
                "the rule reads its parameter 'maxAgeMonths' as a text value (TEXT), but declares it as a whole"
                        + " number (INTEGER)",
                e.getMessage());

        e = assertThrows(
                RuleParameterException.class, () -> DEFAULTS.get(Parameter.textList("kinds", List.of(), "as text")));
        assertEquals(
                "the rule reads its parameter 'kinds' as a list of text values (TEXT_LIST), but declares it as a list"
                        + " of evidence kind ids (EVIDENCE_KINDS)",
                e.getMessage());
    }

    @Test
    void readingAnUndeclaredParameterNamesIt() {
        RuleParameterException e = assertThrows(
                RuleParameterException.class, () -> DEFAULTS.get(Parameter.bool("strict", false, "strictly")));
        assertEquals("the rule declares no parameter 'strict'", e.getMessage());
    }
}
