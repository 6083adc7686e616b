package io.github.equalityframework.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's LibreOffice Calc and Writer, headless (which .ci/run installs): opens a workbook and saves it again as
 * .xlsx, as a council officer's spreadsheet program would, so that the reader meets the files
 * LibreOffice writes rather than only the ones this module writes; and opens a Word document and saves its text.
 */
final class LibreOffice {
    static final Path SOFFICE = Path.of("/usr/bin/soffice");

    private LibreOffice() {}

    /** Skips the calling test where LibreOffice is not installed. */
    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice is not installed");
    }

    /** Opens {@code workbook} in LibreOffice and saves it as .xlsx in {@code dir}; returns the saved file. */
    static Path resave(Path workbook, Path dir) throws IOException, InterruptedException {
        return convert(
                workbook,
                dir,
                "xlsx:Calc MS Excel 2007 XML",
                workbook.getFileName().toString());
    }

    /**
     * Opens a Word document in LibreOffice Writer and saves it as plain text (UTF-8) in {@code dir}; returns the text,
     * without the byte order mark Writer puts first.
     */
    static String text(Path document, Path dir) throws IOException, InterruptedException {
        String name = document.getFileName().toString().replaceFirst("\\.docx$", ".txt");
        Path saved = convert(document, dir, "txt:Text (encoded):UTF8", name);
        return Files.readString(saved).replace("\uFEFF", "");
    }

    private static Path convert(Path file, Path dir, String filter, String savedName)
            throws IOException, InterruptedException {
        Path out = Files.createDirectories(dir.resolve("resaved"));
        // A profile of its own, so that the test neither needs nor touches a user's LibreOffice settings.
        Process process = new ProcessBuilder(List.of(
                        SOFFICE.toString(),
                        "--headless",
                        "--norestore",
                        "-env:UserInstallation="
                                + dir.resolve("profile").toAbsolutePath().toUri(),
                        "--convert-to",
                        filter,
                        "--outdir",
                        out.toString(),
                        file.toString()))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish within 3 minutes");
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve("soffice.log")));
        Path saved = out.resolve(savedName);
        assertTrue(
                Files.isRegularFile(saved),
                "LibreOffice wrote no file: " + Files.readString(dir.resolve("soffice.log")));
        return saved;
    }
}
