package io.github.equalityframework.cli;

import java.util.Map;

/**
 * Notices when the program ends before its command has finished, as when a plugin calls {@code System.exit}
 * (which Java 17 offers no way to prevent): a success that never happened would otherwise look like one,
 * exit 0 and all. Then it says so on standard error and ends with exit 3 instead. An interrupt (Ctrl-C) or
 * another signal ends the program as it always does.
 */
final class UnfinishedCommand {
    private static volatile boolean finished;

    private UnfinishedCommand() {}

    /** Starts watching; for the {@code eflg} process only, not for a command run inside another program. */
    static void watch() {
        Runtime.getRuntime().addShutdownHook(new Thread(UnfinishedCommand::onShutdown, "eflg-unfinished-command"));
    }

    /** The command has finished: the exit that follows is its own. */
    static void finished() {
        finished = true;
    }

    private static void onShutdown() {
        if (finished) {
            return;
        }
        String caller = null;
        for (Map.Entry<Thread, StackTraceElement[]> thread :
                Thread.getAllStackTraces().entrySet()) {
            StackTraceElement[] frames = thread.getValue();
            for (int i = 0; i < frames.length; i++) {
                String type = frames[i].getClassName();
                if (type.startsWith("java.lang.Terminator") || type.startsWith("jdk.internal.misc.Signal")) {
                    return; // a signal: its own exit code stands
                }
                if (type.equals("java.lang.Runtime")
                        && (frames[i].getMethodName().equals("exit")
                                || frames[i].getMethodName().equals("halt"))) {
                    caller = callerOf(frames, i);
                }
            }
        }
        System.err.println("eflg: the command did not finish: "
                + (caller != null ? caller + " called System.exit" : "the program was ended")
                + " while it ran (a plugin?); exit 3");
        System.err.flush();
        Runtime.getRuntime().halt(ExitCodes.FAILURE);
    }

    /** The first frame below {@code Runtime.exit} outside {@code System}: who asked to exit. */
    private static String callerOf(StackTraceElement[] frames, int exit) {
        for (int i = exit + 1; i < frames.length; i++) {
            if (!frames[i].getClassName().equals("java.lang.System")) {
                return frames[i].getClassName() + "." + frames[i].getMethodName();
            }
        }
        return null;
    }
}
