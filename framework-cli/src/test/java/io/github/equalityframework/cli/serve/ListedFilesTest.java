package io.github.equalityframework.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.cli.Cli;
import io.github.equalityframework.engine.AssessmentEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list page of {@code eflg serve} validates only the self-assessments that changed since it last listed them. */
class ListedFilesTest {
    private static final Clock TODAY =
            Clock.fixed(LocalDate.of(2025, 9, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    private static AssessmentEngine engine;

    @TempDir
    Path dir;

    private ListPage pages;

    @BeforeAll
    static void engine() {
        engine = AssessmentEngine.builder()
                .discoverPlugins(ReviewServer.class.getClassLoader())
                .clock(TODAY)
                .build();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @BeforeEach
    void folder() throws IOException {
        for (String name : List.of("anytown", "newtown", "oldtown")) {
            Files.copy(Cli.SECOND_YEAR, dir.resolve(name + ".yaml"));
        }
        Files.copy(Cli.SECOND_REVIEW, dir.resolve("anytown-review.yaml"));
        pages = new ListPage(new Workspace(new ServedFolder(dir), engine, TODAY));
    }

    private String list() {
        Page.Html page = (Page.Html) pages.show(new PageRequest("/t/", "c", Map.of(), Map.of()));
        assertEquals(200, page.status());
        return page.body();
    }

    @Test
    void aSecondListWithNothingChangedValidatesNothing() {
        list();
        assertEquals(3, pages.validations());
        list();
        assertEquals(3, pages.validations());
    }

    @Test
    void aTouchedFileIsValidatedAgainAndNoOther() throws IOException {
        list();
        Path newtown = dir.resolve("newtown.yaml");
        Files.setLastModifiedTime(
                newtown, FileTime.fromMillis(Files.getLastModifiedTime(newtown).toMillis() + 60_000));
        list();
        assertEquals(4, pages.validations());
        list();
        assertEquals(4, pages.validations());
    }

    @Test
    void aReviewBesideAFileDoesNotMakeItValidatedAgain() throws IOException {
        list();
        Files.writeString(dir.resolve("newtown-review.yaml"), Files.readString(Cli.SECOND_REVIEW));
        String body = list();
        assertTrue(body.contains("newtown-review.yaml"), body);
        assertEquals(3, pages.validations());
    }

    @Test
    void aFileReplacedWithTheSameSizeAndTimeIsStillSeenToChange() throws IOException {
        String before = list();
        assertEquals(3, before.split("<td>valid</td>", -1).length - 1, before);
        Path oldtown = dir.resolve("oldtown.yaml");
        String text = Files.readString(oldtown);
        FileTime modified = Files.getLastModifiedTime(oldtown);
        // the same length, one problem: an editor's save is a new file (a new inode) with the old time restored
        String broken = text.replace("framework: lga-eflg-2021", "framework: lga-eflg-1999");
        assertFalse(broken.equals(text));
        assertEquals(text.length(), broken.length());
        Path saved = dir.resolve(".oldtown.tmp");
        Files.writeString(saved, broken);
        Files.setLastModifiedTime(saved, modified);
        Files.move(saved, oldtown, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String after = list();
        assertEquals(4, pages.validations());
        assertEquals(2, after.split("<td>valid</td>", -1).length - 1, after);
    }

    @Test
    void aRemovedFileIsNoLongerKeptAndComesBackValidated() throws IOException {
        list();
        Path newtown = dir.resolve("newtown.yaml");
        Path away = dir.resolve("newtown.away");
        Files.move(newtown, away);
        assertFalse(list().contains("newtown.yaml"));
        Files.move(away, newtown);
        assertTrue(list().contains("newtown.yaml"));
        assertEquals(4, pages.validations());
    }
}
