package io.github.equalityframework.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writing an output never destroys what is not a plain file, and keeps who may read the file it replaces. */
class OutputFileTest {
    private static final int TYPE_MASK = 0170000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int FIFO = 0010000;
    private static final byte[] REPORT = "{\"report\": true}\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** The file type bits of the node at the path, not following a last link. */
    private static int type(Path path) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & TYPE_MASK;
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewFileGetsTheModeTheUmaskGivesLikeAnyOtherNewFile() throws IOException {
        assumeTrue(posix());
        Path reference = Files.createFile(dir.resolve("made-by-another-program"));
        Path report = dir.resolve("report.json");

        ModelCodec.writeAtomically(report, REPORT);

        assertArrayEquals(REPORT, Files.readAllBytes(report));
        assertEquals(
                PosixFilePermissions.toString(Files.getPosixFilePermissions(reference)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
        assertEquals(List.of("made-by-another-program", "report.json"), names(), "no temporary file is left");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r--r--", "rw-rw-r--", "rw-r-----", "rw-------", "rwxr-x--x", "r---w---x"})
    void aReplacedFileKeepsItsMode(String mode) throws IOException {
        assumeTrue(posix());
        Path report = Files.writeString(dir.resolve("report.json"), "old report that is longer than the new one");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString(mode));

        ModelCodec.writeAtomically(report, REPORT);

        assertArrayEquals(REPORT, Files.readAllBytes(report));
        assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
    }

    @Test
    void aReplacedFileKeepsItsGroup() throws IOException {
        assumeTrue(posix());
        Path report = Files.writeString(dir.resolve("report.json"), "old");
        GroupPrincipal ours =
                Files.readAttributes(report, PosixFileAttributes.class).group();
        GroupPrincipal shared = otherGroupWeMayGiveFilesTo(report, ours);
        assumeTrue(shared != null, "no other group to give a file to (not root, and a member of one group)");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw-r--"));

        ModelCodec.writeAtomically(report, REPORT);

        PosixFileAttributes after = Files.readAttributes(report, PosixFileAttributes.class);
        assertEquals(shared, after.group());
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(after.permissions()));
        assertArrayEquals(REPORT, Files.readAllBytes(report));
    }

    /** Gives the file to another group, as a co-reviewer's shared folder would; null when no group takes it. */
    private static GroupPrincipal otherGroupWeMayGiveFilesTo(Path file, GroupPrincipal ours) {
        UserPrincipalLookupService lookup = FileSystems.getDefault().getUserPrincipalLookupService();
        for (String name : List.of("users", "staff", "daemon", "nogroup", "adm", "bin")) {
            try {
                GroupPrincipal group = lookup.lookupPrincipalByGroupName(name);
                if (!group.equals(ours)) {
                    Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class)
                            .setGroup(group);
                    return group;
                }
            } catch (IOException | UnsupportedOperationException e) {
                // no such group here, or not ours to give: try the next
            }
        }
        return null;
    }

    @Test
    void aSymbolicLinkIsFollowedToItsTargetAndStaysALink() throws IOException {
        Path target = Files.writeString(
                Files.createDirectories(dir.resolve("published")).resolve("report.json"), "old");
        Path link = dir.resolve("latest.json");
        Files.createSymbolicLink(link, Path.of("published", "report.json"));

        ModelCodec.writeAtomically(link, REPORT);

        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(Path.of("published", "report.json"), Files.readSymbolicLink(link));
        assertArrayEquals(REPORT, Files.readAllBytes(target));
        assertEquals(
                List.of("report.json"),
                Files.list(target.getParent())
                        .map(p -> p.getFileName().toString())
                        .toList());
    }

    @Test
    void aLinkToAFileNotYetWrittenCreatesItsTarget() throws IOException {
        Path link = dir.resolve("latest.json");
        Files.createSymbolicLink(link, dir.resolve("report-2026.json"));

        ModelCodec.writeAtomically(link, REPORT);

        assertTrue(Files.isSymbolicLink(link));
        assertArrayEquals(REPORT, Files.readAllBytes(dir.resolve("report-2026.json")));
    }

    @Test
    void aLinkThatLeadsToItselfIsRefusedWithTheSystemsReason() throws IOException {
        Path link = dir.resolve("loop.json");
        Files.createSymbolicLink(link, Path.of("loop.json"));

        CannotWriteException e =
                assertThrows(CannotWriteException.class, () -> ModelCodec.writeAtomically(link, REPORT));

        assertEquals("cannot write " + link + ": Too many levels of symbolic links", e.getMessage());
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aNamedPipeIsWrittenStraightAndStaysAPipe() throws Exception {
        Path fifo = dir.resolve("reports.fifo");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");
        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        ModelCodec.writeAtomically(fifo, REPORT);

        assertEquals(FIFO, type(fifo), "still a FIFO, not replaced by a regular file");
        // the reader ends when the writer closes the pipe; the bound only keeps a broken build from hanging
        assertArrayEquals(REPORT, reader.get(60, TimeUnit.SECONDS));
        assertEquals(List.of("reports.fifo"), names(), "no temporary file is left");
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void devNullIsWrittenStraightAndStaysADevice() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && type(devNull) == CHARACTER_DEVICE);

        ModelCodec.writeAtomically(devNull, REPORT);

        assertEquals(CHARACTER_DEVICE, type(devNull));
        assertEquals(0, Files.size(devNull));
    }

    @Test
    void aFullDeviceGivesTheSystemsReason() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full) && type(full) == CHARACTER_DEVICE);

        CannotWriteException e =
                assertThrows(CannotWriteException.class, () -> ModelCodec.writeAtomically(full, REPORT));

        assertEquals("cannot write /dev/full: No space left on device", e.getMessage());
        assertEquals(CHARACTER_DEVICE, type(full));
    }

    @Test
    void aDirectoryIsRefusedAndLeftAsItWas() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(reports.resolve("kept.json"), "{}");

        CannotWriteException e =
                assertThrows(CannotWriteException.class, () -> ModelCodec.writeAtomically(reports, REPORT));

        assertEquals("cannot write " + reports + ": Is a directory", e.getMessage());
        assertEquals("Is a directory", e.reason());
        assertEquals(reports, e.file());
        assertTrue(Files.isDirectory(reports));
        assertEquals("{}", Files.readString(reports.resolve("kept.json")));
        assertEquals(List.of("reports"), names());
    }

    @Test
    void aPathThroughARegularFileGivesTheSystemsReason() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "kept");
        Path report = notAFolder.resolve("report.json");
        Path deeper = notAFolder.resolve("2026").resolve("report.json");

        CannotWriteException e =
                assertThrows(CannotWriteException.class, () -> ModelCodec.writeAtomically(report, REPORT));
        CannotWriteException deep =
                assertThrows(CannotWriteException.class, () -> ModelCodec.writeAtomically(deeper, REPORT));

        assertEquals("cannot write " + report + ": Not a directory", e.getMessage());
        assertEquals("cannot write " + deeper + ": Not a directory", deep.getMessage());
        assertEquals("kept", Files.readString(notAFolder));
    }

    @Test
    void aFolderNoOneMayCreateFilesInGivesPermissionDenied() {
        // sysfs refuses new files to everyone, root included (root passes over mode bits)
        Path sys = Path.of("/sys/kernel");
        assumeTrue(Files.isDirectory(sys));
        Path report = sys.resolve("eflg-report.json");

        CannotWriteException e =
                assertThrows(CannotWriteException.class, () -> ModelCodec.writeAtomically(report, REPORT));

        assertEquals("cannot write " + report + ": Permission denied", e.getMessage());
    }

    @Test
    void aReadOnlyFolderGivesPermissionDenied() throws IOException {
        assumeTrue(posix());
        Path readOnly = Files.createDirectories(dir.resolve("published"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(readOnly), "root writes into read-only folders");
            Path report = readOnly.resolve("report.json");

            CannotWriteException e =
                    assertThrows(CannotWriteException.class, () -> ModelCodec.writeAtomically(report, REPORT));

            assertEquals("cannot write " + report + ": Permission denied", e.getMessage());
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
