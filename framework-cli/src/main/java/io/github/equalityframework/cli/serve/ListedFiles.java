package io.github.equalityframework.cli.serve;

import io.github.equalityframework.engine.AssessmentResult;
import io.github.equalityframework.model.SelfAssessment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * What the list page of {@code eflg serve} shows of each self-assessment, kept while its file is unchanged: a folder
 * of 1,500 assessments is validated once, and then only the files an editor changed are validated again. A file is
 * unchanged while its size, modification time and file key (its inode, where the system has one) are; a save
 * replaces the file by a rename, so it always gets a new key. Only the row is kept, not the assessment, so the cache
 * holds a few hundred bytes per file.
 */
final class ListedFiles {
    /**
     * One row of the list.
     *
     * @param organisation the organisation's name, or empty
     * @param framework    the framework, or empty
     * @param period       "FROM to TO", or empty
     * @param problems     how many problems validation found
     */
    record Row(String organisation, String framework, String period, int problems) {}

    private record Stamp(long size, FileTime modified, Object key) {}

    private record Kept(Stamp stamp, Row row) {}

    private final Function<Path, AssessmentResult> load;
    private final Map<Path, Kept> kept = new ConcurrentHashMap<>();
    private final AtomicLong validations = new AtomicLong();

    /** @param load reads and validates one self-assessment alone */
    ListedFiles(Function<Path, AssessmentResult> load) {
        this.load = load;
    }

    /** The row of one file: the kept one while the file is unchanged, else read and validated afresh. */
    Row row(Path file) {
        Stamp stamp = stamp(file);
        Kept k = stamp == null ? null : kept.get(file);
        if (k != null && k.stamp().equals(stamp)) {
            return k.row();
        }
        // stamped before reading: a change made while it is read shows as a change on the next list
        Row row = read(file);
        if (stamp != null) {
            kept.put(file, new Kept(stamp, row));
        }
        return row;
    }

    /** Forgets the files no longer listed, so files renamed or removed are not kept. */
    void keepOnly(Collection<Path> files) {
        Set<Path> listed = new HashSet<>(files);
        kept.keySet().retainAll(listed);
    }

    /** How many files have been read and validated, for the tests. */
    long validations() {
        return validations.get();
    }

    private Row read(Path file) {
        validations.incrementAndGet();
        AssessmentResult loaded = load.apply(file);
        Optional<SelfAssessment> read = loaded.assessment();
        return new Row(
                read.map(a -> a.organisation() == null ? "" : a.organisation().name())
                        .orElse(""),
                read.map(SelfAssessment::framework).orElse(""),
                read.filter(a -> a.period() != null)
                        .map(a -> a.period().from() + " to " + a.period().to())
                        .orElse(""),
                loaded.problems().size());
    }

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(a.size(), a.lastModifiedTime(), a.fileKey());
        } catch (IOException e) {
            return null; // gone or unreadable: read it as the list always did, and keep nothing
        }
    }
}
