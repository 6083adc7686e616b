package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * A framework edition as data: its scale, modules and criteria, and where its content comes from.
 *
 * @param id                   stable id of the edition, e.g. {@code lga-eflg-2021}
 * @param edition              the edition's name, e.g. {@code 2021}
 * @param title                the framework's title
 * @param source               the publication the content comes from
 * @param scale                the ordered maturity levels
 * @param modules              the modules in published order
 * @param localCharacteristics characteristics the framework adds to the protected ones, never {@code null}
 * @param evidenceKinds        evidence kinds the framework adds to the built-in ones, never {@code null}
 * @param defaultCharacteristics ids of the characteristics an assessment of this edition covers when its scope
 *                             lists none, in place of the nine protected characteristics (e.g. the six equality
 *                             strands of 2009); never {@code null}, empty for the nine
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FrameworkDefinition(
        @NotBlank
        @Pattern(
                regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "must be lower-case words joined by hyphens, e.g. lga-eflg-2021")
        String id,

        @NotBlank String edition,
        @NotBlank String title,
        @NotNull @Valid Source source,
        @NotNull @Valid MaturityScale scale,
        @NotEmpty List<@NotNull @Valid FrameworkModule> modules,
        List<@NotNull @Valid Characteristic> localCharacteristics,
        List<@NotNull @Valid EvidenceKind> evidenceKinds,
        List<@NotBlank String> defaultCharacteristics) {

    public FrameworkDefinition {
        modules = Lists.copy(modules);
        localCharacteristics = Lists.copy(localCharacteristics);
        evidenceKinds = Lists.copy(evidenceKinds);
        defaultCharacteristics = Lists.copy(defaultCharacteristics);
    }

    /** An edition whose assessments cover the nine protected characteristics when their scope lists none. */
    public FrameworkDefinition(
            String id,
            String edition,
            String title,
            Source source,
            MaturityScale scale,
            List<FrameworkModule> modules,
            List<Characteristic> localCharacteristics,
            List<EvidenceKind> evidenceKinds) {
        this(id, edition, title, source, scale, modules, localCharacteristics, evidenceKinds, List.of());
    }

    /**
     * The ids of the characteristics an assessment of this edition covers when its scope lists none, before
     * local ones: the edition's own list, or the nine protected characteristics.
     */
    public List<String> characteristicsByDefault() {
        return defaultCharacteristics.isEmpty()
                ? Characteristic.PROTECTED.stream().map(Characteristic::id).toList()
                : defaultCharacteristics;
    }

    /** Every criterion of every module, in published order. */
    public Stream<Criterion> criteria() {
        return modules.stream().flatMap(m -> m.criteria().stream());
    }

    /** The criterion with this id. */
    public Optional<Criterion> criterion(String criterionId) {
        return criteria().filter(c -> c.id().equals(criterionId)).findFirst();
    }

    /** The module that holds the criterion with this id. */
    public Optional<FrameworkModule> moduleOf(String criterionId) {
        return modules.stream()
                .filter(m -> m.criteria().stream().anyMatch(c -> c.id().equals(criterionId)))
                .findFirst();
    }

    /** The module with this id. */
    public Optional<FrameworkModule> module(String moduleId) {
        return modules.stream().filter(m -> m.id().equals(moduleId)).findFirst();
    }
}
