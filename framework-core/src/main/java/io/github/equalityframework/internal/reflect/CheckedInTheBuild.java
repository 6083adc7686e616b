package io.github.equalityframework.internal.reflect;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Set;
import org.apiguardian.api.API;

/**
 * The library's own model and edition-mapping types, whose annotations tests walk in the build
 * ({@code RecordBinderCoverageTest}, {@code BeanConstraintsSupportTest}). The record binder and the field-constraint
 * checker walk the annotations of every other type at run time; for these, walking every member's annotations at
 * each start cost more than reading the first file's records.
 */
@API(status = INTERNAL, since = "0.2")
public final class CheckedInTheBuild {
    private static final Set<String> PACKAGES =
            Set.of("io.github.equalityframework.model", "io.github.equalityframework.migration");

    private CheckedInTheBuild() {}

    /** Whether a type is one of them: in their packages and loaded with this library, not a plugin's namesake. */
    public static boolean holds(Class<?> type) {
        return type.getClassLoader() == CheckedInTheBuild.class.getClassLoader()
                && PACKAGES.contains(type.getPackageName());
    }
}
