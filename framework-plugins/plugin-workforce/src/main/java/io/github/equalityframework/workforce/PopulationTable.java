package io.github.equalityframework.workforce;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The make-up of the local population that the workforce is compared with, e.g. census figures for the
 * council's area: for each characteristic, each group's percentage of the population. Read one with
 * {@link PopulationCsv}. Immutable.
 *
 * @param source the file name, or a description of where the figures come from
 * @param shares one entry per characteristic and group, in file order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PopulationTable(String source, List<Share> shares) {

    /**
     * One group's share of the local population.
     *
     * @param characteristic {@code sex}, {@code ethnicity} or {@code disability}
     * @param group          the group as the workforce figures name it: {@code Men}, {@code Women},
     *                       {@code Disabled}, {@code Not disabled}, or an ethnic group as the file writes it
     * @param percent        the group's percentage of the population, with one decimal place
     */
    public record Share(String characteristic, String group, BigDecimal percent) {
        public Share {
            Objects.requireNonNull(characteristic, "characteristic");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(percent, "percent");
        }
    }

    /** A table with no figures: every population share is then not available. */
    public static final PopulationTable NONE = new PopulationTable("none", List.of());

    public PopulationTable {
        Objects.requireNonNull(source, "source");
        shares = List.copyOf(shares);
    }

    /** The share of a group, its name matched ignoring case. */
    public Optional<BigDecimal> percent(String characteristic, String group) {
        return shares.stream()
                .filter(s -> s.characteristic().equals(characteristic)
                        && key(s.group()).equals(key(group)))
                .map(Share::percent)
                .findFirst();
    }

    /** The groups of a characteristic, in file order. */
    public List<String> groups(String characteristic) {
        return shares.stream()
                .filter(s -> s.characteristic().equals(characteristic))
                .map(Share::group)
                .toList();
    }

    static String key(String group) {
        return group.strip().toLowerCase(Locale.ROOT);
    }
}
