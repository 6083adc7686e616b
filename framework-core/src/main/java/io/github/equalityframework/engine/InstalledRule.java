package io.github.equalityframework.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.spi.AssessmentCheck;
import io.github.equalityframework.spi.Rule;
import org.apiguardian.api.API;

/**
 * A rule or check and the plugin that contributed it.
 *
 * @param rule   the scoring rule or check
 * @param plugin the contributing plugin's id
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record InstalledRule(Rule rule, String plugin) {

    /** Whether this is a self-assessment check rather than a scoring rule. */
    public boolean isCheck() {
        return rule instanceof AssessmentCheck;
    }
}
