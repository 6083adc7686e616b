package io.github.equalityframework.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.cli.Cli;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.PeerReview;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file a form edits: read with its hash and text, saved only over the file it was read from. */
class EditableFileTest {
    @TempDir
    Path dir;

    /** The example plan without its own opening comment, opening with {@code comment} and ending with another. */
    private Path plan(String comment) throws IOException {
        String example = Files.readString(Cli.SECOND_PLAN);
        String body = example.replaceFirst("\\A(#[^\n]*\n)*", "");
        return Files.writeString(dir.resolve("anytown-plan.yaml"), comment + body + "# a comment further down\n");
    }

    @Test
    void savingWhatWasReadGivesTheFileBackWithEveryComment() throws IOException {
        Path file = plan("# Anytown's plan\n#   kept as written\n");
        EditableFile<ActionPlan> read = EditableFile.read(file, ActionPlan.class, null);
        assertTrue(read.readable());
        assertEquals(EditableFile.sha256(Files.readAllBytes(file)), read.hash());
        assertEquals(Files.readString(file), read.original());
        String text = read.textOf(read.value());
        assertEquals(Files.readString(file), text);
        assertEquals(
                read.value(),
                EditableFile.read(Files.writeString(dir.resolve("again.yaml"), text), ActionPlan.class, null)
                        .value());
    }

    @Test
    void aJsonFileIsWrittenWithoutAComment() throws IOException {
        Path file = dir.resolve("anytown-plan.json");
        EditableFile<ActionPlan> yaml = EditableFile.read(plan("# a comment\n"), ActionPlan.class, null);
        Files.writeString(file, Workspace.CODEC.write(yaml.value(), io.github.equalityframework.io.Format.JSON));
        EditableFile<ActionPlan> json = EditableFile.read(file, ActionPlan.class, null);
        assertTrue(json.original().startsWith("{"));
        assertTrue(json.textOf(json.value()).startsWith("{"));
    }

    @Test
    void aFileChangedOnDiskSinceItWasReadIsNotReplaced() throws IOException {
        Path file = plan("");
        EditableFile<ActionPlan> read = EditableFile.read(file, ActionPlan.class, null);
        Files.writeString(file, "# changed in an editor\n" + Files.readString(file));
        byte[] changed = Files.readAllBytes(file);
        assertFalse(read.replace(read.textOf(read.value())));
        assertEquals(new String(changed), Files.readString(file));
        EditableFile<ActionPlan> again = EditableFile.read(file, ActionPlan.class, null);
        assertTrue(again.replace(
                "# saved\n" + Workspace.CODEC.write(again.value(), io.github.equalityframework.io.Format.YAML)));
        assertTrue(Files.readString(file).startsWith("# saved\n"));
    }

    @Test
    void aFileNotWrittenYetStartsFromItsTemplateAndIsNotCreatedByAnotherSaveMeanwhile() throws IOException {
        Path file = dir.resolve("anytown-review.yaml");
        PeerReview template = new PeerReview(List.of(), null, null, null, List.of(), List.of(), null);
        EditableFile<PeerReview> absent =
                EditableFile.read(file, PeerReview.class, () -> EditableFile.absent(file, template, "# template\n"));
        assertEquals(EditableFile.ABSENT, absent.hash());
        assertEquals(EditableFile.ABSENT, EditableFile.hashOnDisk(file));
        assertEquals(template, absent.value());
        assertTrue(absent.textOf(template).startsWith("# template\n"));
        Files.writeString(file, "# written meanwhile\n");
        assertFalse(absent.replace(absent.textOf(template)));
        assertEquals("# written meanwhile\n", Files.readString(file));
    }

    @Test
    void aMissingFileWithNoTemplateIsAnError() {
        assertThrows(
                UncheckedIOException.class, () -> EditableFile.read(dir.resolve("gone.yaml"), ActionPlan.class, null));
    }

    @Test
    void aFileThatCannotBeReadHasItsProblemsAndNoValue() throws IOException {
        Path file = Files.writeString(dir.resolve("anytown-plan.yaml"), "entries: [\n");
        EditableFile<ActionPlan> read = EditableFile.read(file, ActionPlan.class, null);
        assertFalse(read.readable());
        assertNull(read.value());
        assertFalse(read.problems().isEmpty());
        assertTrue(
                read.problems().get(0).format().startsWith(file + ":"),
                read.problems().get(0).format());
    }
}
