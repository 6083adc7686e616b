package io.github.equalityframework.lga;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The Public Sector Equality Duty as the LGA checks read it: the three aims of the general duty and the
 * specific duties on English public bodies, each with the provision it comes from and how often it falls
 * due. The checks {@code lga.psed-equality-information} and {@code lga.psed-equality-objectives} take
 * their default periods and the citations in their messages from {@link #ENGLAND}.
 *
 * @param citation       the statute and regulations, as cited in messages
 * @param aims           the three aims of the general duty, in the Act's order
 * @param specificDuties the specific duties, each with how often it falls due
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PublicSectorEqualityDuty(String citation, List<Aim> aims, List<SpecificDuty> specificDuties) {

    /** Id of the duty to publish equality information at least once a year. */
    public static final String EQUALITY_INFORMATION = "equality-information";

    /** Id of the duty to prepare and publish equality objectives at least every four years. */
    public static final String EQUALITY_OBJECTIVES = "equality-objectives";

    public PublicSectorEqualityDuty {
        Objects.requireNonNull(citation, "citation");
        aims = List.copyOf(aims);
        specificDuties = List.copyOf(specificDuties);
    }

    /**
     * An aim of the general duty: what a public body must have due regard to the need to do.
     *
     * @param id        a stable id, e.g. {@code advance-equality-of-opportunity}
     * @param provision where the Act states it, e.g. {@code s.149(1)(b)}
     * @param aim       the aim in plain words
     */
    public record Aim(String id, String provision, String aim) {}

    /**
     * A specific duty.
     *
     * @param id          a stable id used by checks
     * @param provision   where the regulations state it
     * @param duty        what must be done
     * @param everyMonths the longest interval between publications, in months
     */
    public record SpecificDuty(String id, String provision, String duty, int everyMonths) {}

    /** The duty on English public bodies such as local authorities. */
    public static final PublicSectorEqualityDuty ENGLAND = new PublicSectorEqualityDuty(
            "the Equality Act 2010, s.149, and the Equality Act 2010 (Specific Duties and Public Authorities) Regulations 2017",
            List.of(
                    new Aim(
                            "eliminate-discrimination",
                            "Equality Act 2010, s.149(1)(a)",
                            "Eliminate discrimination, harassment, victimisation and any other conduct the Act prohibits"),
                    new Aim(
                            "advance-equality-of-opportunity",
                            "Equality Act 2010, s.149(1)(b)",
                            "Advance equality of opportunity between people who share a protected characteristic and people who do not"),
                    new Aim(
                            "foster-good-relations",
                            "Equality Act 2010, s.149(1)(c)",
                            "Foster good relations between people who share a protected characteristic and people who do not")),
            List.of(
                    new SpecificDuty(
                            EQUALITY_INFORMATION,
                            "SI 2017/353, reg. 4",
                            "Publish information to demonstrate compliance with the general duty, at intervals of not more than a year",
                            12),
                    new SpecificDuty(
                            EQUALITY_OBJECTIVES,
                            "SI 2017/353, reg. 5",
                            "Prepare and publish one or more specific and measurable equality objectives, at intervals of not more than four years",
                            48)));

    /**
     * The specific duty with this id.
     *
     * @throws NoSuchElementException when there is none
     */
    public SpecificDuty duty(String id) {
        return specificDuties.stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no specific duty '" + id + "'"));
    }
}
