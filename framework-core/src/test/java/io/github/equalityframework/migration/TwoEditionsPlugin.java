package io.github.equalityframework.migration;

import io.github.equalityframework.fixtures.TestFramework;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.LevelDescriptor;
import io.github.equalityframework.model.MaturityScale;
import io.github.equalityframework.model.Source;
import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.PluginContext;
import io.github.equalityframework.spi.PluginDescriptor;
import java.util.List;

/**
 * A plugin for a small framework that is not the LGA's, in two editions: {@value #OLD} (five criteria) and the
 * core tests' {@code test-framework} (three), with the edition mappings it is given as resources.
 */
final class TwoEditionsPlugin implements EqualityFrameworkPlugin {
    static final String OLD = "test-framework-2020";
    static final String NEW = TestFramework.ID;
    static final String RESOURCES = "io/github/equalityframework/migration/";
    static final String MAPPING = RESOURCES + "test-mapping-2020.yaml";

    private final String id;
    private final List<String> mappings;

    TwoEditionsPlugin(String id, String... mappings) {
        this.id = id;
        this.mappings = List.of(mappings);
    }

    /** The plugin with the sound mapping from {@value #OLD} to {@code test-framework}. */
    static TwoEditionsPlugin withSoundMapping() {
        return new TwoEditionsPlugin("two-editions", MAPPING);
    }

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(id, "Test framework in two editions", "1.0", "[0.1,1.0)");
    }

    @Override
    public void setup(PluginContext context) {
        if (id.equals("two-editions")) {
            context.addFramework(older());
            context.addFramework(TestFramework.definition());
        }
        mappings.forEach(context::addEditionMappingResource);
    }

    static FrameworkDefinition older() {
        return new FrameworkDefinition(
                OLD,
                "2020",
                "Test equality framework",
                new Source("Test Publisher", "An older framework for tests", 2020, null, "invented for tests"),
                new MaturityScale(List.of(TestFramework.DEVELOPING, TestFramework.ACHIEVING, TestFramework.EXCELLENT)),
                List.of(
                        new FrameworkModule(
                                "m1",
                                "Knowing your communities",
                                null,
                                List.of(
                                        criterion("m1/c1", "Collecting data"),
                                        criterion("m1/c2", "Sharing data"),
                                        criterion("m1/c3", "Consulting residents"))),
                        new FrameworkModule(
                                "m2",
                                "Workforce",
                                null,
                                List.of(
                                        criterion("m2/c1", "Workforce profile"),
                                        criterion("m2/c2", "Staff networks")))),
                List.of(TestFramework.CARERS),
                List.of(TestFramework.PEER_LETTER));
    }

    private static Criterion criterion(String id, String title) {
        return new Criterion(
                id,
                title,
                null,
                true,
                List.of("community-facing"),
                List.of(
                        new LevelDescriptor("developing", title + " has started", List.of("policy")),
                        new LevelDescriptor("achieving", title + " is routine", List.of("equality-data")),
                        new LevelDescriptor("excellent", title + " drives decisions", List.of("outcome-measure"))),
                List.of("How do you know?"));
    }
}
