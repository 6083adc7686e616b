package io.github.equalityframework.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A plugin's SDK range: parsed once, immutable, with nothing mutable to hand out. */
class VersionRangeTest {

    @Test
    void aHalfOpenRangeHoldsItsLowerBoundAndNotItsUpper() {
        VersionRange range = VersionRange.parse("[0.1,1.0)").orElseThrow();
        assertTrue(range.contains("0.1.0-SNAPSHOT"));
        assertTrue(range.contains("0.9.3"));
        assertFalse(range.contains("1.0"));
        assertFalse(range.contains("0.0.9"));
        assertEquals("[0.1,1.0)", range.text());
    }

    @Test
    void textThatIsNotARangeGivesNone() {
        assertEquals(Optional.empty(), VersionRange.parse("[0.1;1.0)"));
        assertEquals(Optional.empty(), VersionRange.parse(""));
    }

    @Test
    void noPublicMethodHandsOutAnArrayOrTakesTheRangeApart() {
        List<String> leaks = Arrays.stream(VersionRange.class.getMethods())
                .filter(m -> m.getDeclaringClass() == VersionRange.class && Modifier.isPublic(m.getModifiers()))
                .filter(m -> m.getReturnType().isArray())
                .map(Method::getName)
                .toList();
        assertEquals(List.of(), leaks);
        assertEquals(0, VersionRange.class.getConstructors().length);
    }
}
