package io.github.equalityframework.nhseds;

import io.github.equalityframework.testkit.PluginConformance;
import org.junit.jupiter.api.Test;

class NhsEdsPluginConformanceTest {

    @Test
    void conformsToTheSdk() {
        PluginConformance.of(NhsEdsPlugin.class).assertConforms();
    }
}
