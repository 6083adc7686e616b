package io.github.equalityframework.workforce;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One published number of a workforce report, or why there is none. A suppressed figure carries no
 * value at all, so it cannot leak through any output built from the report.
 *
 * @param status whether the figure is published
 * @param value  the figure (a percentage to one decimal place, or a count), {@code null} unless published
 * @param note   why the figure is not available, or {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Figure(Status status, BigDecimal value, String note) {

    /** Whether a figure is published. */
    public enum Status {
        /** Published: {@link #value()} holds it. */
        PUBLISHED,
        /** Built from fewer people than the minimum group size, or revealing such a figure: withheld. */
        SUPPRESSED,
        /** Cannot be calculated, e.g. a bonus gap when no one in a group was paid a bonus. */
        NOT_AVAILABLE
    }

    public Figure {
        Objects.requireNonNull(status, "status");
        if ((status == Status.PUBLISHED) != (value != null)) {
            throw new IllegalArgumentException("a figure has a value exactly when it is published");
        }
    }

    static Figure published(BigDecimal value) {
        return new Figure(Status.PUBLISHED, value, null);
    }

    static Figure count(long count) {
        return published(BigDecimal.valueOf(count));
    }

    static Figure suppressed() {
        return new Figure(Status.SUPPRESSED, null, null);
    }

    static Figure notAvailable(String why) {
        return new Figure(Status.NOT_AVAILABLE, null, why);
    }

    /** The value, when published. */
    public Optional<BigDecimal> published() {
        return Optional.ofNullable(value);
    }

    /** Whether the figure is published. */
    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    /**
     * As printed in reports: the value, {@code [c]} (confidential: withheld, and possibly 0, as statistical
     * offices mark it) or {@code n/a}.
     */
    @Override
    public String toString() {
        return switch (status) {
            case PUBLISHED -> value.toPlainString();
            case SUPPRESSED -> "[c]";
            case NOT_AVAILABLE -> "n/a";
        };
    }
}
