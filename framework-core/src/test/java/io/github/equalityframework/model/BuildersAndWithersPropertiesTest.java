package io.github.equalityframework.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.equalityframework.fixtures.SelfAssessments;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Builders and withers copy a record without losing or mixing up a component, over generated self-assessments and
 * every part of them that has a builder or withers. Components are found by reflection, so a component added to a
 * record later is covered without editing this test.
 */
class BuildersAndWithersPropertiesTest {
    /** The records with a builder ({@code builder()}, {@code toBuilder()}). */
    static final List<Class<? extends Record>> BUILT = List.of(
            SelfAssessment.class,
            PeerReview.class,
            ActionPlan.class,
            ActionPlanEntry.class,
            PlannedAction.class,
            EvidenceItem.class);

    /** The records with withers. */
    static final List<Class<? extends Record>> WITH =
            Stream.concat(BUILT.stream(), Stream.of(Claim.class)).toList();

    @Provide
    Arbitrary<SelfAssessment> assessments() {
        return SelfAssessments.valid();
    }

    @Property(tries = 100)
    void aRecordRebuiltFromItsBuilderEqualsItself(@ForAll("assessments") SelfAssessment assessment) throws Exception {
        for (Record part : parts(assessment)) {
            if (BUILT.contains(part.getClass())) {
                Object rebuilt = build(part.getClass().getMethod("toBuilder").invoke(part));
                assertEquals(part, rebuilt, part.getClass().getSimpleName());
            }
        }
    }

    @Property(tries = 100)
    void aBuilderGivenEachComponentBuildsTheSameRecordAsTheConstructor(@ForAll("assessments") SelfAssessment assessment)
            throws Exception {
        for (Record part : parts(assessment)) {
            if (!BUILT.contains(part.getClass())) {
                continue;
            }
            Object builder = part.getClass().getMethod("builder").invoke(null);
            for (RecordComponent component : part.getClass().getRecordComponents()) {
                builder.getClass()
                        .getMethod(component.getName(), component.getType())
                        .invoke(builder, component.getAccessor().invoke(part));
            }
            assertEquals(part, build(builder), part.getClass().getSimpleName());
        }
    }

    @Property(tries = 100)
    void eachWitherChangesItsComponentAndNoOther(
            @ForAll("assessments") SelfAssessment assessment, @ForAll("assessments") SelfAssessment other)
            throws Exception {
        List<Record> theirs = parts(other);
        for (Record part : parts(assessment)) {
            if (!WITH.contains(part.getClass())) {
                continue;
            }
            Record donor = theirs.stream()
                    .filter(r -> r.getClass() == part.getClass())
                    .findFirst()
                    .orElse(part);
            for (Method wither : withers(part.getClass())) {
                RecordComponent changed = component(part.getClass(), wither);
                Object value = changed.getAccessor().invoke(donor);
                Record copy = (Record) wither.invoke(part, value);
                for (RecordComponent component : part.getClass().getRecordComponents()) {
                    Object expected = component.getName().equals(changed.getName())
                            ? value
                            : component.getAccessor().invoke(part);
                    assertEquals(
                            expected,
                            component.getAccessor().invoke(copy),
                            wither.getName() + " on " + part.getClass().getSimpleName() + ": " + component.getName());
                }
            }
        }
    }

    @Test
    void everyRecordNamedHereHasWithersAndEveryWitherNamesAComponent() {
        for (Class<? extends Record> type : WITH) {
            List<Method> withers = withers(type);
            assertEquals(false, withers.isEmpty(), type.getSimpleName());
            withers.forEach(w -> assertNotNull(component(type, w), w.toString()));
        }
    }

    /** The record and every part of it that has a builder or withers, in document order. */
    private static List<Record> parts(SelfAssessment assessment) {
        List<Record> parts = new ArrayList<>();
        parts.add(assessment);
        parts.addAll(assessment.claims());
        parts.addAll(assessment.evidence());
        assessment.review().ifPresent(parts::add);
        assessment.plan().ifPresent(plan -> {
            parts.add(plan);
            plan.entries().forEach(entry -> {
                parts.add(entry);
                parts.addAll(entry.actions());
            });
        });
        parts.removeIf(Objects::isNull);
        return parts;
    }

    private static Object build(Object builder) throws Exception {
        return builder.getClass().getMethod("build").invoke(builder);
    }

    private static List<Method> withers(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().startsWith("with") && m.getParameterCount() == 1)
                .filter(m -> m.getReturnType() == type)
                .sorted(java.util.Comparator.comparing(Method::getName))
                .toList();
    }

    /** The component a wither replaces: the one its name ends with ({@code withPeerReview}: {@code peerReview}). */
    private static RecordComponent component(Class<?> type, Method wither) {
        String named = Character.toLowerCase(wither.getName().charAt(4))
                + wither.getName().substring(5);
        return Arrays.stream(type.getRecordComponents())
                .filter(c -> c.getName().equals(named))
                .findFirst()
                .orElse(null);
    }
}
