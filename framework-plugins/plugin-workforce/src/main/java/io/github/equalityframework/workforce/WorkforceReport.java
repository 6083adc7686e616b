package io.github.equalityframework.workforce;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.EvidenceItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The workforce equality figures of one snapshot. Immutable; suppressed figures carry no value.
 *
 * @param organisation             the employer the figures are about, or {@code null}
 * @param snapshotDate             the snapshot date (31 March for public authorities), or {@code null}
 * @param relevantEmployees        how many relevant employees there are (employed on the snapshot date)
 * @param fullPayRelevantEmployees how many of them are full-pay relevant employees
 * @param minimumGroupSize         figures built from fewer people than this are suppressed
 * @param genderPayGap             the six statutory gender pay gap figures
 * @param bySex                    the same measures as a comparison of women with men, with counts
 * @param byEthnicity              the measures for each ethnic group against the reference group
 * @param byDisability             the measures for disabled employees against non-disabled employees
 * @param representation           who the workforce is, by sex, ethnicity and disability (in that order):
 *                                 against the local population, declaration rates, and by grade
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record WorkforceReport(
        String organisation,
        LocalDate snapshotDate,
        int relevantEmployees,
        int fullPayRelevantEmployees,
        int minimumGroupSize,
        GenderPayGap genderPayGap,
        CharacteristicPayGaps bySex,
        CharacteristicPayGaps byEthnicity,
        CharacteristicPayGaps byDisability,
        List<Representation> representation) {

    /** The evidence kind of a workforce report. */
    public static final String EVIDENCE_KIND = "workforce-report";

    public WorkforceReport {
        Objects.requireNonNull(genderPayGap, "genderPayGap");
        Objects.requireNonNull(bySex, "bySex");
        Objects.requireNonNull(byEthnicity, "byEthnicity");
        Objects.requireNonNull(byDisability, "byDisability");
        representation = List.copyOf(representation);
    }

    /** The representation figures of {@code sex}, {@code ethnicity} or {@code disability}. */
    public java.util.Optional<Representation> representation(String characteristic) {
        return representation.stream()
                .filter(r -> r.characteristic().equals(characteristic))
                .findFirst();
    }

    /**
     * Whether the employer has the statutory duty to publish gender pay gap information: 250 or more
     * employees on the snapshot date. Counted here as relevant employees, so the file must list every
     * employee on that date.
     */
    public boolean statutoryDuty() {
        return relevantEmployees >= WorkforceAnalysis.STATUTORY_THRESHOLD;
    }

    /** The report as an entry of a self-assessment's evidence register, dated at the snapshot date. */
    public EvidenceItem toEvidenceItem(String id) {
        if (snapshotDate == null) {
            throw new IllegalStateException("the report has no snapshot date; give the evidence a date");
        }
        return toEvidenceItem(id, snapshotDate, null);
    }

    /**
     * The report as an entry of a self-assessment's evidence register: kind {@code workforce-report},
     * its headline figures in the title, covering sex, and race and disability when a pay gap of an
     * ethnic group, or of disabled employees, to the reference group is published.
     *
     * @param id       the evidence id, unique in the assessment
     * @param date     when the report was published
     * @param location where it is published, or {@code null}
     */
    public EvidenceItem toEvidenceItem(String id, LocalDate date, String location) {
        List<String> characteristics = new ArrayList<>(List.of("sex"));
        if (anyComparisonPublished(byEthnicity)) {
            characteristics.add("race");
        }
        if (anyComparisonPublished(byDisability)) {
            characteristics.add("disability");
        }
        return new EvidenceItem(id, title(), EVIDENCE_KIND, date, location, characteristics, null);
    }

    /** E.g. {@code Workforce pay gap report, snapshot 2024-03-31: 812 relevant employees; gender pay gap mean 7.1%, median 4.0%}. */
    public String title() {
        return "Workforce pay gap report" + (organisation == null ? "" : ", " + organisation)
                + (snapshotDate == null ? "" : ", snapshot " + snapshotDate) + ": "
                + relevantEmployees + " relevant employees; gender pay gap mean "
                + percent(genderPayGap.meanHourlyPayGap())
                + ", median " + percent(genderPayGap.medianHourlyPayGap());
    }

    private static String percent(Figure figure) {
        return figure.isPublished() ? figure + "%" : figure.toString();
    }

    /** Whether any group's pay gap to the reference group is published. */
    private static boolean anyComparisonPublished(CharacteristicPayGaps gaps) {
        return gaps.groups().stream()
                .skip(1)
                .anyMatch(g -> g.meanHourlyPayGap().isPublished()
                        || g.medianHourlyPayGap().isPublished()
                        || g.meanBonusGap().isPublished()
                        || g.medianBonusGap().isPublished());
    }
}
