package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Arrays;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A Maven-style version range such as {@code [0.1,1.0)}, {@code [1.2,)} or a bare minimum {@code 0.1}.
 * Versions compare by their numeric parts; a qualifier such as {@code -SNAPSHOT} is ignored.
 */
@API(status = STABLE, since = "0.1")
public final class VersionRange {
    // Arrays, never handed out: the range is immutable and its only view is the text it was written as.
    private final int[] lower;
    private final boolean lowerInclusive;
    private final int[] upper;
    private final boolean upperInclusive;
    private final String text;

    private VersionRange(int[] lower, boolean lowerInclusive, int[] upper, boolean upperInclusive, String text) {
        this.lower = lower;
        this.lowerInclusive = lowerInclusive;
        this.upper = upper;
        this.upperInclusive = upperInclusive;
        this.text = text;
    }

    /** The range, or empty when the text is not a range. */
    public static Optional<VersionRange> parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            if (!t.startsWith("[") && !t.startsWith("(")) {
                return t.isEmpty()
                        ? Optional.empty()
                        : Optional.of(new VersionRange(numbers(t), true, null, false, text));
            }
            if (!(t.endsWith("]") || t.endsWith(")")) || t.indexOf(',') < 0) {
                return Optional.empty();
            }
            String[] bounds = t.substring(1, t.length() - 1).split(",", -1);
            if (bounds.length != 2) {
                return Optional.empty();
            }
            int[] low = bounds[0].isBlank() ? null : numbers(bounds[0].strip());
            int[] high = bounds[1].isBlank() ? null : numbers(bounds[1].strip());
            return Optional.of(new VersionRange(low, t.startsWith("["), high, t.endsWith("]"), text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether a version lies in the range. */
    public boolean contains(String version) {
        int[] v = numbers(version);
        if (lower != null) {
            int c = compare(v, lower);
            if (c < 0 || (c == 0 && !lowerInclusive)) {
                return false;
            }
        }
        if (upper != null) {
            int c = compare(v, upper);
            return c < 0 || (c == 0 && upperInclusive);
        }
        return true;
    }

    private static int[] numbers(String version) {
        String plain = version.split("[-+]", 2)[0];
        return Arrays.stream(plain.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? a[i] : 0;
            int y = i < b.length ? b[i] : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    /** The range as it was written, e.g. {@code [0.1,1.0)}. */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VersionRange r && text.equals(r.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
