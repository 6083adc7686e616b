package io.github.equalityframework.workforce;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import org.apiguardian.api.API;

/**
 * Computes a {@link WorkforceReport} from employee records. Built once, then immutable and thread-safe.
 *
 * <pre>{@code
 * EmployeeFile file = EmployeeCsv.withDefaultColumns().read(Path.of("staff-2024.csv"));
 * if (!file.isClean()) { file.problems().forEach(p -> System.err.println(p.format())); return; }
 * WorkforceReport report = WorkforceAnalysis.builder().snapshotDate(LocalDate.of(2024, 3, 31)).build()
 *         .analyse(file.employees());
 * }</pre>
 *
 * <p>Reference groups: men for sex (the regulations' formulas); for ethnicity, White British by default,
 * as the government's voluntary ethnicity pay reporting guidance (2023) suggests as we understand it;
 * for disability, non-disabled employees, the product's choice by analogy, since there is no
 * government method for disability pay gaps.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WorkforceAnalysis {
    /** Employers with this many employees or more on the snapshot date must publish gender pay gap information. */
    public static final int STATUTORY_THRESHOLD = 250;
    /** The default minimum group size below which a figure is suppressed. */
    public static final int DEFAULT_MINIMUM_GROUP_SIZE = 10;
    /** The default reference group for ethnicity. */
    public static final String DEFAULT_ETHNICITY_REFERENCE = "White British";

    static final String MEN = "Men";
    static final String WOMEN = "Women";
    static final String NOT_DISABLED = "Not disabled";
    static final String DISABLED = "Disabled";

    private final int minimumGroupSize;
    private final String ethnicityReference;
    private final LocalDate snapshotDate;
    private final PopulationTable population;
    private final List<String> ethnicMinorities;
    private final String organisation;

    private WorkforceAnalysis(Builder b) {
        this.organisation = b.organisation;
        this.ethnicMinorities = b.ethnicMinorities;
        this.population = b.population;
        this.minimumGroupSize = b.minimumGroupSize;
        this.ethnicityReference = b.ethnicityReference;
        this.snapshotDate = b.snapshotDate;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The figures for these employees; only relevant employees count. The employees of an {@link EmployeeFile} are
     * read as they are stored, in columns; any other list is put in columns first.
     */
    public WorkforceReport analyse(List<EmployeeRecord> employees) {
        EmployeeColumns staff = EmployeeColumns.of(employees);
        // Ranked by hourly pay once: every group's pay, and every ranking for the quartiles, is then in order.
        int[] relevant = staff.relevantByPay();
        int fullPay = 0;
        for (int row : relevant) {
            fullPay += staff.fullPayRelevant(row) ? 1 : 0;
        }
        IntFunction<String> sexGroup = row -> sexGroup(staff.sex(row));
        IntFunction<String> ethnicGroup = ethnicGroups(staff);
        IntFunction<String> disabilityGroup = row -> disabilityGroup(staff.disability(row));
        CharacteristicPayGaps bySex = new Comparison(
                        "sex", MEN, List.of(WOMEN), "Other or not recorded", sexGroup, minimumGroupSize, true)
                .compute(staff, relevant);
        CharacteristicPayGaps byEthnicity = new Comparison(
                        "ethnicity", ethnicityReference, List.of(), "Not declared", ethnicGroup, minimumGroupSize)
                .compute(staff, relevant);
        CharacteristicPayGaps byDisability = new Comparison(
                        "disability",
                        NOT_DISABLED,
                        List.of(DISABLED),
                        "Not declared",
                        disabilityGroup,
                        minimumGroupSize)
                .compute(staff, relevant);
        RepresentationAnalysis representation =
                new RepresentationAnalysis(staff, relevant, population, minimumGroupSize, ethnicMinorities);
        return new WorkforceReport(
                organisation,
                snapshotDate,
                relevant.length,
                fullPay,
                minimumGroupSize,
                // The statutory figures compare men and women whatever their numbers: the regulations require them.
                genderPayGap(new Comparison("sex", MEN, List.of(WOMEN), "Other or not recorded", sexGroup, 1)
                        .compute(staff, relevant)),
                bySex,
                byEthnicity,
                byDisability,
                List.of(
                        representation.of(bySex, sexGroup),
                        representation.of(byEthnicity, ethnicGroup),
                        representation.of(byDisability, disabilityGroup)));
    }

    private static String sexGroup(Sex sex) {
        return switch (sex) {
            case MALE -> MEN;
            case FEMALE -> WOMEN;
            case OTHER_OR_NOT_RECORDED -> null;
        };
    }

    /**
     * Each employee's ethnic group, written as the reference group when it is that group in other letter case; worked
     * out once for each different value the file holds.
     */
    private IntFunction<String> ethnicGroups(EmployeeColumns staff) {
        Map<String, String> named = new HashMap<>();
        return row -> {
            String written = staff.ethnicGroup(row);
            if (written == null) {
                return null;
            }
            return named.computeIfAbsent(written, w -> {
                String group = w.strip();
                return group.equalsIgnoreCase(ethnicityReference) ? ethnicityReference : group;
            });
        };
    }

    private static String disabilityGroup(DisabilityStatus status) {
        return switch (status) {
            case NOT_DISABLED -> NOT_DISABLED;
            case DISABLED -> DISABLED;
            case NOT_DECLARED -> null;
        };
    }

    /** The six figures from an unsuppressed comparison of women with men. */
    private static GenderPayGap genderPayGap(CharacteristicPayGaps bySex) {
        GroupFigures men = bySex.groups().get(0);
        GroupFigures women = bySex.group(WOMEN).orElseThrow();
        List<GenderPayGap.QuartileShares> quartiles = new ArrayList<>();
        for (int band = 0; band < 4; band++) {
            quartiles.add(new GenderPayGap.QuartileShares(
                    Quartiles.BANDS.get(band),
                    men.quartiles().get(band),
                    women.quartiles().get(band)));
        }
        return new GenderPayGap(
                women.meanHourlyPayGap(),
                women.medianHourlyPayGap(),
                women.meanBonusGap(),
                women.medianBonusGap(),
                men.paidBonus(),
                women.paidBonus(),
                quartiles);
    }

    /** Options of an analysis. Not thread-safe. */
    public static final class Builder {
        private int minimumGroupSize = DEFAULT_MINIMUM_GROUP_SIZE;
        private String ethnicityReference = DEFAULT_ETHNICITY_REFERENCE;
        private LocalDate snapshotDate;
        private PopulationTable population = PopulationTable.NONE;
        private List<String> ethnicMinorities = List.of();
        private String organisation;

        private Builder() {}

        /** The employer the figures are about, named in the report. */
        public Builder organisation(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("the organisation must not be blank");
            }
            this.organisation = name.strip();
            return this;
        }

        /**
         * The ethnic groups taken together as the ethnic minorities, as the employee file words them (matched
         * ignoring case); by default every group but the ethnicity reference group.
         */
        public Builder ethnicMinorities(List<String> groups) {
            this.ethnicMinorities = List.copyOf(groups);
            return this;
        }

        /** The local population the workforce is compared with (none by default: population shares not available). */
        public Builder population(PopulationTable table) {
            this.population = Objects.requireNonNull(table, "table");
            return this;
        }

        /**
         * Figures of the voluntary breakdowns built from fewer people than this are withheld (10 by default).
         * The six statutory gender pay gap figures are never withheld: the regulations require them whatever
         * the group sizes.
         */
        public Builder minimumGroupSize(int minimum) {
            if (minimum < 1) {
                throw new IllegalArgumentException("the minimum group size must be at least 1");
            }
            this.minimumGroupSize = minimum;
            return this;
        }

        /** The ethnic group the others are compared with, matched ignoring case ({@code White British} by default). */
        public Builder ethnicityReference(String group) {
            if (group == null || group.isBlank()) {
                throw new IllegalArgumentException("the ethnicity reference group must not be blank");
            }
            this.ethnicityReference = group.strip();
            return this;
        }

        /** The snapshot date the data describes (31 March for public authorities). */
        public Builder snapshotDate(LocalDate date) {
            this.snapshotDate = Objects.requireNonNull(date, "date");
            return this;
        }

        public WorkforceAnalysis build() {
            return new WorkforceAnalysis(this);
        }
    }
}
