package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One entry of the evidence register.
 *
 * @param id              unique id within the self-assessment, referenced by claims
 * @param title           what the document or data set is
 * @param kind            an evidence kind id, e.g. {@code eia}
 * @param date            when it was published or last updated
 * @param location        a URI or document reference, may be {@code null}
 * @param characteristics ids of the characteristics it covers, never {@code null}
 * @param owner           who is responsible for it, may be {@code null}
 * @param count           how many things the item stands for (e.g. 23 consultations), at least 1; {@code null}
 *                        when it is one document
 * @param parts           the count broken down, each part labelled (e.g. 14 online and 9 in person); they add up
 *                        to {@code count}; never {@code null}, empty when not broken down
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EvidenceItem(
        @NotBlank String id,
        @NotBlank String title,
        @NotBlank String kind,
        @NotNull LocalDate date,
        String location,
        List<@NotBlank String> characteristics,
        String owner,
        @Positive(message = "must be at least 1") Integer count,
        List<@NotNull @Valid EvidencePart> parts) {

    public EvidenceItem {
        characteristics = Lists.copy(characteristics);
        parts = Lists.copy(parts);
    }

    /** An item that is one document, not a count of things. */
    public EvidenceItem(
            String id,
            String title,
            String kind,
            LocalDate date,
            String location,
            List<String> characteristics,
            String owner) {
        this(id, title, kind, date, location, characteristics, owner, null, List.of());
    }
}
