package io.github.equalityframework.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.RandomRecords;
import io.github.equalityframework.fixtures.SelfAssessments;
import io.github.equalityframework.fixtures.TestFramework;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.EvidencePart;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.Organisation;
import io.github.equalityframework.model.RuleProfile;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The model's field constraints give, for any model, exactly the problems Hibernate Validator gave (with the
 * message text and path mapping eflg used over it until the checker replaced it): the same paths and messages,
 * as many times. Hibernate Validator is a test dependency for this comparison only.
 */
class BeanConstraintsEquivalenceTest {
    private static final Validator HIBERNATE = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ROOT), Locale.ROOT, false))
            .buildValidatorFactory()
            .getValidator();

    /** Text that is missing, blank or not, by Java's and by Unicode's idea of white space, or breaks a pattern. */
    private static final List<String> TEXT = List.of(
            "",
            " ",
            "\t",
            " \r\n ",
            "\u2003",
            "\u3000",
            "\u2028",
            "\u001c",
            "\u00a0",
            "\u200b",
            "\ufeff",
            " a ",
            "a",
            "care-experience",
            "Care Experience",
            "care--experience",
            "lga-eflg-2021",
            "anytown.local",
            "E07000123",
            "E07000123 ",
            "W06\u0663\u0660\u0660\u0660\u0660\u0660",
            "caf\u00e9",
            "\ud83d\ude00");

    /** Mostly values that pass, so that a model has a few problems as often as many. */
    private static final RandomRecords.Draws DRAWS = new RandomRecords.Draws(
            5,
            TEXT,
            List.of(-1, 0, 1, 3),
            12,
            5,
            random -> LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000)),
            List.of(),
            false);

    /** Generated models: any record of the model, with any component missing, blank, wrong, or a list with nulls. */
    private static <T> Arbitrary<T> anyModel(Class<T> type) {
        return Arbitraries.randomValue(random -> {
            T model = null;
            while (model == null) {
                model = type.cast(RandomRecords.record(type, random, DRAWS));
            }
            return model;
        });
    }

    @Property(tries = 400)
    void anyAssessment(@ForAll("assessments") SelfAssessment assessment) {
        assertSame(assessment);
    }

    @Property(tries = 400)
    void anyFrameworkDefinition(@ForAll("frameworks") FrameworkDefinition framework) {
        assertSame(framework);
    }

    @Property(tries = 150)
    void anyRuleProfile(@ForAll("profiles") RuleProfile profile) {
        assertSame(profile);
    }

    @Property(tries = 100)
    void validAssessments(@ForAll("valid") SelfAssessment assessment) {
        assertTrue(expected(assessment).isEmpty(), () -> expected(assessment).toString());
        assertSame(assessment);
    }

    @Example
    void theTestFrameworkHasNoProblemsEitherWay() {
        assertSame(TestFramework.definition());
        assertTrue(BeanConstraints.check(TestFramework.definition()).isEmpty());
    }

    @Example
    void nullElementsOfNestedListsArePlacedAtTheirIndex() {
        EvidenceItem item = new EvidenceItem(
                "ev-1",
                "Survey",
                "report",
                LocalDate.of(2024, 1, 1),
                null,
                java.util.Arrays.asList("age", null, " "),
                null,
                0,
                java.util.Arrays.asList(null, new EvidencePart(" ", -2)));
        SelfAssessment assessment = withEvidence(List.of(item));
        assertSame(assessment);
        assertEquals(
                List.of(
                        "evidence[0].characteristics[1]: is required",
                        "evidence[0].characteristics[2]: must not be blank",
                        "evidence[0].count: must be at least 1",
                        "evidence[0].parts[0]: is required",
                        "evidence[0].parts[1].count: must be at least 1",
                        "evidence[0].parts[1].label: must not be blank"),
                formatted(BeanConstraints.check(assessment)));
    }

    @Example
    void blankIsJavasWhiteSpaceAndUnicodesSpacesThatJavaCountsAsWhiteSpace() {
        for (String text : TEXT) {
            SelfAssessment assessment = withClaims(List.of(new Claim("m1/c1", text, null, List.of(text))));
            assertSame(assessment);
            boolean blank = !BeanConstraints.check(assessment).isEmpty();
            assertEquals(text.isBlank(), blank, () -> "U+" + Integer.toHexString(text.isEmpty() ? 0 : text.charAt(0)));
        }
        // A no-break space and a zero-width space are not white space to Java, so not blank, as before.
        assertFalse("\u00a0".isBlank());
        assertTrue("\u2003".isBlank());
    }

    @Example
    void patternsGiveTheirOwnMessagesAndMapsPlaceTheirKeysAndValuesAtTheMap() {
        Organisation organisation =
                new Organisation("Anytown Borough Council", "E07\u0661\u0662\u0663\u0664\u0665\u0666");
        MaturityLevel level = new MaturityLevel("achieving", "Achieving", -1, null, Map.of("cy", " ", " ", "x"));
        assertEquals(
                List.of("gssCode: must be a local authority GSS code: E06, E07, E08, E09, E10, W06 or S12 followed"
                        + " by six digits, e.g. E07000123"),
                formatted(BeanConstraints.check(organisation)));
        assertEquals(
                List.of(
                        "labels: must not be blank",
                        "labels: must not be blank",
                        "rank: must be greater than or equal to 0"),
                formatted(BeanConstraints.check(level)));
        assertSame(organisation);
        assertSame(level);
        Characteristic local = new Characteristic("Care Experience", "Care experience", null);
        assertSame(local);
    }

    @Provide
    Arbitrary<SelfAssessment> assessments() {
        return anyModel(SelfAssessment.class);
    }

    @Provide
    Arbitrary<FrameworkDefinition> frameworks() {
        return anyModel(FrameworkDefinition.class);
    }

    @Provide
    Arbitrary<RuleProfile> profiles() {
        return anyModel(RuleProfile.class);
    }

    @Provide
    Arbitrary<SelfAssessment> valid() {
        return SelfAssessments.valid();
    }

    private static void assertSame(Object model) {
        List<String> expected = expected(model);
        List<String> actual = formatted(BeanConstraints.check(model));
        Statistics.label("problems").collect(expected.isEmpty() ? "none" : expected.size() < 5 ? "1-4" : "5+");
        assertEquals(expected, actual, () -> "for " + model);
    }

    /** What eflg reported over Hibernate Validator: its violations, "is required" for a missing value. */
    private static List<String> expected(Object model) {
        List<ValidationProblem> problems = new ArrayList<>();
        for (ConstraintViolation<Object> violation : HIBERNATE.validate(model)) {
            problems.add(ValidationProblem.at(path(violation.getPropertyPath()), message(violation)));
        }
        return formatted(problems);
    }

    private static List<String> formatted(List<ValidationProblem> problems) {
        return problems.stream()
                .sorted(Comparator.comparing(ValidationProblem::path).thenComparing(ValidationProblem::message))
                .map(p -> p.path() + ": " + p.message())
                .toList();
    }

    private static String message(ConstraintViolation<?> violation) {
        Class<? extends Annotation> constraint =
                violation.getConstraintDescriptor().getAnnotation().annotationType();
        boolean missing = violation.getInvalidValue() == null
                && (constraint == NotNull.class || constraint == NotBlank.class || constraint == NotEmpty.class);
        return missing ? "is required" : violation.getMessage();
    }

    private static String path(Path propertyPath) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.isInIterable() && node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                out.append(out.length() == 0 ? "" : ".").append(name);
            }
        }
        return out.toString();
    }

    private static SelfAssessment withEvidence(List<EvidenceItem> evidence) {
        return new SelfAssessment(
                new Organisation("Anytown Borough Council", null),
                "test-framework",
                new AssessmentPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                null,
                null,
                null,
                evidence,
                null,
                null);
    }

    private static SelfAssessment withClaims(List<Claim> claims) {
        return new SelfAssessment(
                new Organisation("Anytown Borough Council", null),
                "test-framework",
                new AssessmentPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                null,
                null,
                claims,
                null,
                null,
                null);
    }
}
