package ${package};

import io.github.equalityframework.lga.LgaPlugin;
import io.github.equalityframework.testkit.PluginConformance;
import org.junit.jupiter.api.Test;

class ${pluginClass}Test {

    @Test
    void conformsToTheSdk() {
        // The LGA plugin brings the frameworks the rules run on and the profile ours builds on.
        PluginConformance.of(${pluginClass}.class).alongside(new LgaPlugin()).assertConforms();
    }
}
