package io.github.equalityframework.it.modulepath;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** How the tests start a child JVM with this module and its run-time dependencies on either path. */
final class ChildJvm {
    private ChildJvm() {}

    /** This module's classes and its run-time dependencies, as Maven resolved them. */
    static String path() throws IOException {
        String dependencies = Files.readString(
                        Path.of(System.getProperty("it.runtimePathFile")), StandardCharsets.UTF_8)
                .strip();
        return System.getProperty("it.classes") + (dependencies.isEmpty() ? "" : File.pathSeparator + dependencies);
    }

    /** The java command of this JVM with the given arguments, tuned for a short run. */
    static List<String> command(String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1"));
        command.addAll(List.of(arguments));
        return command;
    }
}
