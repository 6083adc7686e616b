package io.github.equalityframework.cli.command;

import io.github.equalityframework.cli.ExitCodes;
import io.github.equalityframework.cli.PluginOptions;
import io.github.equalityframework.cli.serve.ReviewServer;
import io.github.equalityframework.engine.AssessmentEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eflg serve [DIR]}: a review workbench in the browser over a folder of self-assessments. */
@Command(
        name = "serve",
        footerHeading = "%nExamples:%n",
        footer = {"  eflg serve examples/data", "  eflg serve examples/data --port 8080"},
        description = {
            "Serve a review workbench in the browser over a folder of self-assessments.",
            "Open the printed URL in a browser: the self-assessments in DIR; each with its claims, linked evidence and evidenced "
                    + "levels side by side; the HTML report of eflg assess; the action plan with its statuses; and a form per module "
                    + "to record validated levels with their rationale, strengths, areas to develop and recommendations.",
            "Saving writes NAME-review.yaml beside NAME.yaml (started from the template of eflg review init) in the format "
                    + "eflg assess --review reads; a file changed on disk since its form was opened is not overwritten.",
            "When NAME-plan.yaml is beside NAME.yaml, a form per action sets its status and adds a dated progress note "
                    + "and next steps, saved to that file in the format eflg assess --plan reads.",
            "The server listens on 127.0.0.1 only, and every address needs the random token in the printed URL. Stop it with Ctrl-C."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:stopped",
            "2:bad usage, or the port is in use",
            "3:a plugin failed to load, or internal failure"
        })
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PluginOptions plugins;

    @Parameters(
            arity = "0..1",
            paramLabel = "DIR",
            defaultValue = ".",
            description = "The folder of self-assessments (default: the current one).")
    Path dir;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0", description = "The port (default: a free one).")
    int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDR",
            defaultValue = "127.0.0.1",
            description =
                    "The address to listen on (default: ${DEFAULT-VALUE}). Another interface makes the files reachable from other machines.")
    String bind;

    @Override
    public Integer call() throws InterruptedException {
        AssessmentEngine engine = plugins.engineBuilder().build();
        ReviewServer server;
        try {
            server = start(engine);
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            engine.close();
                            stopped.countDown();
                        },
                        "eflg-serve-stop"));
        stopped.await();
        return ExitCodes.OK;
    }

    /** Checks the options, starts the server and prints its URL; the caller stops it. */
    ReviewServer start(AssessmentEngine engine) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), dir + " is not a directory");
        }
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new ParameterException(spec.commandLine(), "--bind " + bind + " is not an address of this machine");
        }
        PluginOptions.reportProblems(engine.plugins(), err);
        if (!address.isLoopbackAddress()) {
            err.println("eflg: warning: listening on " + bind
                    + ", which other machines may reach. Anyone with the URL can read and change" + " the files in "
                    + dir + ", and the connection is not encrypted. Use the default, 127.0.0.1, unless you must.");
        }
        ReviewServer server;
        try {
            server = ReviewServer.start(
                    new InetSocketAddress(address, port), dir, engine, Clock.systemDefaultZone(), err);
        } catch (IOException e) {
            throw new ParameterException(
                    spec.commandLine(), "cannot listen on " + bind + ":" + port + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    "cannot listen on " + bind + ":" + port + ": "
                            + e.getCause().getMessage());
        }
        out.println("eflg: serving " + dir.toAbsolutePath().normalize() + " at");
        out.println("  " + server.uri());
        out.println(
                "Open it in a browser; keep the address to yourself (its token lets the holder change the files). Stop with Ctrl-C.");
        out.flush();
        err.flush();
        return server;
    }
}
