package io.github.equalityframework.lga;

import java.util.List;

/**
 * The Public Sector Equality Duty as the checks use it: the three aims of the general duty and the
 * specific duties on English public bodies with their periods.
 *
 * @param citation      the statute and regulations
 * @param aims          the three aims of the general duty
 * @param specificDuties the specific duties, each with how often it falls due
 */
public record PublicSectorEqualityDuty(String citation, List<String> aims, List<SpecificDuty> specificDuties) {

    /**
     * A specific duty.
     *
     * @param id           a stable id used by checks
     * @param duty         what must be done
     * @param everyMonths  how often, in months, at the longest
     */
    public record SpecificDuty(String id, String duty, int everyMonths) {}

    /** The duty in England. */
    public static final PublicSectorEqualityDuty ENGLAND = new PublicSectorEqualityDuty(
            "Equality Act 2010, s.149; the Equality Act 2010 (Specific Duties and Public Authorities) Regulations 2017",
            List.of(
                    "Eliminate discrimination, harassment, victimisation and other conduct the Act prohibits",
                    "Advance equality of opportunity between people who share a protected characteristic and people who do not",
                    "Foster good relations between people who share a protected characteristic and people who do not"),
            List.of(
                    new SpecificDuty("equality-information", "Publish information to show compliance with the general duty", 12),
                    new SpecificDuty("equality-objectives", "Prepare and publish one or more specific and measurable equality objectives", 48)));

    /** The specific duty with this id. */
    public SpecificDuty duty(String id) {
        return specificDuties.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }
}
