package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A characteristic that equality work considers: one of the nine protected characteristics of the
 * Equality Act 2010, or a local characteristic that a council or plugin adds (for example carers).
 *
 * @param id          stable kebab-case id, e.g. {@code religion-or-belief}
 * @param label       the name shown to people
 * @param description what the characteristic covers, may be {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Characteristic(
        @NotBlank
        @Pattern(
                regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "must be lower-case words joined by hyphens, e.g. care-experience")
        String id,

        @NotBlank String label,
        String description) {

    /** The nine protected characteristics (Equality Act 2010, s.4), in the Act's order. */
    public static final List<Characteristic> PROTECTED = List.of(
            new Characteristic("age", "Age", null),
            new Characteristic("disability", "Disability", null),
            new Characteristic("gender-reassignment", "Gender reassignment", null),
            new Characteristic("marriage-and-civil-partnership", "Marriage and civil partnership", null),
            new Characteristic("pregnancy-and-maternity", "Pregnancy and maternity", null),
            new Characteristic("race", "Race", null),
            new Characteristic("religion-or-belief", "Religion or belief", null),
            new Characteristic("sex", "Sex", null),
            new Characteristic("sexual-orientation", "Sexual orientation", null));

    /** Whether this is one of the nine protected characteristics. */
    public boolean legallyProtected() {
        return PROTECTED.stream().anyMatch(p -> p.id.equals(id));
    }
}
