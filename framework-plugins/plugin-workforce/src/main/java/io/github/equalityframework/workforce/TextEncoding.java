package io.github.equalityframework.workforce;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The character encoding of a CSV file as councils have them: UTF-8 (Excel's "CSV UTF-8", with or without a
 * byte order mark), Windows-1252 (Excel's default "CSV (Comma delimited)" on a UK Windows machine, where
 * {@code £} is the byte A3), and UTF-16 (Excel's "Unicode Text", with a byte order mark). Without a byte order
 * mark, a file that is valid UTF-8 is read as UTF-8, and any other as Windows-1252 unless it holds one of the
 * five bytes Windows-1252 leaves undefined, when it is refused with its line. A file is read as a stream, so
 * the detection costs one pass over the bytes, not a copy of the file in memory.
 */
final class TextEncoding {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The advice every encoding problem ends with. */
    static final String SAVE_AS = "in Excel, save the file as \"CSV UTF-8 (Comma delimited)\"";

    /**
     * What was found: the charset and how many bytes of byte order mark to skip, or the problem with the line and
     * column (in characters) of the byte that does not fit.
     */
    record Detected(Charset charset, int skip, int line, int column, String problem) {
        Detected(Charset charset, int skip, int line, String problem) {
            this(charset, skip, line, line > 0 ? 1 : 0, problem);
        }

        boolean ok() {
            return problem == null;
        }
    }

    private TextEncoding() {}

    /**
     * The encoding to read a file with.
     *
     * @param requested the encoding the user named, or {@code null} to detect it
     */
    static Detected detect(Path file, Charset requested) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        int bom = n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        boolean utf16le = n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE;
        boolean utf16be = n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF;
        if (requested != null) {
            String name = requested.name().toUpperCase(Locale.ROOT);
            if (name.equals("UTF-8")) {
                return scan(file, bom, true);
            }
            if (name.equals("WINDOWS-1252")) {
                return scan(file, 0, false);
            }
            if (name.startsWith("UTF-16")) {
                return new Detected(
                        utf16le ? StandardCharsets.UTF_16LE : utf16be ? StandardCharsets.UTF_16BE : requested,
                        utf16le || utf16be ? 2 : 0,
                        0,
                        null);
            }
            return new Detected(requested, 0, 0, null);
        }
        if (utf16le) {
            return new Detected(StandardCharsets.UTF_16LE, 2, 0, null);
        }
        if (utf16be) {
            return new Detected(StandardCharsets.UTF_16BE, 2, 0, null);
        }
        if (n >= 2 && (head[0] == 0 || head[1] == 0)) {
            return new Detected(
                    null,
                    0,
                    1,
                    "the file looks like UTF-16 without a byte order mark; " + SAVE_AS + ", or give --encoding utf-16");
        }
        Detected utf8 = scan(file, bom, true);
        if (utf8.ok() || bom > 0) {
            return utf8;
        }
        // Not UTF-8: Windows-1252, or, when a byte is not that either, refused at that byte's line.
        return scan(file, 0, false);
    }

    /** Checks every byte as UTF-8 (strict) or as Windows-1252 (defined bytes), counting lines for the message. */
    private static Detected scan(Path file, int skip, boolean utf8) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(skip);
            byte[] buffer = new byte[1 << 16];
            int line = 1;
            int column = 1; // of the next character
            int lead = 0; // the lead byte of a UTF-8 sequence still open
            int more = 0; // its continuation bytes still to come
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    int b = buffer[i] & 0xFF;
                    if (more > 0) {
                        if (b >= 0x80 && b <= 0xBF) {
                            more--;
                            continue;
                        }
                        return notUtf8(lead, line, column - 1);
                    }
                    if (b == '\n') {
                        line++;
                        column = 1;
                        continue;
                    }
                    column++;
                    if (b >= 0x80) {
                        if (!utf8) {
                            if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                                return new Detected(
                                        null,
                                        0,
                                        line,
                                        column - 1,
                                        String.format(
                                                Locale.ROOT,
                                                "the byte %02X is neither UTF-8 nor Windows-1252, so the file's encoding "
                                                        + "is unknown; %s",
                                                b,
                                                SAVE_AS));
                            }
                            continue;
                        }
                        lead = b;
                        more = b >= 0xF0 && b <= 0xF4
                                ? 3
                                : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xC2 && b <= 0xDF ? 1 : -1;
                        if (more < 0) {
                            return notUtf8(b, line, column - 1);
                        }
                    }
                }
            }
            if (more > 0) {
                return notUtf8(lead, line, column - 1);
            }
            return new Detected(utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252, skip, 0, null);
        }
    }

    private static Detected notUtf8(int b, int line, int column) {
        return new Detected(
                null,
                0,
                line,
                column,
                String.format(
                        Locale.ROOT,
                        "the byte %02X is not UTF-8 (in Windows-1252 it is '%s'); %s, or give --encoding windows-1252",
                        b,
                        new String(new byte[] {(byte) b}, WINDOWS_1252),
                        SAVE_AS));
    }

    /** A reader of the file in the detected encoding, past its byte order mark; malformed input is an error. */
    static Reader open(Path file, Detected detected) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.skipNBytes(detected.skip());
        CharsetDecoder decoder = detected.charset()
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }
}
