package io.github.equalityframework.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Plugin jars made in a test: a plugin class compiled from source, with its service entry. */
final class PluginJars {
    private PluginJars() {}

    /**
     * A jar in {@code folder} holding the plugin {@code org.example.NAME}, whose {@code setup} body is
     * {@code setupBody}.
     */
    static Path plugin(Path folder, String name, String id, String setupBody) throws IOException {
        return plugin(folder, name, id, "[0.1,1.0)", setupBody, Map.of());
    }

    /**
     * The same with the SDK range the plugin declares, and more entries of the jar (resources, by name).
     */
    static Path plugin(
            Path folder, String name, String id, String sdkRange, String setupBody, Map<String, String> resources)
            throws IOException {
        String source = """
                package org.example;

                import io.github.equalityframework.spi.EqualityFrameworkPlugin;
                import io.github.equalityframework.spi.PluginContext;
                import io.github.equalityframework.spi.PluginDescriptor;

                public final class %s implements EqualityFrameworkPlugin {
                    @Override
                    public PluginDescriptor descriptor() {
                        return new PluginDescriptor("%s", "Plugin %s", "1.0", "%s");
                    }

                    @Override
                    public void setup(PluginContext context) {
                        %s
                    }
                }
                """.formatted(name, id, id, sdkRange, setupBody);
        Path work = Files.createTempDirectory(folder.getParent(), "plugin-source");
        Path java = Files.createDirectories(work.resolve("org/example")).resolve(name + ".java");
        Files.writeString(java, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(
                null,
                null,
                null,
                "-classpath",
                Cli.testClassPath(),
                "-d",
                work.toString(),
                "-proc:none",
                java.toString());
        assertTrue(compiled == 0, "the test plugin compiles");
        Path jar = Files.createDirectories(folder).resolve(id + ".jar");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("META-INF/services/io.github.equalityframework.spi.EqualityFrameworkPlugin"));
            out.write(("org.example." + name + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            for (Map.Entry<String, String> resource : resources.entrySet()) {
                out.putNextEntry(new JarEntry(resource.getKey()));
                out.write(resource.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            try (Stream<Path> classes = Files.walk(work)) {
                for (Path c :
                        classes.filter(p -> p.toString().endsWith(".class")).toList()) {
                    out.putNextEntry(new JarEntry(work.relativize(c).toString().replace('\\', '/')));
                    out.write(Files.readAllBytes(c));
                    out.closeEntry();
                }
            }
        }
        return jar;
    }
}
