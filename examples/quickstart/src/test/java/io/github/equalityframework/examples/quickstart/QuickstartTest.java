package io.github.equalityframework.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QuickstartTest {
    static final Path ANYTOWN = Path.of("..", "data", "anytown-2024.yaml");

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
            Quickstart.main(new String[] {plugins.toString(), ANYTOWN.toString()});
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        // the overall level by its label, as people read it, not its id
        assertTrue(out.startsWith("Anytown Borough Council: Not assessed\n"), out);
        // each finding where it is in the file, not as a data path
        assertTrue(
                Pattern.compile("\n" + Pattern.quote(ANYTOWN.toString())
                                + ":\\d+:\\d+: ERROR lga.claim-without-evidence: The claim for m3/c1 ")
                        .matcher(out)
                        .find(),
                out);
        assertTrue(out.contains(": WARNING anytown.eia-local-characteristics: "), "the directory's plugin ran: " + out);
        assertFalse(out.contains("claims["), out);
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
