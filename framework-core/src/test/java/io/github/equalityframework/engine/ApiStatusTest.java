package io.github.equalityframework.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.problem.EqualityFrameworkException;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * Every public type a user can reach says how far it can be relied on ({@code @API} status, as JUnit 5
 * does), so that an embedding council system knows what may change in a minor release and the API
 * comparison in the build knows what to ignore.
 */
class ApiStatusTest {

    @Test
    void everyPublicTopLevelTypeInAnExportedPackageDeclaresItsStatus() throws Exception {
        List<String> unmarked = publicTypes().stream()
                .filter(type -> !type.isAnnotationPresent(API.class))
                .map(Class::getName)
                .toList();

        assertEquals(List.of(), unmarked, "public types without @API(status = ...)");
    }

    @Test
    void internalTypesAreFewAndNamed() throws Exception {
        List<String> internal = publicTypes().stream()
                .filter(type -> type.isAnnotationPresent(API.class)
                        && type.getAnnotation(API.class).status() == API.Status.INTERNAL)
                .map(Class::getSimpleName)
                .toList();

        assertEquals(
                List.of(
                        "CsvFieldStarts",
                        "Invisible",
                        "Suggestions",
                        "HtmlWriter",
                        "MarkdownText",
                        "ReportDocument",
                        "Stylesheet",
                        "SvgFigure",
                        "SchemaGenerator"),
                internal,
                "internal types in exported packages; each is also excluded from the API comparison in the parent pom");
    }

    @Test
    void everyExceptionTheLibraryThrowsOnPurposeHasTheOneRoot() throws Exception {
        List<String> outside = publicTypes().stream()
                .filter(Throwable.class::isAssignableFrom)
                .filter(type -> !EqualityFrameworkException.class.isAssignableFrom(type))
                .map(Class::getName)
                .toList();

        assertEquals(List.of(), outside, "public exceptions that a host cannot catch as EqualityFrameworkException");
    }

    /** The public top-level types of the core's exported packages, by name. */
    private static List<Class<?>> publicTypes() throws Exception {
        Path classes = Path.of(AssessmentEngine.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        ModuleDescriptor core = ModuleFinder.of(classes)
                .find("io.github.equalityframework.core")
                .orElseThrow()
                .descriptor();
        return core.exports().stream()
                .flatMap(export -> classesIn(classes, export.source()))
                .filter(type -> Modifier.isPublic(type.getModifiers()) && type.getEnclosingClass() == null)
                .sorted(java.util.Comparator.comparing(Class::getName))
                .toList();
    }

    private static Stream<Class<?>> classesIn(Path root, String packageName) {
        Path dir = root.resolve(packageName.replace('.', '/'));
        try (Stream<Path> files = Files.list(dir)) {
            return files
                    .filter(f -> f.toString().endsWith(".class")
                            && !f.getFileName().toString().contains("$"))
                    .<Class<?>>map(f -> load(root, f))
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(Path root, Path classFile) {
        String name = root.relativize(classFile).toString().replace(java.io.File.separatorChar, '.');
        name = name.substring(0, name.length() - ".class".length());
        try {
            return Class.forName(name, false, ApiStatusTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
