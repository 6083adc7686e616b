package io.github.equalityframework.testkit;

import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.PluginContext;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * The profile files a plugin names in its setup, found by running the setup once against a context that only records
 * them. The registry reports a broken file by its name only; knowing the names, the kit can say that the problem is a
 * profile's, and not that the plugin "ships no profile".
 */
final class ProfileFiles {
    private ProfileFiles() {}

    static List<String> of(EqualityFrameworkPlugin plugin) {
        List<String> files = new ArrayList<>();
        // A proxy, so that methods the context gains later are ignored here too.
        PluginContext recorder = (PluginContext) Proxy.newProxyInstance(
                PluginContext.class.getClassLoader(), new Class<?>[] {PluginContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("addProfileResource") && args != null && args.length == 1) {
                        files.add(String.valueOf(args[0]));
                    }
                    return defaultValue(method.getReturnType());
                });
        try {
            plugin.setup(recorder);
        } catch (RuntimeException | LinkageError e) {
            // The loading check reports a setup that throws; the files named before it are still known.
        }
        return List.copyOf(files);
    }

    private static Object defaultValue(Class<?> type) {
        if (!type.isPrimitive() || type == void.class) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        return type == long.class ? 0L : type == float.class ? 0f : type == double.class ? 0d : 0;
    }
}
