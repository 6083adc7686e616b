package io.github.equalityframework.lga;

import io.github.equalityframework.testkit.PluginConformance;
import org.junit.jupiter.api.Test;

class LgaPluginConformanceTest {

    @Test
    void conformsToTheSdk() {
        PluginConformance.of(LgaPlugin.class).assertConforms();
    }
}
