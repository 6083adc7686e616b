package io.github.equalityframework.cli.serve;

import io.github.equalityframework.cli.FileNames;
import io.github.equalityframework.engine.AssessmentFiles;
import io.github.equalityframework.io.Format;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder {@code eflg serve} works on: the self-assessments directly in it, each with the review and plan
 * named after it ({@link AssessmentFiles}). Listed afresh on every request, so files added or renamed in an
 * editor show up on reload.
 */
final class ServedFolder {
    /** The names that may appear in a URL: a file name without its extension, nothing that could leave the folder. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}");

    /**
     * One self-assessment.
     *
     * @param name   its file name without the extension, as in the URL
     * @param file   the self-assessment
     * @param review the review beside it, or where a new one goes ({@code NAME-review.yaml})
     * @param plan   the plan beside it, or {@code null}
     */
    record Entry(String name, Path file, Path review, Path plan) {
        boolean hasReview() {
            return Files.isRegularFile(review);
        }
    }

    private final Path dir;

    ServedFolder(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    /**
     * A file of the folder that is not listed, and why: the user sees it on the list page rather than wondering
     * where it went.
     *
     * @param file the file
     * @param why  why it is not listed, in words for the reviewer
     */
    record Skipped(Path file, String why) {}

    /** What the folder lists: its self-assessments, and the files it leaves out with the reason. */
    record Listing(List<Entry> entries, List<Skipped> skipped) {}

    /** The self-assessments in the folder, by name. */
    List<Entry> entries() {
        return listing().entries();
    }

    /**
     * The self-assessments in the folder, by name, and the files left out: names a web address cannot carry, a
     * second format of a listed name (the YAML file is listed before a JSON one of the same name), eflg's own JSON
     * reports, and reviews or plans with no self-assessment to go with.
     */
    Listing listing() {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile)
                    .filter(p -> Format.fromFileName(p).isPresent())
                    .sorted(Comparator.comparing(FileNames::stem)
                            .thenComparing(p -> Format.fromFileName(p).orElseThrow() != Format.YAML)
                            .thenComparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Entry> entries = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Map<String, Path> names = new HashMap<>();
        for (AssessmentFiles paired : AssessmentFiles.pair(files)) {
            Path file = paired.assessment();
            if (AssessmentFiles.namedAsBeside(file)) {
                skipped.add(new Skipped(
                        file,
                        "named as a review or plan, but there is no self-assessment of that name" + " beside it"));
                continue;
            }
            String name = FileNames.stem(file);
            if (!NAME.matcher(name).matches()) {
                skipped.add(new Skipped(
                        file,
                        "its name has characters a web address cannot carry (spaces, accents,"
                                + " most punctuation): rename it with letters, digits, '.', '_' and '-'"));
                continue;
            }
            if (isReport(file)) {
                skipped.add(new Skipped(file, "an eflg report (eflg assess --format json), not a self-assessment"));
                continue;
            }
            Path first = names.putIfAbsent(name, file);
            if (first != null) {
                skipped.add(new Skipped(
                        file, "a second file named " + name + "; " + first.getFileName() + " is the one listed"));
                continue;
            }
            Path review = paired.reviewFile().orElse(dir.resolve(name + "-review.yaml"));
            entries.add(new Entry(name, file, review, paired.plan().orElse(null)));
        }
        entries.sort(Comparator.comparing(Entry::name));
        return new Listing(List.copyOf(entries), List.copyOf(skipped));
    }

    /** Whether a JSON file is one of eflg's reports: it has a report's top-level fields and no claims of its own. */
    private static boolean isReport(Path file) {
        if (Format.fromFileName(file).orElse(null) != Format.JSON) {
            return false;
        }
        try (var in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(64 * 1024), java.nio.charset.StandardCharsets.UTF_8);
            return head.contains("\"findings\"") && head.contains("\"overall\"") && !head.contains("\"claims\"");
        } catch (IOException e) {
            return false; // listed, and its read problem shown as for any file
        }
    }

    /** The self-assessment of that name, if the folder holds one. */
    Optional<Entry> entry(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return entries().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * An exclusive lock on saving one file, held across processes: another {@code eflg serve} on the same folder
     * (a co-reviewer on a shared drive) waits for it, so a hash check and the write that follows it are one step.
     * It is an operating-system lock on {@code .NAME.lock} beside the file (the file itself is replaced by a
     * rename, so a lock on it would not outlive a save); the lock file stays, empty.
     */
    static final class SaveLock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private SaveLock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        /** The lock on saving {@code file}, or null when another save held it for all of {@code wait}. */
        static SaveLock acquire(Path file, Duration wait) {
            Path at = file.resolveSibling("." + file.getFileName() + ".lock");
            long until = System.nanoTime() + wait.toNanos();
            try {
                FileChannel channel = FileChannel.open(at, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                try {
                    while (true) {
                        FileLock lock;
                        try {
                            lock = channel.tryLock();
                        } catch (OverlappingFileLockException e) {
                            lock = null; // held by another server in this process
                        }
                        if (lock != null) {
                            return new SaveLock(channel, lock);
                        }
                        if (System.nanoTime() - until >= 0) {
                            channel.close();
                            return null;
                        }
                        Thread.sleep(5);
                    }
                } catch (InterruptedException e) {
                    channel.close();
                    Thread.currentThread().interrupt();
                    return null;
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try (channel) {
                lock.release();
            } catch (IOException e) {
                // closing the channel releases the lock as well
            }
        }
    }
}
