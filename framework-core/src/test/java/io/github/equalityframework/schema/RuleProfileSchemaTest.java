package io.github.equalityframework.schema;

import static io.github.equalityframework.schema.SchemaValidation.assertValid;
import static io.github.equalityframework.schema.SchemaValidation.errors;
import static io.github.equalityframework.schema.SchemaValidation.locationsAndKeywords;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.RuleProfile;
import io.github.equalityframework.model.RuleSetting;
import io.github.equalityframework.model.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The rule-profile schema takes what the engine reads, the list of plugins a profile runs included. */
class RuleProfileSchemaTest {
    private static ObjectNode profile() {
        RuleProfile profile = new RuleProfile(
                "anytown-council",
                "lga-default",
                "Our rules on top of the LGA defaults.",
                List.of("lga", "anytown"),
                Map.of("lga.unused-evidence", new RuleSetting(true, Severity.WARNING, Map.of("minimum", 2))));
        return (ObjectNode) SchemaValidation.JSON.readTree(ModelCodec.strict().write(profile, Format.JSON));
    }

    @Test
    void aProfileThatListsItsPluginsWrittenByTheCodecIsValid() {
        ObjectNode profile = profile();

        assertEquals("[\"lga\",\"anytown\"]", profile.get("plugins").toString());
        assertValid("rule-profile", profile, "the codec's JSON for a profile listing its plugins");
    }

    @Test
    void pluginsGivenAsOneWordRatherThanAListAreRejected() {
        ObjectNode profile = profile();
        profile.put("plugins", "lga");

        assertEquals(List.of("/plugins: type"), locationsAndKeywords(errors("rule-profile", profile)));
    }
}
