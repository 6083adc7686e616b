package io.github.equalityframework.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.cli.Cli;
import io.github.equalityframework.cli.Main;
import io.github.equalityframework.cli.serve.ReviewServer;
import io.github.equalityframework.engine.AssessmentEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code eflg serve} command: its options, what it prints, and what it refuses before anything listens. */
class ServeCommandTest {
    private static AssessmentEngine engine;

    @TempDir
    Path dir;

    @BeforeAll
    static void engine() {
        engine = AssessmentEngine.builder()
                .discoverPlugins(Main.class.getClassLoader())
                .build();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @Test
    void theCommandListensOnLoopbackUnlessToldOtherwise() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ServeCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.parseArgs(dir.toString());
        ServeCommand command = cli.getCommand();
        try (ReviewServer started = command.start(engine)) {
            assertTrue(started.address().getAddress().isLoopbackAddress());
            assertEquals("127.0.0.1", started.uri().getHost());
            assertTrue(
                    started.uri().getPath().matches("/[A-Za-z0-9_-]{22}/"),
                    started.uri().toString());
            assertEquals(
                    "eflg: serving " + dir.toAbsolutePath().normalize() + " at\n  " + started.uri()
                            + "\nOpen it in a browser; keep the address to"
                            + " yourself (its token lets the holder change the files). Stop with Ctrl-C.\n",
                    out.toString().replace(System.lineSeparator(), "\n"));
            assertEquals("", err.toString());
            assertNotNull(started.uri());
        }
    }

    @Test
    void anotherInterfaceIsUsedOnlyWhenAskedAndWithAWarning() throws Exception {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ServeCommand());
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        cli.parseArgs(dir.toString(), "--bind", "0.0.0.0");
        ServeCommand command = cli.getCommand();
        try (ReviewServer started = command.start(engine)) {
            assertTrue(started.address().getAddress().isAnyLocalAddress());
            assertEquals(
                    "eflg: warning: listening on 0.0.0.0, which other machines may reach. Anyone with the URL can read and change the files in "
                            + dir
                            + ", and the connection is not encrypted. Use the default, 127.0.0.1, unless you must.\n",
                    err.toString().replace(System.lineSeparator(), "\n"));
        }
    }

    @Test
    void badUsageIsReportedBeforeAnythingListens() throws IOException {
        Cli.Run missing = Cli.eflg("serve", dir.resolve("nowhere").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(
                missing.err().startsWith("eflg: " + dir.resolve("nowhere") + " is not a directory\n"), missing.err());
        Cli.Run port = Cli.eflg("serve", dir.toString(), "--port", "70000");
        assertEquals(2, port.exitCode());
        assertTrue(port.err().startsWith("eflg: --port must be between 0 and 65535, not 70000\n"), port.err());
        Cli.Run bind = Cli.eflg("serve", dir.toString(), "--bind", "no-such-host.invalid");
        assertEquals(2, bind.exitCode());
        assertTrue(
                bind.err().startsWith("eflg: --bind no-such-host.invalid is not an address of this machine\n"),
                bind.err());
        try (ReviewServer server = ReviewServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                dir,
                engine,
                Clock.systemUTC(),
                new PrintWriter(new StringWriter(), true))) {
            int taken = server.address().getPort();
            Cli.Run inUse = Cli.eflg("serve", dir.toString(), "--port", String.valueOf(taken));
            assertEquals(2, inUse.exitCode());
            // the reason after the colon is the system's own words
            assertTrue(
                    inUse.err().startsWith("eflg: cannot listen on 127.0.0.1:" + taken + ": Address already in use"),
                    inUse.err());
        }
    }
}
