package io.github.equalityframework.problem;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The path of a value in a document, such as {@code claims[3].evidence[0]}: built by steps rather than by
 * joining strings, and written (in findings, problems and reports) as that string, so that a path is built
 * one way and parsed one way. The root path, the whole document, is written as the empty string. Immutable.
 *
 * <pre>{@code
 * DataPath.root().field("claims").index(3)       // claims[3]
 * DataPath.parse("claims[3].narrative").orElseThrow().parent()   // claims[3]
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DataPath implements Comparable<DataPath> {
    private static final DataPath ROOT = new DataPath(List.of());
    /** One step: {@code .name} (or {@code name} at the start), or {@code [index]}. */
    private static final Pattern STEP = Pattern.compile("\\G(?:(?:^|\\.)([A-Za-z][A-Za-z0-9]*)|\\[(\\d{1,9})])");

    /** Field names as strings, list indexes as Integers. */
    private final List<Object> steps;
    /** Paths key maps of source locations, one entry per value read: hashed once. */
    private final int hash;

    private DataPath(List<Object> steps) {
        this.steps = steps;
        this.hash = steps.hashCode();
    }

    /** The whole document; written as the empty string. */
    public static DataPath root() {
        return ROOT;
    }

    /**
     * The path a string writes, or empty when it is not a data path (the empty string is the root).
     * A field name is a letter followed by letters and digits; an index is a number of at most nine digits.
     */
    public static Optional<DataPath> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        List<Object> steps = new ArrayList<>();
        Matcher step = STEP.matcher(text);
        int end = 0;
        while (end < text.length()) {
            if (!step.find() || step.start() != end) {
                return Optional.empty();
            }
            end = step.end();
            steps.add(step.group(1) != null ? step.group(1) : (Object) Integer.valueOf(step.group(2)));
        }
        return Optional.of(new DataPath(Collections.unmodifiableList(steps)));
    }

    /**
     * This path followed by a field, e.g. {@code claims[3]} then {@code narrative}.
     *
     * @throws IllegalArgumentException when the name is not a letter followed by letters and digits
     */
    public DataPath field(String name) {
        if (!isFieldName(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a field name such as claims or narrative");
        }
        return with(name);
    }

    /**
     * This path followed by a list index, e.g. {@code claims} then {@code [3]}.
     *
     * @throws IllegalArgumentException for a negative index
     */
    public DataPath index(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("a list index is 0 or more, not " + index);
        }
        return with(index);
    }

    /**
     * The steps of the path from the root, for code that walks a document along it (the root has none).
     *
     * <pre>{@code
     * for (DataPath.Step step : path.steps()) {
     *     if (step instanceof DataPath.Field field) { ... field.name() ... }
     *     else if (step instanceof DataPath.Index index) { ... index.index() ... }
     * }
     * }</pre>
     */
    public List<Step> steps() {
        return steps.stream()
                .map(step -> step instanceof Integer index ? (Step) new Index(index) : new Field((String) step))
                .toList();
    }

    /** One step of a path: a {@link Field} or an {@link Index}. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public sealed interface Step permits Field, Index {}

    /**
     * A step into a field, e.g. {@code narrative}.
     *
     * @param name the field's name
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Field(String name) implements Step {}

    /**
     * A step into a list, e.g. {@code [3]}.
     *
     * @param index the list index, 0 or more
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Index(int index) implements Step {}

    /** The path one step up; the root's parent is the root. */
    public DataPath parent() {
        return steps.isEmpty() ? this : new DataPath(steps.subList(0, steps.size() - 1));
    }

    /**
     * The steps of this path after {@code prefix}, as a path of their own: {@code claims[3].evidence[0]} relative
     * to {@code claims[3]} is {@code evidence[0]}, relative to itself the root. For a path read from the part of a
     * document kept in a file of its own, or named by something other than its position.
     *
     * @throws IllegalArgumentException when this path does not lie in {@code prefix}
     */
    public DataPath relativeTo(DataPath prefix) {
        if (!startsWith(prefix)) {
            throw new IllegalArgumentException("'" + this + "' does not lie in '" + prefix + "'");
        }
        return new DataPath(steps.subList(prefix.steps.size(), steps.size()));
    }

    /** Whether this is the whole document. */
    public boolean isRoot() {
        return steps.isEmpty();
    }

    /** Whether this path is {@code other} or lies inside it ({@code claims[3].narrative} in {@code claims[3]}). */
    public boolean startsWith(DataPath other) {
        return steps.size() >= other.steps.size()
                && steps.subList(0, other.steps.size()).equals(other.steps);
    }

    /**
     * The index of the element of the list at {@code list} that this path lies in, or empty when it lies in none:
     * {@code claims[3].narrative} lies in element 3 of {@code claims}; {@code claims} itself lies in none.
     */
    public OptionalInt indexWithin(DataPath list) {
        return steps.size() > list.steps.size()
                        && startsWith(list)
                        && steps.get(list.steps.size()) instanceof Integer index
                ? OptionalInt.of(index)
                : OptionalInt.empty();
    }

    /** Document order: a container before what it holds, list indexes by number, fields by name. */
    @Override
    public int compareTo(DataPath other) {
        for (int i = 0; i < Math.min(steps.size(), other.steps.size()); i++) {
            Object a = steps.get(i);
            Object b = other.steps.get(i);
            int byStep = a instanceof Integer x && b instanceof Integer y
                    ? Integer.compare(x, y)
                    : a instanceof String x && b instanceof String y ? x.compareTo(y) : a instanceof Integer ? -1 : 1;
            if (byStep != 0) {
                return byStep;
            }
        }
        return Integer.compare(steps.size(), other.steps.size());
    }

    /** A letter followed by letters and digits (ASCII); checked by hand, as paths are built for every cell read. */
    private static boolean isFieldName(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            if (!letter && (i == 0 || c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private DataPath with(Object step) {
        List<Object> longer = new ArrayList<>(steps.size() + 1);
        longer.addAll(steps);
        longer.add(step);
        return new DataPath(Collections.unmodifiableList(longer));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataPath other && steps.equals(other.steps);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** The path as findings and problems write it, e.g. {@code claims[3].narrative}; empty for the root. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                text.append(text.length() == 0 ? "" : ".").append(step);
            }
        }
        return text.toString();
    }
}
