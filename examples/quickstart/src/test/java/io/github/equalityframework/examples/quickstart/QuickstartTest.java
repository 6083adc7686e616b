package io.github.equalityframework.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class QuickstartTest {

    @Test
    void assessesTheExampleWithTheLgaPluginAndACouncilPluginJarFromADirectory() throws Exception {
        Path plugins = Path.of("target", "plugins");
        assertTrue(
                Files.list(plugins).anyMatch(p -> p.toString().endsWith(".jar")),
                "the build copies the council's plugin jar here");
        assertFalse(
                isOnClassPath("org.anytown.equality.AnytownPlugin"),
                "the council plugin must come from the directory only");

        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Quickstart.main(
                    new String[] {Path.of("..", "data", "anytown-2024.yaml").toString(), plugins.toString()});
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("Anytown Borough Council: "), out);
        assertTrue(out.contains("ERROR lga.claim-without-evidence claims[9]"), out);
        assertTrue(
                out.contains("WARNING anytown.eia-local-characteristics evidence["),
                "the directory's plugin ran: " + out);
    }

    private static boolean isOnClassPath(String className) {
        try {
            Class.forName(className);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
