package io.github.equalityframework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every date option reads YYYY-MM-DD and says in one line, without Java class names, what is wrong. */
class DateOptionTest {
    @TempDir
    Path dir;

    @Test
    void aMonthThatDoesNotExistIsRefusedInOneLine() {
        Cli.Run run = Cli.eflg("assess", Cli.EXAMPLE.toString(), "--today", "2024-13-01");

        assertEquals(2, run.exitCode());
        assertEquals(
                "eflg: Invalid value for option '--today': '2024-13-01' is not a valid date; expected a real calendar "
                        + "date as YYYY-MM-DD, e.g. 2024-03-31\n"
                        + "Run 'eflg assess --help' for usage.\n",
                run.err());
        assertEquals("", run.out());
    }

    @Test
    void aWordIsRefusedWithTheSameMessage() {
        Cli.Run run = Cli.eflg("progress", Cli.DATA.toString(), "--today", "yesterday");

        assertEquals(2, run.exitCode());
        assertEquals(
                "eflg: Invalid value for option '--today': 'yesterday' is not a valid date; expected a real calendar "
                        + "date as YYYY-MM-DD, e.g. 2024-03-31\n"
                        + "Run 'eflg progress --help' for usage.\n",
                run.err());
    }

    @Test
    void aDayThatDoesNotExistInTheMonthIsRefused() {
        Cli.Run run = Cli.eflg(
                "review",
                "init",
                Cli.EXAMPLE.toString(),
                "--out",
                dir.resolve("review.yaml").toString(),
                "--visit",
                "2024-02-30");

        assertEquals(2, run.exitCode());
        assertEquals(
                "eflg: Invalid value for option '--visit': '2024-02-30' is not a valid date; expected a real calendar "
                        + "date as YYYY-MM-DD, e.g. 2024-03-31\n"
                        + "Run 'eflg review init --help' for usage.\n",
                run.err());
    }

    @Test
    void aYearOutsideThePlausibleRangeIsRefusedAsInAFile() {
        Cli.Run run = Cli.eflg("assess", Cli.EXAMPLE.toString(), "--today", "2204-03-31");

        assertEquals(2, run.exitCode());
        assertEquals(
                "eflg: Invalid value for option '--today': '2204-03-31' is outside the range of plausible dates "
                        + "(1900-01-01 to 2100-12-31); check the year\n"
                        + "Run 'eflg assess --help' for usage.\n",
                run.err());
    }

    @Test
    void aGoodDateIsRead() {
        Cli.Run run = Cli.eflg("assess", Cli.EXAMPLE.toString(), "--today", "2024-06-30", "--fail-on", "none");

        assertEquals(0, run.exitCode(), run.err());
    }
}
