package io.github.equalityframework.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Running out of memory, on any input, ends the command with one line and exit code 3. */
class OutOfMemoryTest {
    @Test
    void runningOutOfMemoryIsOneLineAndExitThree() {
        StringWriter err = new StringWriter();

        int code = Main.guarded(
                () -> {
                    throw new OutOfMemoryError("Java heap space");
                },
                new PrintWriter(err));

        assertEquals(3, code);
        assertEquals(
                "eflg: ran out of memory; the input is too large for the memory Java was given (give it more with"
                        + " EFLG_JAVA_OPTS=-Xmx2g)\n",
                err.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void runningOutOfMemoryInABatchWorkerEndsTheCommandTheSameWay() {
        StringWriter err = new StringWriter();

        int code = Main.guarded(
                () -> {
                    new OrderedBatch<String, String>(2, 2)
                            .run(
                                    java.util.List.of("a.yaml", "b.yaml"),
                                    file -> {
                                        throw new OutOfMemoryError("Java heap space");
                                    },
                                    (file, result) -> {});
                    return 0;
                },
                new PrintWriter(err));

        assertEquals(3, code);
    }
}
