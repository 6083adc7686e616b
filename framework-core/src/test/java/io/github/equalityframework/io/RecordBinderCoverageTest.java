package io.github.equalityframework.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.equalityframework.ExampleData;
import io.github.equalityframework.internal.reflect.CheckedInTheBuild;
import io.github.equalityframework.migration.EditionMapping;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.PlanStatus;
import io.github.equalityframework.model.RuleProfile;
import io.github.equalityframework.model.SelfAssessment;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The binder is really used: every bundled example file, edition, edition snapshot, mapping and rule profile
 * is bound without the mapper, to the mapper's value; and a model type that gains an annotation the binder does
 * not know (a Jackson one would change how the mapper reads it) is refused, so the mapper reads it instead.
 */
class RecordBinderCoverageTest {
    private static final ModelCodec CODEC = ModelCodec.strict();
    /** The other modules' resources, from framework-core's directory, where the build runs its tests. */
    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyRootTypeOfTheModelIsBound() {
        for (Class<?> type : List.of(
                SelfAssessment.class,
                FrameworkDefinition.class,
                RuleProfile.class,
                PeerReview.class,
                ActionPlan.class,
                EditionMapping.class)) {
            assertNull(RecordBinder.refusal(type), type.getName());
        }
    }

    /**
     * The binder does not walk the annotations of the library's own model at run time: this does, for every record
     * and enum the root types hold, so a model type that gains an annotation the binder does not know fails here.
     */
    @Test
    void everyTypeTheModelHoldsCarriesOnlyAnnotationsTheBinderKnows() {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Type> todo = new ArrayDeque<>(List.of(
                SelfAssessment.class,
                FrameworkDefinition.class,
                RuleProfile.class,
                PeerReview.class,
                ActionPlan.class,
                EditionMapping.class));
        while (!todo.isEmpty()) {
            Type type = todo.pop();
            if (type instanceof ParameterizedType parameterized) {
                todo.addAll(List.of(parameterized.getActualTypeArguments()));
            } else if (type instanceof Class<?> c && (c.isRecord() || c.isEnum()) && seen.add(c)) {
                assertTrue(CheckedInTheBuild.holds(c), c.getName());
                assertDoesNotThrow(() -> RecordBinder.checkAnnotations(c), c.getName());
                if (c.isRecord()) {
                    for (RecordComponent component : c.getRecordComponents()) {
                        todo.push(component.getGenericType());
                    }
                }
            }
        }
        assertTrue(seen.contains(EvidenceItem.class) && seen.contains(PlanStatus.class), seen.toString());
    }

    @Test
    void everyExampleFileIsBoundAsTheTypesTheMapperReadsItAs() throws IOException {
        List<Path> files = ExampleData.yamlFiles();
        for (Path file : files) {
            String text = Files.readString(file);
            int clean = 0;
            for (Class<?> type : List.of(SelfAssessment.class, PeerReview.class, ActionPlan.class)) {
                if (CODEC.readWithMapper(text, file.toString(), Format.YAML, type)
                        .isClean()) {
                    clean++;
                    assertBound(type, Format.YAML, text, file.toString());
                }
            }
            assertTrue(clean > 0, () -> file + " reads as none of the types");
        }
    }

    @Test
    void everyBundledEditionMappingAndProfileIsBound() throws IOException {
        List<Path> resources = new ArrayList<>();
        for (String module : List.of("framework-lga", "framework-plugins")) {
            try (Stream<Path> found = Files.walk(PROJECT.resolve(module))) {
                found.filter(f -> f.toString().contains("src/main/resources"))
                        .filter(f -> f.getFileName().toString().matches("(lga-eflg-|nhs-eds-|mapping-|profile-).*"))
                        .sorted()
                        .forEach(resources::add);
            }
        }
        assertTrue(resources.size() >= 12, () -> "too few bundled resources found: " + resources);
        for (Path file : resources) {
            String name = file.getFileName().toString();
            String text = Files.readString(file);
            if (name.endsWith(".snapshot")) {
                assertBound(FrameworkDefinition.class, Format.JSON, text.substring(text.indexOf('\n') + 1), name);
            } else if (name.startsWith("mapping-")) {
                assertBound(EditionMapping.class, Format.YAML, text, name);
            } else if (name.startsWith("profile-")) {
                assertBound(RuleProfile.class, Format.YAML, text, name);
            } else {
                assertBound(FrameworkDefinition.class, Format.YAML, text, name);
                assertBound(FrameworkDefinition.class, Format.JSON, CODEC.write(read(text), Format.JSON), name);
            }
        }
    }

    private static FrameworkDefinition read(String text) {
        return CODEC.readWithMapper(text, "edition", Format.YAML, FrameworkDefinition.class)
                .value()
                .orElseThrow();
    }

    private static void assertBound(Class<?> type, Format format, String text, String name) {
        ReadResult<?> mapper = CODEC.readWithMapper(text, name, format, type);
        assertTrue(mapper.isClean(), () -> name + ": " + mapper.problems());
        Object bound;
        try {
            bound = CODEC.bound(format, type, text, null);
        } catch (RecordBinder.Bail gaveUp) {
            throw new AssertionError(
                    name + " as " + type.getSimpleName() + ": the binder gave up: " + gaveUp.getMessage());
        }
        assertEquals(mapper.value().orElseThrow(), bound, name);
    }

    // ---- what the binder leaves to the mapper

    private static final String ASSESSMENT = """
            organisation: {name: Anytown Borough Council}
            framework: lga-eflg-2021
            period: {from: 2024-04-01, to: 2025-03-31}
            """;

    @Test
    void anUnknownFieldIsReportedAsTheMapperReportsIt() {
        String text = ASSESSMENT + "framwork: x\n";
        assertThrows(RecordBinder.Bail.class, () -> CODEC.bound(Format.YAML, SelfAssessment.class, text, null));
        ReadResult<SelfAssessment> read = CODEC.read(text, "council.yaml", Format.YAML, SelfAssessment.class);
        assertEquals(
                "council.yaml:4:1: framwork: unknown field 'framwork'; did you mean 'framework'?",
                read.problems().stream().map(Object::toString).reduce("", String::concat));
        assertEquals("lga-eflg-2021", read.value().orElseThrow().framework());
    }

    @Test
    void anImplausibleDateIsReportedAsTheMapperReportsIt() {
        String text = ASSESSMENT.replace("2025-03-31", "2204-03-31");
        assertThrows(RecordBinder.Bail.class, () -> CODEC.bound(Format.YAML, SelfAssessment.class, text, null));
        assertEquals(
                List.of("council.yaml:3:32: period.to: '2204-03-31' is outside the range of plausible dates (1900-01-01"
                        + " to 2100-12-31); check the year"),
                CODEC.read(text, "council.yaml", Format.YAML, SelfAssessment.class).problems().stream()
                        .map(Object::toString)
                        .toList());
    }

    @Test
    void aNumberWhereTextIsExpectedIsLeftToTheMapperWhichReadsItAsText() {
        String text = ASSESSMENT.replace("lga-eflg-2021", "2021");
        assertThrows(RecordBinder.Bail.class, () -> CODEC.bound(Format.YAML, SelfAssessment.class, text, null));
        ReadResult<SelfAssessment> read = CODEC.read(text, "council.yaml", Format.YAML, SelfAssessment.class);
        assertTrue(read.isClean(), () -> read.problems().toString());
        assertEquals("2021", read.value().orElseThrow().framework());
    }

    // ---- annotations

    /** A record as the model's are. */
    public record Plain(@NotBlank String name, List<@NotBlank String> tags) {}

    /** A record one of whose fields the mapper reads under another name. */
    public record Renamed(@JsonProperty("title") String name) {}

    /** An enum the mapper reads through a factory. */
    public enum Made {
        ONE;

        @JsonCreator
        public static Made of(String text) {
            return ONE;
        }
    }

    /** A record whose annotation is on a type it holds, two levels down. */
    public record Holder(List<Inner> inner) {}

    public record Inner(Made made) {}

    @Test
    void aRecordWithOnlyConstraintAnnotationsIsBound() {
        assertNull(RecordBinder.refusal(Plain.class));
        assertEquals(new Plain("a", List.of("b")), CODEC.bound(Format.YAML, Plain.class, "name: a\ntags: [b]\n", null));
    }

    @Test
    void aRecordWithAJacksonAnnotationIsRefusedAndReadByTheMapper() {
        String refusal = RecordBinder.refusal(Renamed.class);
        assertTrue(
                refusal != null
                        && refusal.startsWith(RecordBinderCoverageTest.class.getName() + "$Renamed has @"
                                + JsonProperty.class.getName() + " on "),
                refusal);
        assertThrows(RecordBinder.Bail.class, () -> CODEC.bound(Format.YAML, Renamed.class, "title: a\n", null));
        assertEquals(
                new Renamed("a"),
                CODEC.read("title: a\n", "r.yaml", Format.YAML, Renamed.class)
                        .value()
                        .orElseThrow());
    }

    @Test
    void anAnnotationOnAnEnumATypeHoldsRefusesTheHolder() {
        String refusal = RecordBinder.refusal(Holder.class);
        assertTrue(refusal != null && refusal.contains("@" + JsonCreator.class.getName()), refusal);
        assertFalse(RecordBinder.supports(Holder.class));
        assertTrue(RecordBinder.knows(NotBlank.class));
        assertFalse(RecordBinder.knows(JsonProperty.class));
    }
}
