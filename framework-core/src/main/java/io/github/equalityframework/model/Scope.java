package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What an assessment or peer challenge looks at. An empty list means "all".
 *
 * @param characteristics ids of the characteristics in scope; empty means all known characteristics
 * @param modules         ids of the framework modules in scope; empty means all modules
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Scope(List<@NotBlank String> characteristics, List<@NotBlank String> modules) {

    /** Everything in scope. */
    public static final Scope ALL = new Scope(List.of(), List.of());

    public Scope {
        characteristics = Lists.copy(characteristics);
        modules = Lists.copy(modules);
    }

    /** Whether every characteristic is in scope. */
    public boolean allCharacteristics() {
        return characteristics.isEmpty();
    }

    /** Whether every module is in scope. */
    public boolean allModules() {
        return modules.isEmpty();
    }
}
