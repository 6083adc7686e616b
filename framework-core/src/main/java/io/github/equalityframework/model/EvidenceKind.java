package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A kind of evidence, such as a policy or an equality impact assessment. The set is extensible:
 * frameworks and plugins may add kinds.
 *
 * @param id          stable kebab-case id, e.g. {@code eia}
 * @param label       the name shown to people
 * @param description what counts as this kind, may be {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EvidenceKind(
        @NotBlank
        @Pattern(
                regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "must be lower-case words joined by hyphens, e.g. equality-data")
        String id,

        @NotBlank String label,
        String description) {

    /** Kinds every installation knows. */
    public static final List<EvidenceKind> BUILT_IN = List.of(
            new EvidenceKind("policy", "Policy", "An adopted policy or procedure"),
            new EvidenceKind("strategy", "Strategy or plan", "A strategy or plan"),
            new EvidenceKind(
                    "equality-objectives",
                    "Equality objectives",
                    "The published equality objectives (the Public Sector Equality Duty asks for them at least every "
                            + "four years); they count as a strategy too"),
            new EvidenceKind(
                    "equality-data",
                    "Equality data",
                    "Data about communities, service users or outcomes, broken down by characteristic"),
            new EvidenceKind("eia", "Equality impact assessment", "An equality impact assessment or equality analysis"),
            new EvidenceKind(
                    "consultation", "Consultation or engagement", "Results of consultation or community engagement"),
            new EvidenceKind("minutes", "Committee minutes", "Minutes or decisions of cabinet, committees or boards"),
            new EvidenceKind(
                    "workforce-report", "Workforce report", "Workforce profile, pay gap or staff survey report"),
            new EvidenceKind("outcome-measure", "Outcome measure", "A measured service or community outcome"),
            new EvidenceKind(
                    "external-accreditation",
                    "External accreditation",
                    "An external award, accreditation or assessment"),
            new EvidenceKind("training", "Training record", "Training delivered to staff or members"),
            new EvidenceKind("annual-report", "Annual equality report", "Published annual equality information"));
}
