package io.github.equalityframework.workforce;

import io.github.equalityframework.lga.LgaPlugin;
import io.github.equalityframework.testkit.PluginConformance;
import org.junit.jupiter.api.Test;

class WorkforcePluginConformanceTest {

    @Test
    void conformsToTheSdkAlongsideTheLgaFrameworksItChecks() {
        PluginConformance.of(WorkforcePlugin.class).alongside(new LgaPlugin()).assertConforms();
    }
}
