package io.github.equalityframework.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.EvidenceKind;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.MaturityScale;
import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.PluginContext;
import io.github.equalityframework.spi.PluginDescriptor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading plugins: what each contributes, and how a plugin that misbehaves is reported and left out. */
class PluginRegistryTest {
    private static final String RESOURCES = "io/github/equalityframework/engine/";
    private static final Characteristic VETERANS = new Characteristic("veterans", "Armed forces community", null);
    private static final EvidenceKind COUNCIL_MINUTE = new EvidenceKind("council-minute", "Council minute", null);

    /** A plugin with this id whose setup does what the consumer does. */
    private static EqualityFrameworkPlugin plugin(String id, Consumer<PluginContext> setup) {
        return new EqualityFrameworkPlugin() {
            @Override
            public PluginDescriptor descriptor() {
                return new PluginDescriptor(id, "Plugin " + id, "1.0", "[0.1,1.0)");
            }

            @Override
            public void setup(PluginContext context) {
                setup.accept(context);
            }
        };
    }

    private static List<String> ids(PluginRegistry registry) {
        return registry.plugins().stream().map(PluginDescriptor::id).toList();
    }

    private static List<String> frameworks(PluginRegistry registry) {
        return registry.catalogue().frameworks().stream()
                .map(FrameworkDefinition::id)
                .toList();
    }

    private static List<String> problems(PluginRegistry registry) {
        return registry.problems().stream().map(PluginProblem::toString).toList();
    }

    private static FrameworkDefinition definition() {
        return io.github.equalityframework.fixtures.TestFramework.definition();
    }

    @Test
    void pluginsContributeFrameworksCharacteristicsAndEvidenceKinds() {
        PluginRegistry registry = PluginRegistry.builder()
                .add(plugin("zeta", c -> c.addFramework(definition())))
                .add(plugin("alpha", c -> {
                    c.addCharacteristic(VETERANS);
                    c.addEvidenceKind(COUNCIL_MINUTE);
                    c.addFrameworkResource(RESOURCES + "resource-framework.yaml");
                }))
                .build();

        assertEquals(List.of(), problems(registry));
        assertEquals(List.of("alpha", "zeta"), ids(registry), "sorted by id");
        assertEquals(List.of("resource-framework", "test-framework"), frameworks(registry), "sorted by id");
        assertEquals(
                Characteristic.PROTECTED, registry.catalogue().characteristics().subList(0, 9));
        assertEquals(VETERANS, registry.catalogue().characteristics().get(9));
        assertTrue(registry.catalogue().evidenceKinds().contains(COUNCIL_MINUTE));
    }

    @Test
    void pluginWhoseSetupThrowsIsReportedByIdAndKeepsNothingWhileOthersStillLoad() {
        PluginRegistry registry = PluginRegistry.builder()
                .add(plugin("broken", c -> {
                    c.addCharacteristic(VETERANS);
                    c.addFrameworkResource(RESOURCES + "resource-framework.yaml");
                    throw new IllegalStateException("database unavailable");
                }))
                .add(plugin("good", c -> c.addFramework(definition())))
                .build();

        assertEquals(List.of("good"), ids(registry));
        assertEquals(List.of("test-framework"), frameworks(registry));
        assertTrue(registry.catalogue().characteristics().stream().noneMatch(VETERANS::equals));
        assertEquals(1, registry.problems().size(), problems(registry).toString());
        PluginProblem problem = registry.problems().get(0);
        assertEquals("broken", problem.plugin());
        assertTrue(
                problem.message().contains("failed while setting up")
                        && problem.message().contains("IllegalStateException: database unavailable"),
                problem.message());
    }

    @Test
    void pluginWhoseSetupNeverReturnsIsLeftOutAfterItsBudgetWhileOthersStillLoad() {
        CountDownLatch never = new CountDownLatch(1);
        PluginRegistry registry = PluginRegistry.builder()
                .setupTimeBudget(Duration.ofMillis(250))
                .add(plugin("stuck", c -> {
                    c.addFramework(definition());
                    // waits for what never comes, as a setup that calls a server that does not answer
                    while (true) {
                        try {
                            never.await();
                        } catch (InterruptedException e) {
                            // ignores being told to stop, as the worst plugins do
                        }
                    }
                }))
                .add(plugin("good", c -> c.addCharacteristic(VETERANS)))
                .build();

        assertEquals(
                List.of("plugin stuck: setup did not finish within 1.5 s (waiting, not working); not loaded"),
                problems(registry));
        assertEquals(List.of("good"), ids(registry));
        assertEquals(List.of(), frameworks(registry), "nothing of the stuck plugin is kept");
        assertTrue(registry.catalogue().characteristics().contains(VETERANS));
    }

    @Test
    void pluginWhoseSetupWorksPastItsBudgetOfProcessorTimeIsLeftOut() {
        AtomicBoolean testOver = new AtomicBoolean();
        try {
            PluginRegistry registry = PluginRegistry.builder()
                    .setupTimeBudget(Duration.ofMillis(250))
                    .add(plugin("spinning", c -> {
                        c.addFramework(definition());
                        // works on and ignores being told to stop (until this test is over, to free the core)
                        while (!testOver.get()) {
                            Thread.onSpinWait();
                        }
                    }))
                    .add(plugin("good", c -> c.addCharacteristic(VETERANS)))
                    .build();

            // On a machine so busy that the setup gets less than a sixth of a core, the wall-clock cap comes first.
            List<String> problems = problems(registry);
            assertTrue(
                    problems.equals(List.of(
                                    "plugin spinning: setup used more than 0.25 s of processor time; not loaded"))
                            || (problems.size() == 1
                                    && problems.get(0)
                                            .matches("plugin spinning: setup did not finish within 1\\.5 s \\(0\\.\\d+"
                                                    + " s of it working; the machine may be busy\\); not loaded")),
                    problems.toString());
            assertEquals(List.of("good"), ids(registry));
            assertEquals(List.of(), frameworks(registry), "nothing of the spinning plugin is kept");
        } finally {
            testOver.set(true);
        }
    }

    @Test
    void aSetupThatWorkedForAGoodPartOfItsBudgetAndThenStopsIsNotSaidToBeWaiting() {
        AtomicBoolean testOver = new AtomicBoolean();
        try {
            PluginRegistry registry = PluginRegistry.builder()
                    .setupTimeBudget(Duration.ofMillis(250))
                    .add(plugin("halting", c -> {
                        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                        while (threads.getCurrentThreadCpuTime() < 150_000_000L) {
                            Thread.onSpinWait(); // works 0.15 s, then waits until the test is over
                        }
                        while (!testOver.get()) {
                            LockSupport.parkNanos(10_000_000L);
                        }
                    }))
                    .build();

            List<String> problems = problems(registry);
            assertTrue(
                    problems.size() == 1
                            && problems.get(0)
                                    .matches("plugin halting: setup did not finish within 1\\.5 s \\(0\\.1\\d* s of it"
                                            + " working; the machine may be busy\\); not loaded"),
                    problems.toString());
        } finally {
            testOver.set(true);
        }
    }

    /** As on a machine whose cores are busy: past its budget in wall-clock time, within it in processor time. */
    @Test
    void pluginWhoseSetupTakesLongerThanItsBudgetWithoutWorkingThatLongStillLoads() {
        PluginRegistry registry = PluginRegistry.builder()
                .setupTimeBudget(Duration.ofMillis(250))
                .add(plugin("slow", c -> {
                    try {
                        Thread.sleep(600);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException("interrupted", e);
                    }
                    c.addCharacteristic(VETERANS);
                }))
                .build();

        assertEquals(List.of(), problems(registry));
        assertEquals(List.of("slow"), ids(registry));
        assertTrue(registry.catalogue().characteristics().contains(VETERANS));
    }

    @Test
    void setupHasATenSecondBudgetByDefaultAndNoneWhenItIsZero() {
        assertEquals(Duration.ofSeconds(10), PluginRegistry.DEFAULT_SETUP_BUDGET);
        Thread[] ranOn = new Thread[1];

        PluginRegistry registry = PluginRegistry.builder()
                .setupTimeBudget(Duration.ZERO)
                .add(plugin("inline", c -> ranOn[0] = Thread.currentThread()))
                .build();

        assertEquals(List.of("inline"), ids(registry));
        assertEquals(Thread.currentThread(), ranOn[0]);
    }

    @Test
    void aFileNamedJarThatIsNoJarIsReportedByNameWithTheReason(@TempDir Path plugins) throws IOException {
        Path text = Files.writeString(plugins.resolve("council-rules.jar"), "these are not the rules you want\n");
        Path empty = Files.createFile(plugins.resolve("empty.jar"));

        PluginRegistry registry = PluginRegistry.builder()
                .add(plugin("good", c -> c.addFramework(definition())))
                .pluginPath(plugins)
                .build();

        assertEquals(
                List.of(
                        "plugin " + text
                                + ": cannot be read as a jar (zip END header not found); nothing in it is loaded",
                        "plugin " + empty + ": cannot be read as a jar (zip file is empty); nothing in it is loaded"),
                problems(registry));
        assertEquals(List.of("good"), ids(registry));
        registry.close();
    }

    @Test
    void pluginThatCannotDescribeItselfIsNamedByItsClass() {
        EqualityFrameworkPlugin nameless = new EqualityFrameworkPlugin() {
            @Override
            public PluginDescriptor descriptor() {
                return null;
            }

            @Override
            public void setup(PluginContext context) {
                context.addFramework(definition());
            }
        };

        PluginRegistry registry = PluginRegistry.builder()
                .add(nameless)
                .add(plugin("good", c -> {}))
                .build();

        assertEquals(List.of("good"), ids(registry));
        assertEquals(List.of(), frameworks(registry));
        assertEquals(
                List.of("plugin " + nameless.getClass().getName() + ": has no descriptor (descriptor() returned null)"),
                problems(registry));
    }

    @Test
    void secondPluginWithTheSameIdIsReportedAndNotLoaded() {
        EqualityFrameworkPlugin first = plugin("council", c -> c.addCharacteristic(VETERANS));
        EqualityFrameworkPlugin second = plugin("council", c -> c.addFramework(definition()));

        PluginRegistry registry =
                PluginRegistry.builder().add(first).add(second).build();

        assertEquals(List.of("council"), ids(registry));
        assertEquals(List.of(), frameworks(registry), "nothing of the second is loaded");
        assertEquals(
                List.of("plugin council: two plugins have this id ("
                        + first.getClass().getName() + " and "
                        + second.getClass().getName() + "); only the first is loaded"),
                problems(registry));
    }

    @Test
    void missingFrameworkResourceIsAProblemOfThePlugin() {
        PluginRegistry registry = PluginRegistry.builder()
                .add(plugin("council", c -> c.addFrameworkResource(RESOURCES + "no-such-framework.yaml")))
                .build();

        assertEquals(List.of("council"), ids(registry));
        assertEquals(List.of(), frameworks(registry));
        assertEquals(
                List.of("plugin council: resource " + RESOURCES + "no-such-framework.yaml not found"),
                problems(registry));
    }

    @Test
    void unreadableFrameworkResourceIsReportedWithFileLineAndColumnAndNotInstalled() {
        PluginRegistry registry = PluginRegistry.builder()
                .add(plugin("council", c -> c.addFrameworkResource(RESOURCES + "unreadable-framework.yaml")))
                .build();

        assertEquals(List.of(), frameworks(registry));
        assertEquals(
                List.of("plugin council: " + RESOURCES + "unreadable-framework.yaml:3:1: titel: unknown field 'titel';"
                        + " did you mean 'title'?"),
                problems(registry));
    }

    @Test
    void invalidFrameworkResourceIsReportedWithFileLineAndColumnAndNotInstalled() {
        PluginRegistry registry = PluginRegistry.builder()
                .add(plugin("council", c -> c.addFrameworkResource(RESOURCES + "incomplete-framework.yaml")))
                .build();

        assertEquals(List.of(), frameworks(registry));
        assertEquals(
                List.of("plugin council: framework incomplete-framework is invalid: " + RESOURCES
                        + "incomplete-framework.yaml:17:9: modules[0].criteria[0].descriptors: criterion 'm1/c1' has no"
                        + " descriptor for level 'achieving'"),
                problems(registry));
    }

    @Test
    void frameworkResourceMayNotUseAnEvidenceKindNoPluginAdds() {
        PluginRegistry registry = PluginRegistry.builder()
                .add(plugin("council", c -> c.addFrameworkResource(RESOURCES + "resource-framework.yaml")))
                .build();

        assertEquals(List.of(), frameworks(registry));
        assertEquals(1, registry.problems().size(), problems(registry).toString());
        assertTrue(
                problems(registry)
                        .get(0)
                        .startsWith("plugin council: framework resource-framework is invalid: "
                                + RESOURCES
                                + "resource-framework.yaml:20:32: modules[0].criteria[0].descriptors[0].expectedEvidence[0]:"
                                + " 'council-minute' is not a known evidence kind"),
                problems(registry).get(0));
    }

    @Test
    void anEvidenceKindAddedByAnotherPluginCountsToo() {
        PluginRegistry registry = PluginRegistry.builder()
                .add(plugin("kinds", c -> c.addEvidenceKind(COUNCIL_MINUTE)))
                .add(plugin("council", c -> c.addFrameworkResource(RESOURCES + "resource-framework.yaml")))
                .build();

        assertEquals(List.of(), problems(registry));
        assertEquals(List.of("resource-framework"), frameworks(registry));
    }

    @Test
    void invalidFrameworkBuiltInCodeIsReportedWithItsPath() {
        FrameworkDefinition f = definition();
        FrameworkDefinition broken = new FrameworkDefinition(
                f.id(),
                f.edition(),
                f.title(),
                f.source(),
                new MaturityScale(List.of(
                        new MaturityLevel("developing", "Developing", 0, null),
                        new MaturityLevel("developing", "Developing again", 1, null))),
                f.modules(),
                f.localCharacteristics(),
                f.evidenceKinds());

        PluginRegistry registry = PluginRegistry.builder()
                .add(plugin("council", c -> c.addFramework(broken)))
                .build();

        assertEquals(List.of(), frameworks(registry));
        assertTrue(
                problems(registry)
                        .contains(
                                "plugin council: framework test-framework is invalid: scale.levels[1].id: duplicate level id 'developing'"),
                problems(registry).toString());
    }

    @Test
    void frameworkOfferedByTwoPluginsIsKeptFromTheFirst() {
        PluginRegistry registry = PluginRegistry.builder()
                .add(plugin("first", c -> c.addFramework(definition())))
                .add(plugin("second", c -> c.addFramework(definition())))
                .build();

        assertEquals(List.of("first", "second"), ids(registry));
        assertEquals(List.of("test-framework"), frameworks(registry));
        assertEquals(
                List.of("plugin second: framework test-framework is already provided by plugin first;"
                        + " this one is ignored"),
                problems(registry));
    }

    @Test
    void pluginThatNeedsAnotherSdkIsNotLoaded() {
        EqualityFrameworkPlugin future = new EqualityFrameworkPlugin() {
            @Override
            public PluginDescriptor descriptor() {
                return new PluginDescriptor("future", "From the future", "9.0", "[9.0,10.0)");
            }

            @Override
            public void setup(PluginContext context) {
                context.addFramework(definition());
            }
        };

        PluginRegistry registry = PluginRegistry.builder()
                .add(future)
                .add(plugin("good", c -> {}))
                .build();

        assertEquals(List.of("good"), ids(registry));
        assertEquals(List.of(), frameworks(registry));
        assertEquals(1, registry.problems().size());
        assertEquals("future", registry.problems().get(0).plugin());
        assertTrue(
                registry.problems().get(0).message().contains("needs SDK [9.0,10.0)"),
                registry.problems().get(0).message());
    }
}
