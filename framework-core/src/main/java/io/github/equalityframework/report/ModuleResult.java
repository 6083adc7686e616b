package io.github.equalityframework.report;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The levels of one module, each aggregated from its criteria in scope. Level values are ids on the
 * framework's scale, or {@code not-assessed}.
 *
 * @param module    the module id
 * @param title     the module's title
 * @param claimed   aggregated from the claimed levels
 * @param evidenced aggregated from the evidenced levels, or {@code null} when no scoring rule applies
 * @param validated aggregated from the validated levels, or {@code null} when no criterion of it was validated
 * @param reached   aggregated from the reached levels
 */
@API(status = STABLE, since = "0.1")
public record ModuleResult(
        String module, String title, String claimed, String evidenced, String validated, String reached) {}
