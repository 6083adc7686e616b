package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.equalityframework.model.Severity;
import io.github.equalityframework.problem.DataPath;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Something a check found in a self-assessment. A check makes one with {@link #builder(String, Severity)}; the
 * engine attributes it to the check's rule and plugin.
 *
 * @param code     a stable code for the kind of finding, e.g. {@code claim-without-evidence}
 * @param severity how much it matters: the check's, or the one the active profile sets for the rule
 * @param message  what is wrong and what to do, for the equality officer
 * @param path     the data path of the claim, evidence or action concerned, e.g. {@code claims[3]};
 *                 empty for the whole assessment
 * @param rule     the id of the rule or check that produced it (the engine fills this in)
 * @param plugin   the id of the plugin that contributed the rule (the engine fills this in)
 */
@API(status = STABLE, since = "0.1")
public record Finding(String code, Severity severity, String message, String path, String rule, String plugin) {

    /**
     * Most severe first, then by path in document order ({@code claims[2]} before {@code claims[10]}), code,
     * message and rule, so that reports are deterministic.
     */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(Finding::path, Finding::comparePaths)
            .thenComparing(Finding::code)
            .thenComparing(Finding::message)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::plugin);

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        path = path == null ? "" : path;
        rule = rule == null ? "" : rule;
        plugin = plugin == null ? "" : plugin;
    }

    /**
     * Starts a finding as a check creates it, with its code and severity; the path and message are named on
     * the builder, so that the two cannot be swapped unseen. The engine adds the rule and plugin ids.
     *
     * @param code     a stable code for the kind of finding, e.g. {@code claim-without-evidence}
     * @param severity how much it matters; kept unless the active profile sets a severity for the rule
     */
    public static Builder builder(String code, Severity severity) {
        return new Builder(Objects.requireNonNull(code, "code"), Objects.requireNonNull(severity, "severity"));
    }

    /**
     * The same finding attributed to a rule of a plugin, with the severity the profile sets for the rule, or
     * the finding's own when {@code profileSeverity} is {@code null}.
     */
    public Finding attributed(String ruleId, String pluginId, Severity profileSeverity) {
        return new Finding(code, profileSeverity == null ? severity : profileSeverity, message, path, ruleId, pluginId);
    }

    /** A finding being made by a check: its code and severity, then its path and message by name. */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {
        private final String code;
        private final Severity severity;
        private String path = "";
        private String message;

        private Builder(String code, Severity severity) {
            this.code = code;
            this.severity = severity;
        }

        /**
         * The data path of the claim, evidence or action concerned, e.g. {@code claims[3]}; without it (or
         * with {@code null}) the finding is about the whole assessment.
         */
        public Builder path(String path) {
            this.path = path == null ? "" : path;
            return this;
        }

        /** The data path of the claim, evidence or action concerned, built by steps; the root for the whole. */
        public Builder path(DataPath path) {
            this.path = path.toString();
            return this;
        }

        /** What is wrong and what to do, for the equality officer; required. */
        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /**
         * The finding.
         *
         * @throws NullPointerException when no message was given
         */
        public Finding build() {
            return new Finding(code, severity, Objects.requireNonNull(message, "message"), path, "", "");
        }
    }

    /** The path as a {@link DataPath}, or empty when a plugin gave text that is not one (such as {@code claim[}). */
    public Optional<DataPath> dataPath() {
        return DataPath.parse(path);
    }

    /** Compares data paths with list indices as numbers. */
    static int comparePaths(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = i;
                int endB = j;
                while (endA < a.length() && Character.isDigit(a.charAt(endA))) {
                    endA++;
                }
                while (endB < b.length() && Character.isDigit(b.charAt(endB))) {
                    endB++;
                }
                int byNumber = new java.math.BigInteger(a.substring(i, endA))
                        .compareTo(new java.math.BigInteger(b.substring(j, endB)));
                if (byNumber != 0) {
                    return byNumber;
                }
                i = endA;
                j = endB;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
