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
    private static final String CORE = "io.github.equalityframework";
    private static final String INTERNAL = CORE + ".internal";
    private static final String CORE_MODULE = "io.github.equalityframework.core";

    @Test
    void everyPublicTopLevelTypeInAnExportedPackageDeclaresItsStatus() throws Exception {
        List<String> unmarked = publicTypes().stream()
                .filter(type -> !type.isAnnotationPresent(API.class))
                .map(Class::getName)
                .toList();

        assertEquals(List.of(), unmarked, "public types without @API(status = ...)");
    }

    @Test
    void internalTypesAreFewAndNamedAndLiveInTheInternalPackages() throws Exception {
        List<String> internal = publicTypes().stream()
                .filter(type -> type.isAnnotationPresent(API.class)
                        && type.getAnnotation(API.class).status() == API.Status.INTERNAL)
                .map(Class::getName)
                .toList();

        assertEquals(
                List.of(
                        INTERNAL + ".csv.CsvFieldStarts",
                        INTERNAL + ".ids.IdPositions",
                        INTERNAL + ".markup.HtmlWriter",
                        INTERNAL + ".markup.MarkdownText",
                        INTERNAL + ".markup.ReportDocument",
                        INTERNAL + ".markup.Stylesheet",
                        INTERNAL + ".markup.SvgFigure",
                        INTERNAL + ".reflect.CheckedInTheBuild",
                        INTERNAL + ".schema.SchemaGenerator",
                        INTERNAL + ".text.Invisible",
                        INTERNAL + ".text.Suggestions"),
                internal,
                "internal types; the API comparison in the parent pom ignores their package");
    }

    @Test
    void everyPublicTypeOfAnInternalPackageIsMarkedInternal() throws Exception {
        List<String> notMarked = publicTypes().stream()
                .filter(type -> type.getPackageName().startsWith(INTERNAL + "."))
                .filter(type -> !type.isAnnotationPresent(API.class)
                        || type.getAnnotation(API.class).status() != API.Status.INTERNAL)
                .map(Class::getName)
                .toList();

        assertEquals(List.of(), notMarked, "types of the internal packages not marked @API(status = INTERNAL)");
    }

    @Test
    void anInternalPackageIsExportedOnlyToEflgModulesAndNoOtherPackageIsExportedSo() throws Exception {
        List<String> wrong = core().exports().stream()
                .filter(export -> export.source().startsWith(INTERNAL + ".")
                        ? !export.isQualified()
                                || !export.targets().stream().allMatch(module -> module.startsWith(CORE + "."))
                        : export.isQualified())
                .map(ModuleDescriptor.Exports::toString)
                .toList();

        assertEquals(List.of(), wrong, "exports of the core that break the rule");
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

    /**
     * The public top-level types a user can reach, by name: those of the core's exported packages, and those of
     * every internal package (reachable on the class path, where the CLI runs).
     */
    private static List<Class<?>> publicTypes() throws Exception {
        Path classes = classes();
        Stream<String> exported = core().exports().stream().map(ModuleDescriptor.Exports::source);
        Stream<String> internal = core().packages().stream().filter(name -> name.startsWith(INTERNAL + "."));
        return Stream.concat(exported, internal)
                .distinct()
                .flatMap(packageName -> classesIn(classes, packageName))
                .filter(type -> Modifier.isPublic(type.getModifiers()) && type.getEnclosingClass() == null)
                .sorted(java.util.Comparator.comparing(Class::getName))
                .toList();
    }

    private static ModuleDescriptor core() throws Exception {
        return ModuleFinder.of(classes()).find(CORE_MODULE).orElseThrow().descriptor();
    }

    private static Path classes() throws Exception {
        return Path.of(AssessmentEngine.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
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
