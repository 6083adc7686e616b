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
 * Debian's LibreOffice Calc, headless (which .ci/run installs): opens a workbook and saves it again as
 * .xlsx, as a council officer's spreadsheet program would, so that the reader meets the files
 * LibreOffice writes rather than only the ones this module writes.
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
        Path out = Files.createDirectories(dir.resolve("resaved"));
        // A profile of its own, so that the test neither needs nor touches a user's LibreOffice settings.
        Process process = new ProcessBuilder(List.of(
                        SOFFICE.toString(),
                        "--headless",
                        "--norestore",
                        "-env:UserInstallation="
                                + dir.resolve("profile").toAbsolutePath().toUri(),
                        "--convert-to",
                        "xlsx:Calc MS Excel 2007 XML",
                        "--outdir",
                        out.toString(),
                        workbook.toString()))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish within 3 minutes");
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve("soffice.log")));
        Path saved = out.resolve(workbook.getFileName());
        assertTrue(
                Files.isRegularFile(saved),
                "LibreOffice wrote no file: " + Files.readString(dir.resolve("soffice.log")));
        return saved;
    }
}
