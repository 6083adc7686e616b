package io.github.equalityframework.cli.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.cli.Cli;
import io.github.equalityframework.cli.Cli.Run;
import io.github.equalityframework.cli.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code eflg progress --appendix}: the committee appendix of both example councils in Markdown, HTML and Word (its
 * text as POI extracts it) against golden files, and the combinations of options it refuses.
 */
class AppendixCommandTest {
    static final String ANYTOWN = "Anytown Borough Council";
    static final String BROOKFIELD = "Brookfield District Council";

    @TempDir
    Path dir;

    static Run appendix(String council, String today, String... more) {
        List<String> args = new java.util.ArrayList<>(
                List.of("progress", Cli.DATA.toString(), "--organisation", council, "--today", today, "--appendix"));
        args.addAll(List.of(more));
        return Cli.eflg(args.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource({
        "Anytown Borough Council, 2026-11-28, md, anytown",
        "Anytown Borough Council, 2026-11-28, html, anytown",
        "Brookfield District Council, 2026-11-30, md, brookfield",
        "Brookfield District Council, 2026-11-30, html, brookfield"
    })
    void theAppendixOfEachExampleCouncilMatchesItsGoldenFile(String council, String today, String format, String name)
            throws IOException {
        Path out = dir.resolve("appendix." + format);
        Run run = appendix(council, today, "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Golden.assertMatches(name + "-appendix." + format, Files.readString(out, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Anytown Borough Council, 2026-11-28, anytown", "Brookfield District Council, 2026-11-30, brookfield"})
    void theTextOfTheWordAppendixMatchesItsGoldenFile(String council, String today, String name) throws IOException {
        Path out = dir.resolve("appendix.docx");
        Run run = appendix(council, today, "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Golden.assertMatches(name + "-appendix.docx.txt", text(out));
    }

    @Test
    void theWordAppendixIsTheSameBytesEachTimeAndSaysWhatItWrote() throws IOException {
        Path first = dir.resolve("first.docx");
        Path second = dir.resolve("second.docx");
        Run run = appendix(BROOKFIELD, "2026-11-30", "--format", "docx", "--out", first.toString());
        appendix(BROOKFIELD, "2026-11-30", "--out", second.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                "eflg: wrote " + first
                        + " (committee appendix: 36 recommendations and objectives, 67 actions, as of 30 November 2026)\n",
                run.err());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void langCyWritesTheAppendixHeadingsInWelsh() {
        Run welsh = appendix(BROOKFIELD, "2026-11-30", "--lang", "cy");
        assertEquals(0, welsh.exitCode(), welsh.err());
        assertTrue(welsh.out().startsWith("# Cynllun gweithredu cydraddoldeb: cynnydd "), welsh.out());
        assertFalse(appendix(BROOKFIELD, "2026-11-30").out().contains("Cynllun gweithredu"));
    }

    @Test
    void allNotesGivesEveryProgressNoteOfAnActionOldestFirst() {
        Run latest = appendix(BROOKFIELD, "2026-11-30");
        Run all = appendix(BROOKFIELD, "2026-11-30", "--all-notes");
        assertEquals(0, all.exitCode(), all.err());
        String first = "15 July 2025, Cabinet: Ward tables complete";
        String second = "23 September 2025, Overview and Scrutiny Committee: Profile and two-page summary published";
        assertFalse(latest.out().contains(first), latest.out());
        assertTrue(latest.out().contains("| " + second), latest.out());
        assertTrue(all.out().contains("| " + first), all.out());
        assertTrue(all.out().contains("<br>" + second), all.out());
        assertTrue(all.out().contains("Progress gives every note of each action, oldest first."), all.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "--all-notes|--all-notes goes with --appendix: only the appendix lists progress notes",
                "--format docx --out x.docx|--format docx is for the committee appendix: add --appendix (the progress"
                        + " report is md, html or json)",
                "--out x.docx|--format docx is for the committee appendix: add --appendix (the progress report is md,"
                        + " html or json)",
                "--appendix --format json|--format json is not an appendix format; use md, html or docx (without"
                        + " --appendix, --format json gives the progress data as JSON)",
                "--appendix --format docx|--format docx needs --out FILE: a Word document is not written to standard"
                        + " output"
            })
    void optionsThatCannotGoTogetherAreRefusedWithWhy(String options, String message) {
        List<String> args = new java.util.ArrayList<>(
                List.of("progress", Cli.DATA.toString(), "--organisation", ANYTOWN, "--today", "2025-11-30"));
        for (String option : options.split(" ")) {
            args.add(option.equals("x.docx") ? dir.resolve("x.docx").toString() : option);
        }
        Run run = Cli.eflg(args.toArray(String[]::new));
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("eflg: " + message + "\n"), run.err());
        assertFalse(Files.exists(dir.resolve("x.docx")));
    }

    /**
     * The check with a word processor in the loop: LibreOffice Writer (headless, as .ci/run installs it) opens
     * Brookfield's Word appendix and saves it as text, which keeps its headings and an action's row cell by cell.
     */
    @Test
    void libreOfficeReadsTheWordAppendixBackWithItsHeadingsAndAnActionRow() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed");
        Path docx = dir.resolve("brookfield-appendix.docx");
        Run run = appendix(BROOKFIELD, "2026-11-30", "--out", docx.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path out = Files.createDirectories(dir.resolve("text"));
        Process libreOffice = new ProcessBuilder(
                        soffice.toString(),
                        "--headless",
                        "--norestore",
                        "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                        "--convert-to",
                        "txt:Text (encoded):UTF8",
                        "--outdir",
                        out.toString(),
                        docx.toString())
                .redirectErrorStream(true)
                .start();
        String log = new String(libreOffice.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, libreOffice.waitFor(), log);
        Path text = out.resolve("brookfield-appendix.txt");
        assertTrue(Files.isRegularFile(text), "LibreOffice wrote no text (is Writer installed?): " + log);
        List<String> lines = Files.readString(text, StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .lines()
                .toList();
        assertEquals("Equality action plan: progress of Brookfield District Council", lines.get(0));
        for (String heading : List.of(
                "m1 Understanding and working with your communities",
                "m4 Diverse and engaged workforce",
                "Recommendation R2, peer challenge of 3 December 2024",
                "Objective EO1")) {
            assertTrue(lines.contains(heading), heading + " in " + lines);
        }
        int row = lines.indexOf("ICT and Digital Services Manager");
        assertTrue(row > 0, lines.toString());
        assertTrue(lines.get(row - 1).startsWith("A2.1 Add ethnicity fields"), lines.get(row - 1));
        assertEquals("Service provider", lines.get(row + 1));
        assertEquals("Q3 2025/26 (1 October 2025 to 31 December 2025)", lines.get(row + 2));
        assertTrue(
                lines.get(row + 3)
                        .startsWith(
                                "Revised to Q1 2026/27 (1 April 2026 to 30 June 2026), agreed 13 January" + " 2026: "),
                lines.get(row + 3));
        assertTrue(lines.get(row + 4).startsWith("Revised to Q3 2026/27"), lines.get(row + 4));
        assertEquals("At risk", lines.get(row + 5));
    }

    /** The document's text as POI extracts it: paragraphs on lines, table cells separated by tabs. */
    static String text(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx);
                XWPFDocument doc = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }
}
