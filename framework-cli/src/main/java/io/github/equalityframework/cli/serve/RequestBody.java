package io.github.equalityframework.cli.serve;

import java.io.ByteArrayOutputStream;

/** A request body as it arrives: of a known length, or chunked (length -1). */
final class RequestBody {
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final long length;
    private final int maxBody;
    private final int maxDrained;
    private long read;
    private boolean tooLarge;
    private String failed;
    // chunked: the size line being read, the bytes left in the current chunk, and the step
    private final StringBuilder line = new StringBuilder();
    private long left;
    private int step; // 0 size line, 1 data, 2 CRLF after data, 3 trailers

    /**
     * @param length     the body's length, or -1 when it is chunked
     * @param maxBody    the largest body kept; past it the body is read and dropped
     * @param maxDrained how much of a body is read at most
     */
    RequestBody(long length, int maxBody, int maxDrained) {
        this.length = length;
        this.maxBody = maxBody;
        this.maxDrained = maxDrained;
        tooLarge = length > maxBody;
    }

    /** Whether the body was over the limit, and dropped. */
    boolean tooLarge() {
        return tooLarge;
    }

    /** The body as read (empty when it was over the limit). */
    byte[] kept() {
        return kept.toByteArray();
    }

    /** Why the body cannot be read (a malformed chunk), or null. */
    String failed() {
        return failed;
    }

    /** Takes bytes; whether the body is complete (or as much of one over the limit as is read). */
    boolean feed(byte[] b, int from, int to) {
        if (length >= 0) {
            int n = (int) Math.min(to - from, length - read);
            keep(b, from, n);
            return read >= length || read >= maxDrained;
        }
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (step == 1) {
                int n = (int) Math.min(to - i, left);
                keep(b, i, n);
                left -= n;
                i += n - 1;
                if (left == 0) {
                    step = 2;
                }
            } else if (c == '\n') {
                String text = line.toString().strip();
                line.setLength(0);
                if (step == 0) {
                    int semicolon = text.indexOf(';');
                    String size = (semicolon < 0 ? text : text.substring(0, semicolon)).strip();
                    if (!size.matches("[0-9A-Fa-f]{1,15}")) {
                        failed = "A chunk size of the request is malformed.";
                        return false;
                    }
                    left = Long.parseLong(size, 16);
                    step = left == 0 ? 3 : 1;
                } else if (step == 2) {
                    step = 0;
                } else if (text.isEmpty()) {
                    return true;
                }
            } else if (c != '\r') {
                if (line.length() > 1024) {
                    failed = "A chunk of the request is malformed.";
                    return false;
                }
                line.append((char) c);
            }
            if (read >= maxDrained) {
                return true;
            }
        }
        return false;
    }

    private void keep(byte[] b, int from, int n) {
        read += n;
        if (!tooLarge && read > maxBody) {
            tooLarge = true;
            kept.reset();
        }
        if (!tooLarge) {
            kept.write(b, from, n);
        }
    }
}
