package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
 */
@API(status = STABLE, since = "0.1")
public record EvidenceItem(
        @NotBlank String id,
        @NotBlank String title,
        @NotBlank String kind,
        @NotNull LocalDate date,
        String location,
        List<@NotBlank String> characteristics,
        String owner) {

    public EvidenceItem {
        characteristics = Lists.copy(characteristics);
    }
}
