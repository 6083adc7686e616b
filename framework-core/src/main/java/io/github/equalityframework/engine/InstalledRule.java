package io.github.equalityframework.engine;

import io.github.equalityframework.spi.AssessmentCheck;
import io.github.equalityframework.spi.Rule;

/**
 * A rule or check and the plugin that contributed it.
 *
 * @param rule   the scoring rule or check
 * @param plugin the contributing plugin's id
 */
public record InstalledRule(Rule rule, String plugin) {

    /** Whether this is a self-assessment check rather than a scoring rule. */
    public boolean isCheck() {
        return rule instanceof AssessmentCheck;
    }
}
