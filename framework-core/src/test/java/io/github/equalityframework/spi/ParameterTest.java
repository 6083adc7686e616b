package io.github.equalityframework.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A parameter is declared once, with a default of its own type, and says how messages name its type. */
class ParameterTest {

    @Test
    void eachFactoryGivesItsTypeAndTheDefaultAsTheJavaTypeRulesRead() {
        assertEquals(ParameterType.INTEGER, Parameter.integer("n", 3, "d").type());
        assertEquals(2.0, Parameter.decimal("x", 2, "d").defaultValue());
        assertEquals(ParameterType.BOOLEAN, Parameter.bool("b", true, "d").type());
        assertEquals(ParameterType.TEXT, Parameter.text("t", "x", "d").type());
        assertEquals(
                ParameterType.TEXT_LIST, Parameter.textList("l", List.of(), "d").type());
        assertEquals(
                ParameterType.LEVEL,
                Parameter.level("minimumLevel", "achieving", "d").type());
        assertEquals(
                ParameterType.EVIDENCE_KINDS,
                Parameter.evidenceKinds("k", List.of("eia"), "d").type());
        assertEquals(
                ParameterType.CHARACTERISTICS,
                Parameter.characteristics("c", List.of("age"), "d").type());
    }

    @Test
    void aListDefaultIsCopiedSoTheDeclarationCannotChangeLater() {
        List<String> kinds = new ArrayList<>(List.of("eia"));
        Parameter<List<String>> parameter = Parameter.evidenceKinds("kinds", kinds, "d");
        kinds.add("policy");

        assertEquals(List.of("eia"), parameter.defaultValue());
        assertThrows(
                UnsupportedOperationException.class,
                () -> parameter.defaultValue().add("x"));
    }

    @Test
    void aDefaultThatIsNotOfItsTypeOrABlankNameIsRefusedWhenDeclared() {
        var list = new ArrayList<String>();
        list.add(null);
        var e = assertThrows(IllegalArgumentException.class, () -> Parameter.textList("kinds", list, "d"));
        assertEquals("default of parameter kinds must be a list of text values, not [null]", e.getMessage());

        e = assertThrows(IllegalArgumentException.class, () -> Parameter.text(" ", "x", "d"));
        assertEquals("a parameter needs a name", e.getMessage());
    }

    @Test
    void keysAreEqualWhenTheyDeclareTheSameParameter() {
        assertEquals(Parameter.integer("n", 3, "d"), Parameter.integer("n", 3, "d"));
        assertEquals(
                Parameter.integer("n", 3, "d").hashCode(),
                Parameter.integer("n", 3, "d").hashCode());
        assertNotEquals(Parameter.text("n", "a", "d"), Parameter.level("n", "a", "d"));
        assertEquals("n (INTEGER, default 3)", Parameter.integer("n", 3, "d").toString());
    }
}
