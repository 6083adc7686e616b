package io.github.equalityframework.io;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one place output files are written. What is at the path decides how:
 *
 * <ul>
 *   <li>nothing, or a regular file: the bytes go to a temporary file beside it, which is renamed over it,
 *       so the file is either left as it was or replaced whole; a replaced file's POSIX mode and group are
 *       kept, and a new file gets the mode the umask gives (as any program's new file does);
 *   <li>a device or FIFO ({@code /dev/null}, {@code /dev/tty}, a named pipe): written straight, never
 *       replaced, as a shell redirection would;
 *   <li>a symbolic link: followed to its target, which is written as above; the link stays a link. A link
 *       to an open file descriptor ({@code /dev/stdout}, {@code /dev/fd/N}, {@code /proc/self/fd/N}) is
 *       written through that descriptor, never replaced;
 *   <li>a directory: refused ("Is a directory").
 * </ul>
 */
final class OutputFile {
    /** As Linux's own limit on links followed in one path. */
    private static final int MAX_LINKS = 40;
    /** Keeps the temporary file's name within the 255 bytes most file systems allow. */
    private static final int MAX_NAME_IN_TEMP = 100;

    private static final Set<String> STANDARD_OUT = Set.of("/dev/stdout", "/dev/fd/1", "/proc/self/fd/1");
    private static final Set<String> STANDARD_ERR = Set.of("/dev/stderr", "/dev/fd/2", "/proc/self/fd/2");

    private OutputFile() {}

    static void write(Path file, byte[] bytes) {
        try {
            Path target = file;
            BasicFileAttributes existing = attributes(target);
            for (int links = 0; existing != null && existing.isSymbolicLink(); links++) {
                if (isDescriptor(target)) {
                    writeDescriptor(target, bytes);
                    return;
                }
                if (links == MAX_LINKS) {
                    throw new FileSystemLoopException(file.toString());
                }
                target = target.toAbsolutePath().resolveSibling(Files.readSymbolicLink(target));
                existing = attributes(target);
            }
            if (existing == null || existing.isRegularFile()) {
                replace(target.toAbsolutePath(), bytes, existing != null);
            } else if (existing.isDirectory()) {
                throw new FileSystemException(file.toString(), null, "Is a directory");
            } else {
                writeStraight(target, bytes, false);
            }
        } catch (IOException e) {
            throw new CannotWriteException(file, reason(e), e);
        }
    }

    /** A link the kernel resolves to an open file descriptor: its target is not a path to follow. */
    private static boolean isDescriptor(Path link) {
        String path = link.toAbsolutePath().normalize().toString();
        return path.equals("/dev/stdout")
                || path.equals("/dev/stderr")
                || path.startsWith("/dev/fd/")
                || (path.startsWith("/proc/") && path.contains("/fd/"));
    }

    /**
     * Standard output and error are written through the descriptors this process already holds, so that
     * what it prints there and the output share one position in a file they are redirected to; another
     * descriptor is opened again and appended to, so that a log it leads to keeps what it holds.
     */
    private static void writeDescriptor(Path link, byte[] bytes) throws IOException {
        String path = link.toAbsolutePath().normalize().toString();
        boolean out = STANDARD_OUT.contains(path);
        if (out || STANDARD_ERR.contains(path)) {
            PrintStream stream = out ? System.out : System.err;
            stream.flush();
            FileOutputStream descriptor = new FileOutputStream(out ? FileDescriptor.out : FileDescriptor.err);
            descriptor.write(bytes);
            descriptor.flush(); // not closed: that would close the process's own descriptor
        } else {
            writeStraight(link, bytes, true);
        }
    }

    private static BasicFileAttributes attributes(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static void writeStraight(Path path, byte[] bytes, boolean append) throws IOException {
        try (OutputStream out = append
                ? Files.newOutputStream(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND)
                : Files.newOutputStream(path, StandardOpenOption.WRITE)) {
            out.write(bytes);
        }
    }

    private static void replace(Path target, byte[] bytes, boolean exists) throws IOException {
        Path directory = target.getParent();
        if (!Files.isDirectory(directory)) {
            // looked at first: a batch writes many files into one folder, and creating an existing one throws
            createDirectories(directory);
        }
        String name = target.getFileName().toString();
        String stem = "." + (name.length() > MAX_NAME_IN_TEMP ? name.substring(0, MAX_NAME_IN_TEMP) : name) + ".";
        Path temp;
        OutputStream out;
        while (true) {
            // a new file beside the target, created as any new file is (the umask decides its mode), not with
            // the owner-only mode of Files.createTempFile, and written through the descriptor that created it
            temp = directory.resolve(
                    stem + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                break;
            } catch (FileAlreadyExistsException e) {
                // another writer's temporary file: draw another name
            }
        }
        boolean moved = false;
        try {
            try (OutputStream written = out) {
                written.write(bytes);
            }
            if (exists) {
                keepModeAndGroup(target, temp);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * The replacement keeps who may read and write the file it replaces. Group and mode are compared as numbers
     * (no look-up of the group's name) and changed only when they differ, as they seldom do.
     */
    private static void keepModeAndGroup(Path target, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            PosixFileAttributes old = Files.readAttributes(target, PosixFileAttributes.class);
            if (!old.group().equals(view.readAttributes().group())) {
                setGroup(view, old.group());
            }
            view.setPermissions(old.permissions());
            return;
        }
        Map<String, Object> old = Files.readAttributes(target, "unix:mode,gid");
        Map<String, Object> now = Files.readAttributes(temp, "unix:mode,gid");
        boolean regrouped = !old.get("gid").equals(now.get("gid"));
        if (regrouped) {
            setGroup(
                    view,
                    Files.readAttributes(target, PosixFileAttributes.class).group());
        }
        int mode = (Integer) old.get("mode") & 0777;
        // after the group: changing the group may clear the set-group-ID bit
        if (regrouped || ((Integer) now.get("mode") & 07777) != mode) {
            view.setPermissions(permissions(mode));
        }
    }

    private static void setGroup(PosixFileAttributeView view, GroupPrincipal group) {
        try {
            view.setGroup(group);
        } catch (IOException e) {
            // only the group's members (and root) may give a file to a group; the file stays in ours
        }
    }

    /** The permissions of a mode's lowest nine bits, owner's read first, as the enum lists them. */
    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] all = PosixFilePermission.values();
        for (int i = 0; i < all.length; i++) {
            if ((mode & (0400 >> i)) != 0) {
                permissions.add(all[i]);
            }
        }
        return permissions;
    }

    private static void createDirectories(Path directory) throws IOException {
        try {
            Files.createDirectories(directory);
        } catch (FileAlreadyExistsException e) {
            // a regular file stands where a directory of the path should be
            throw new NotDirectoryException(e.getFile());
        }
    }

    /** The system's reason, in the words of its own error messages. */
    private static String reason(IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "Permission denied";
        } else if (e instanceof NoSuchFileException) {
            reason = "No such file or directory";
        } else if (e instanceof NotDirectoryException) {
            reason = "Not a directory";
        } else if (e instanceof FileSystemLoopException) {
            reason = "Too many levels of symbolic links";
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            reason = fs.getReason();
        } else if (e.getMessage() != null) {
            reason = e.getMessage();
        } else {
            reason = "Input/output error";
        }
        return reason.replaceAll("\\s+", " ").strip();
    }
}
