package io.github.equalityframework.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.equalityframework.fixtures.TestFramework;
import io.github.equalityframework.model.FrameworkDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/** Records made through core reflection are the records Jackson made, and a constructor's refusal reads the same. */
class DirectRecordCreatorsTest {
    private static final ObjectMapper CODEC = ModelCodec.strict().mapper(Format.JSON);
    private static final ObjectMapper PLAIN = JsonMapper.builder().build();

    record Refusing(String name, List<Integer> counts) {
        Refusing {
            if ("bad".equals(name)) {
                throw new IllegalArgumentException("a name may not be 'bad'");
            }
        }
    }

    @Test
    void aRecordIsMadeFromItsComponents() {
        assertEquals(
                new Refusing("ok", List.of(1, 2)),
                CODEC.readValue("{\"name\": \"ok\", \"counts\": [1, 2]}", Refusing.class));
    }

    @Test
    void theWholeModelReadsBackEqual() {
        FrameworkDefinition framework = TestFramework.definition();
        String json = CODEC.writeValueAsString(framework);
        assertEquals(framework, CODEC.readValue(json, FrameworkDefinition.class));
    }

    @Test
    void aConstructorsExceptionGivesTheMessageJacksonsOwnCreatorGave() {
        String json = "{\"name\": \"bad\", \"counts\": []}";
        ValueInstantiationException direct =
                assertThrows(ValueInstantiationException.class, () -> CODEC.readValue(json, Refusing.class));
        ValueInstantiationException jackson =
                assertThrows(ValueInstantiationException.class, () -> PLAIN.readValue(json, Refusing.class));
        assertEquals(jackson.getOriginalMessage(), direct.getOriginalMessage());
        assertEquals(IllegalArgumentException.class, direct.getCause().getClass());
        assertEquals("a name may not be 'bad'", direct.getCause().getMessage());
    }
}
