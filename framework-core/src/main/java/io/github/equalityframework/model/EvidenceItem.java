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
        // Shared with equal items': a large register repeats a few kinds, owners, dates and characteristic lists.
        kind = Shared.string(kind);
        date = Shared.date(date);
        owner = Shared.string(owner);
        characteristics = Shared.ids(characteristics);
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

    /** This evidence item with {@code id} in place of its own. */
    public EvidenceItem withId(String id) {
        return toBuilder().id(id).build();
    }

    /** This evidence item with {@code kind} in place of its own. */
    public EvidenceItem withKind(String kind) {
        return toBuilder().kind(kind).build();
    }

    /** This evidence item with {@code date} in place of its own. */
    public EvidenceItem withDate(LocalDate date) {
        return toBuilder().date(date).build();
    }

    /** This evidence item with {@code location} in place of its own. */
    public EvidenceItem withLocation(String location) {
        return toBuilder().location(location).build();
    }

    /** This evidence item with {@code characteristics} in place of its own. */
    public EvidenceItem withCharacteristics(List<String> characteristics) {
        return toBuilder().characteristics(characteristics).build();
    }

    /** This evidence item with {@code owner} in place of its own. */
    public EvidenceItem withOwner(String owner) {
        return toBuilder().owner(owner).build();
    }

    /**
     * A builder with no component set: {@link Builder#build()} gives what the canonical constructor gives for the
     * components left unset ({@code null}; empty lists and defaults where the constructor supplies them).
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this evidence item's components. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds an evidence item a component at a time, for callers that set a few of its many components by name.
     * {@link #build()} calls the canonical constructor, so the result is the same immutable record, with the same
     * defaults and copies, as the constructor would give; lists are copied when it is built. A builder is not
     * thread-safe; it may build any number of records.
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static final class Builder {
        private String id;
        private String title;
        private String kind;
        private LocalDate date;
        private String location;
        private List<String> characteristics;
        private String owner;
        private Integer count;
        private List<EvidencePart> parts;

        private Builder() {}

        private Builder(EvidenceItem from) {
            id = from.id;
            title = from.title;
            kind = from.kind;
            date = from.date;
            location = from.location;
            characteristics = from.characteristics;
            owner = from.owner;
            count = from.count;
            parts = from.parts;
        }

        /** Sets {@link EvidenceItem#id()}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets {@link EvidenceItem#title()}. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** Sets {@link EvidenceItem#kind()}. */
        public Builder kind(String kind) {
            this.kind = kind;
            return this;
        }

        /** Sets {@link EvidenceItem#date()}. */
        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /** Sets {@link EvidenceItem#location()}. */
        public Builder location(String location) {
            this.location = location;
            return this;
        }

        /** Sets {@link EvidenceItem#characteristics()}. */
        public Builder characteristics(List<String> characteristics) {
            this.characteristics = characteristics;
            return this;
        }

        /** Sets {@link EvidenceItem#owner()}. */
        public Builder owner(String owner) {
            this.owner = owner;
            return this;
        }

        /** Sets {@link EvidenceItem#count()}. */
        public Builder count(Integer count) {
            this.count = count;
            return this;
        }

        /** Sets {@link EvidenceItem#parts()}. */
        public Builder parts(List<EvidencePart> parts) {
            this.parts = parts;
            return this;
        }

        /** A new evidence item of the components set. */
        public EvidenceItem build() {
            return new EvidenceItem(id, title, kind, date, location, characteristics, owner, count, parts);
        }
    }
}
