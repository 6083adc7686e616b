package io.github.equalityframework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile that names an evidence kind no plugin installs is refused when it loads, before any assessment. */
class ProfileParameterCliTest {
    @TempDir
    Path dir;

    @Test
    void aMisspeltEvidenceKindOfAProfileIsShownWithItsPlaceAndASuggestion() throws IOException {
        Path profile = Files.writeString(dir.resolve("trust.yaml"), """
                id: trust
                base: nhs-eds-default
                rules:
                  nhs-eds.evidence-sources:
                    parameters:
                      dataKinds: [equality-data, minuts]
                      voiceKinds: [consultation]
                """);

        Run run = Cli.eflg(
                "assess", Cli.DATA.resolve("nhs-eds-2022-example.yaml").toString(), "--profile", profile.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertEquals(
                profile + ":6:34: rules.nhs-eds.evidence-sources.parameters.dataKinds[1]: 'minuts' is not an installed"
                        + " evidence kind; did you mean 'minutes'?\n",
                run.err());
    }
}
