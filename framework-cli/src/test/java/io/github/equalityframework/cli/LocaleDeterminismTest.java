package io.github.equalityframework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Reports and messages are the same bytes whatever the default locale and time zone: Turkish (where
 * "I".toLowerCase() is a dotless ı), German (a decimal comma) and time zones either side of UTC.
 */
@Isolated("changes the JVM's default locale and time zone")
class LocaleDeterminismTest {
    @TempDir
    Path dir;

    @Test
    void reportsAndProblemsAreByteIdenticalUnderTurkishAndGermanLocalesAndOtherTimeZones() throws IOException {
        Path broken = Files.writeString(
                dir.resolve("broken.yaml"),
                Files.readString(Cli.EXAMPLE)
                        .replaceFirst("level: achieving", "level: ACHIEVİNG")
                        .replaceFirst("framework: lga-eflg-2021", "framework: LGA-EFLG-2021"));
        List<String> reference = outputs(broken);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            for (String[] setting : new String[][] {
                {"tr-TR", "Europe/Istanbul"}, {"de-DE", "America/Los_Angeles"}, {"en-GB", "Pacific/Kiritimati"}
            }) {
                Locale.setDefault(Locale.forLanguageTag(setting[0]));
                TimeZone.setDefault(TimeZone.getTimeZone(setting[1]));
                List<String> again = outputs(broken);
                for (int i = 0; i < reference.size(); i++) {
                    assertEquals(
                            reference.get(i), again.get(i), "output " + i + " under " + setting[0] + " " + setting[1]);
                }
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    private static List<String> outputs(Path broken) {
        List<String> outputs = new ArrayList<>();
        for (String format : List.of("json", "md", "html")) {
            Run run = Cli.eflg(
                    "assess", Cli.EXAMPLE.toString(), "--format", format, "--today", "2024-06-30", "--fail-on", "none");
            assertEquals(0, run.exitCode(), run.err());
            outputs.add(run.out());
        }
        Run invalid = Cli.eflg("validate", broken.toString());
        assertEquals(2, invalid.exitCode(), invalid.err());
        outputs.add(invalid.err());
        outputs.add(Cli.eflg("explain").out());
        return outputs;
    }
}
