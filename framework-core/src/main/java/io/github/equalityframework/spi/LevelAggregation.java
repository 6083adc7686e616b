package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.MaturityLevel;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Turns criterion levels into a module level, and module levels into the overall level. A plugin may
 * set one per framework; otherwise {@link #LOWEST} applies. Implementations must be stateless (or
 * immutable) and thread-safe, and must return a level of the framework's scale or
 * {@link MaturityLevel#NOT_ASSESSED}, never {@code null}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface LevelAggregation {

    /**
     * The default: a module is at the lowest level of its criteria in scope, and the overall level is
     * the lowest module level. A criterion that was not assessed therefore holds its module at
     * "not assessed": a level is reached only when every part of it is.
     */
    LevelAggregation LOWEST = new LevelAggregation() {
        @Override
        public MaturityLevel module(FrameworkModule module, List<MaturityLevel> criteria) {
            return lowest(criteria);
        }

        @Override
        public MaturityLevel overall(List<MaturityLevel> modules) {
            return lowest(modules);
        }

        private MaturityLevel lowest(List<MaturityLevel> levels) {
            return levels.stream().min(MaturityLevel::compareTo).orElse(MaturityLevel.NOT_ASSESSED);
        }
    };

    /** The module's level from the levels of its criteria in scope (framework order). */
    MaturityLevel module(FrameworkModule module, List<MaturityLevel> criteria);

    /** The overall level from the levels of the modules in scope (framework order). */
    MaturityLevel overall(List<MaturityLevel> modules);

    /**
     * The overall level from the levels of the modules in scope and of every criterion in scope, both in
     * framework order. The engine calls this method; by default it returns {@link #overall(List)} of the
     * modules. Override it when the overall rating is not a function of the module levels alone, as
     * when a framework sums criterion scores across modules (the NHS Equality Delivery System 2022).
     *
     * @param modules  the levels reached by the modules in scope
     * @param criteria the levels reached by the criteria in scope
     */
    default MaturityLevel overall(List<MaturityLevel> modules, List<MaturityLevel> criteria) {
        return overall(modules);
    }
}
