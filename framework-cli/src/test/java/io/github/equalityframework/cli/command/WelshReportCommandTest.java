package io.github.equalityframework.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.cli.Cli;
import io.github.equalityframework.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eflg assess --lang cy}: the text eflg writes in reports is Welsh; the council's and the framework's is as written. */
class WelshReportCommandTest {
    private static final Pattern H2 = Pattern.compile("<h2[^>]*>([^<]*)</h2>");

    @TempDir
    Path dir;

    @Test
    void theExamplesHtmlReportInWelshHasWelshHeadingsAndLevels() throws IOException {
        Path out = dir.resolve("anytown.html");
        Run run = Cli.eflg(
                "assess",
                Cli.EXAMPLE.toString(),
                "--lang",
                "cy",
                "--target",
                "achieving",
                "--today",
                "2024-12-01",
                "--fail-on",
                "none",
                "--out",
                out.toString());
        assertEquals(1, run.exitCode(), run.err());
        String html = Files.readString(out);
        assertTrue(html.contains("<html lang=\"cy\">"), html.substring(0, 200));
        assertTrue(
                html.contains("<h1>Hunanasesiad cydraddoldeb: <span lang=\"en\">Anytown Borough Council</span></h1>"),
                html);
        List<String> headings = H2.matcher(html).results().map(m -> m.group(1)).toList();
        assertEquals(
                List.of(
                        "Yn gryno",
                        "Crynodeb",
                        "Lefelau fesul modiwl",
                        "Y bwlch i&#39;r targed: Cyflawni",
                        "Canfyddiadau",
                        "Tystiolaeth fesul nodwedd",
                        "Lefelau fesul maen prawf",
                        "Hawliadau",
                        "Cofrestr tystiolaeth",
                        "Her gan gymheiriaid",
                        "Cynllun gweithredu"),
                headings);
        assertTrue(
                html.contains(
                        "<p><span lang=\"en\">Equality Framework for Local Government 2021</span> (lga-eflg-2021), 1 Ebrill"
                                + " 2023 i 31 Mawrth 2024.</p>"),
                "the framework's title stays as published; the period is in Welsh");
        assertFalse(html.contains(">Summary<"), "no English heading");
    }

    @Test
    void theMarkdownReportInWelshSaysWhenItWasMadeInWelsh() throws IOException {
        Path out = dir.resolve("anytown.md");
        Run run = Cli.eflg(
                "assess",
                Cli.EXAMPLE.toString(),
                "--lang",
                "cy",
                "--timestamp",
                "--fail-on",
                "none",
                "--out",
                out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String md = Files.readString(out);
        assertTrue(md.startsWith("# Hunanasesiad cydraddoldeb: Anytown Borough Council\n"), md);
        Matcher generated = Pattern.compile("\n_Crëwyd \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ gan eflg\\._\n$")
                .matcher(md);
        assertTrue(generated.find(), md.substring(Math.max(0, md.length() - 200)));
    }

    @Test
    void englishIsTheDefaultAndTheSameAsAskingForIt() throws IOException {
        Path english = dir.resolve("en.md");
        Path plain = dir.resolve("plain.md");
        assertEquals(
                0,
                Cli.eflg(
                                "assess",
                                Cli.EXAMPLE.toString(),
                                "--lang",
                                "en",
                                "--fail-on",
                                "none",
                                "--out",
                                english.toString())
                        .exitCode());
        assertEquals(
                0,
                Cli.eflg("assess", Cli.EXAMPLE.toString(), "--fail-on", "none", "--out", plain.toString())
                        .exitCode());
        assertEquals(Files.readString(plain), Files.readString(english));
    }

    @Test
    void aLanguageEflgDoesNotWriteIsAUsageError() {
        Run run = Cli.eflg("assess", Cli.EXAMPLE.toString(), "--lang", "fr", "--format", "html");
        assertEquals(2, run.exitCode());
        assertTrue(
                run.err()
                        .startsWith(
                                "eflg: --lang 'fr' is not a language eflg writes; use en (English) or cy (Welsh)\n"),
                run.err());
    }
}
