package io.github.equalityframework.cli.serve;

import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.problem.ValidationProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * A file a form of {@code eflg serve} edits, as it was when read: its hash (which the form carries, so that a save
 * over a file changed since is refused), its model value, and its text (a save changes only what the form changed
 * in it, keeping comments and layout elsewhere: {@link ModelCodec#rewrite}).
 *
 * @param file     the file
 * @param hash     the SHA-256 of its bytes, hex; {@link #ABSENT} when it does not exist yet
 * @param value    what it holds, or {@code null} when it cannot be read
 * @param original its text as read (of a new file, the template's opening comment), which a save is written over
 * @param problems why it cannot be read (empty when it can)
 * @param <T>      the model type it holds
 */
record EditableFile<T>(Path file, String hash, T value, String original, List<ValidationProblem> problems) {
    /** The hash field's value when the file does not exist yet. */
    static final String ABSENT = "absent";

    /**
     * The file as it is now; when there is none, {@code absent}'s (null: a missing file is an error, as any other
     * that stops it being read).
     */
    static <T> EditableFile<T> read(Path file, Class<T> type, Supplier<EditableFile<T>> absent) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            if (absent == null) {
                throw new UncheckedIOException(e);
            }
            return absent.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReadResult<T> read = Workspace.CODEC.read(
                bytes, file.toString(), Format.fromFileName(file).orElse(null), type);
        if (!read.isClean()) {
            return new EditableFile<>(file, sha256(bytes), null, "", read.problems());
        }
        return new EditableFile<>(
                file, sha256(bytes), read.value().get(), new String(bytes, StandardCharsets.UTF_8), List.of());
    }

    /** A file not written yet, which starts from {@code template} and opens with {@code comment}. */
    static <T> EditableFile<T> absent(Path file, T template, String comment) {
        return new EditableFile<>(file, ABSENT, template, comment, List.of());
    }

    /** Whether the file could be read. */
    boolean readable() {
        return value != null;
    }

    /** Whether a form made from the file with hash {@code expected} still fits it. */
    boolean hasHash(String expected) {
        return hash.equals(expected);
    }

    /** The file's format, from its name (YAML when the name does not say). */
    Format format() {
        return Format.fromFileName(file).orElse(Format.YAML);
    }

    /**
     * The text that saving {@code edited} writes: the file's text with only what changed rewritten (YAML; JSON is
     * written afresh). The one place where the file's text is made from the model.
     */
    String textOf(T edited) {
        return Workspace.CODEC.rewrite(original, edited, format());
    }

    /**
     * Replaces the file with {@code text}, atomically, unless it changed on disk since it was read (an editor that
     * does not take the save lock may have saved meanwhile): then nothing is written.
     *
     * @return whether the file was written
     */
    boolean replace(String text) {
        if (!hashOnDisk(file).equals(hash)) {
            return false;
        }
        ModelCodec.writeAtomically(file, text);
        return true;
    }

    /** The hash of the file as it is on disk now ({@link #ABSENT} when there is none). */
    static String hashOnDisk(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return ABSENT;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
