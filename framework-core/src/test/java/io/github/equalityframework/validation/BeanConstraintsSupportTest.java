package io.github.equalityframework.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.internal.reflect.CheckedInTheBuild;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.RuleProfile;
import io.github.equalityframework.model.SelfAssessment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The constraint checker knows every annotation the model uses: a record that gains one it does not check
 * fails here, not silently at a user's file.
 */
class BeanConstraintsSupportTest {

    @Test
    void everyRecordOfTheModelHasAPlan() throws IOException, URISyntaxException {
        List<Class<?>> records = modelRecords();
        assertTrue(records.size() > 30, () -> "found only " + records);
        for (Class<?> type : records) {
            BeanConstraints.plan(type);
            // not done at run time for the library's own records (CheckedInTheBuild): here instead
            assertTrue(CheckedInTheBuild.holds(type), type.getName());
            BeanConstraints.refuseOutsideComponents(type);
        }
    }

    @Test
    void theCheckedDocumentsReachTheirNestedRecords() {
        Set<Class<?>> reached = BeanConstraints.plan(SelfAssessment.class);
        assertTrue(reached.contains(io.github.equalityframework.model.EvidencePart.class), reached::toString);
        assertTrue(reached.contains(io.github.equalityframework.model.ProgressNote.class), reached::toString);
        assertTrue(BeanConstraints.plan(FrameworkDefinition.class)
                .contains(io.github.equalityframework.model.LevelDescriptor.class));
        BeanConstraints.plan(RuleProfile.class);
    }

    record WithSize(@Size(max = 3) String name) {}

    record WithEmail(List<@Email String> mailboxes) {}

    record WithGroups(@NotNull(groups = Valid.class) String name) {}

    record WithInterpolatedMessage(
            @NotBlank(message = "{name} is blank") String name) {}

    record WithEscapedPattern(@Pattern(regexp = "\\d+") String digits) {}

    record WithValidList(@Valid List<WithSize> items) {}

    record WithValidString(@Valid String text) {}

    record WithNestedElements(List<List<@NotBlank String>> rows) {}

    record WithNotBlankNumber(@NotBlank Integer count) {}

    @NotNull
    record WithTypeConstraint(String name) {}

    record WithGetter(String name) {
        @NotBlank
        public String getTitle() {
            return name;
        }
    }

    record Holder(@Valid WithSize inner) {}

    @Test
    void anAnnotationItDoesNotCheckIsRefusedWithWhereItIs() {
        assertRefused(WithSize.class, "field constraint not supported: WithSize.name carries @jakarta.validation");
        assertRefused(WithEmail.class, "field constraint not supported: WithEmail.mailboxes element carries @jakarta");
        assertRefused(WithGroups.class, "field constraint not supported: WithGroups.name carries @jakarta");
        assertRefused(
                WithInterpolatedMessage.class,
                "field constraint not supported: WithInterpolatedMessage.name: the message '{name} is blank' needs"
                        + " interpolation, which is not done");
        assertRefused(
                WithValidList.class,
                "field constraint not supported: WithValidList.items: @Valid on java.util.List, which is not a"
                        + " record");
        assertRefused(
                WithValidString.class,
                "field constraint not supported: WithValidString.text: @Valid on java.lang.String, which is not a"
                        + " record");
        assertRefused(
                WithNestedElements.class,
                "field constraint not supported: WithNestedElements.rows has constraints on a nested type argument");
        assertRefused(WithNotBlankNumber.class, "field constraint not supported: WithNotBlankNumber.count carries");
        assertRefused(WithTypeConstraint.class, "field constraint not supported: ");
        assertRefused(WithGetter.class, "field constraint not supported: ");
        // Found through a cascade as well, when the record that holds it is planned.
        assertRefused(Holder.class, "field constraint not supported: WithSize.name carries @jakarta.validation");
    }

    @Test
    void aPatternWhoseDefaultMessageWouldNeedEscapesIsRefused() {
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> BeanConstraints.plan(WithEscapedPattern.class));
        assertEquals(
                "field constraint not supported: WithEscapedPattern.digits: the message"
                        + " '{jakarta.validation.constraints.Pattern.message}' needs interpolation, which is not done",
                refused.getMessage());
    }

    private static void assertRefused(Class<?> type, String messageStart) {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> BeanConstraints.plan(type));
        assertTrue(refused.getMessage().startsWith(messageStart), refused::getMessage);
    }

    /** Every record type compiled into the model and edition-mapping packages. */
    private static List<Class<?>> modelRecords() throws IOException, URISyntaxException {
        Path classes = Path.of(SelfAssessment.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> records = new ArrayList<>();
        for (String pkg : List.of("io.github.equalityframework.model", "io.github.equalityframework.migration")) {
            try (Stream<Path> files = Files.list(classes.resolve(pkg.replace('.', '/')))) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = file.getFileName().toString().replace(".class", "");
                    try {
                        Class<?> type = Class.forName(pkg + "." + name);
                        if (type.isRecord()) {
                            records.add(type);
                        }
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return records;
    }
}
