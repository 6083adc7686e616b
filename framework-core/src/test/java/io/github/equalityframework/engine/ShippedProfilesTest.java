package io.github.equalityframework.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.equalityframework.spi.EqualityFrameworkPlugin;
import io.github.equalityframework.spi.PluginContext;
import io.github.equalityframework.spi.PluginDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The profiles plugins ship are read when a command asks for one: a broken profile that nothing uses breaks nothing,
 * and is reported, with its plugin and location, where it is used or where every profile is listed.
 */
class ShippedProfilesTest {
    private static final String RESOURCES = "io/github/equalityframework/engine/";
    private static final String BROKEN = "plugin extra: " + RESOURCES
            + "other-broken.yaml:3:15: rules.extra.note: expected an object (RuleSetting) but found a list";

    @Test
    void aBrokenProfileThatIsNotUsedIsNotReadAndBreaksNothing() {
        try (AssessmentEngine engine = AssessmentEngine.builder()
                .plugin(new TestFramework.Plugin())
                .plugin(new Shipping("extra", "extra-default.yaml", "other-broken.yaml"))
                .profile("extra-default")
                .build()) {
            assertEquals(List.of(), problems(engine.plugins()));

            assertEquals(
                    List.of("extra-default", "test-strict"), engine.plugins().profileIds());
            assertEquals(List.of(BROKEN), problems(engine.plugins()), "listing the profiles reads every one");
        }
    }

    @Test
    void aBrokenProfileThatIsAskedForNamesItsPluginAndLocation() {
        var e = assertThrows(
                InvalidProfileException.class,
                () -> AssessmentEngine.builder()
                        .plugin(new TestFramework.Plugin())
                        .plugin(new Shipping("extra", "extra-default.yaml", "other-broken.yaml"))
                        .profile("other-strict")
                        .build());

        assertEquals(
                BROKEN + "\nunknown profile 'other-strict'; it may be shipped by a plugin that did not load: " + BROKEN
                        + " (or did you mean 'test-strict'?)",
                e.getMessage());
    }

    @Test
    void readingEverythingReportsEveryBrokenProfile() {
        try (PluginRegistry registry = PluginRegistry.builder()
                .add(new Shipping("extra", "other-broken.yaml", "extra-json.json"))
                .build()) {
            assertEquals(List.of(), problems(registry), "nothing is read at start-up");
            assertEquals(List.of(BROKEN), problems(registry.readAll()));
            assertEquals("extra", registry.profileOwner("extra-json"));
        }
    }

    @Test
    void aSecondPluginShippingTheProfileUsedIsReportedWhenItIsUsed() {
        try (AssessmentEngine engine = AssessmentEngine.builder()
                .plugin(new Shipping("extra", "extra-default.yaml"))
                .plugin(new Shipping("extra-copy", "extra-default.yaml"))
                .profile("extra-default")
                .build()) {
            assertEquals(
                    List.of("plugin extra-copy: profile extra-default is already provided by plugin extra; this one is"
                            + " ignored"),
                    problems(engine.plugins()));
            assertEquals("extra", engine.plugins().profileOwner("extra-default"));
        }
    }

    @Test
    void aProfileWhoseIdIsNotPlainToSeeIsStillFoundByIt() {
        try (AssessmentEngine engine = AssessmentEngine.builder()
                .plugin(new Shipping("extra", "extra-json.json", "extra-default.yaml"))
                .profile("extra-json")
                .build()) {
            assertEquals("extra", engine.plugins().profileOwner("extra-json"));
            assertEquals(List.of(), problems(engine.plugins()));
        }
    }

    @Test
    void anUnknownProfileIdReadsEveryProfileToSuggestOne() {
        var e = assertThrows(
                InvalidProfileException.class,
                () -> AssessmentEngine.builder()
                        .plugin(new Shipping("extra", "extra-default.yaml", "extra-json.json"))
                        .profile("extra-jsn")
                        .build());

        assertEquals("unknown profile 'extra-jsn'; did you mean 'extra-json'?", e.getMessage());
    }

    @Test
    void theIdIsTakenFromAPlainTopLevelLineOnly() {
        assertEquals("lga-default", hint("id: lga-default\nplugins: [lga]\n"));
        assertEquals("lga-default", hint("# the default\n---\nid: 'lga-default'  # kept\n"));
        assertEquals("a.b_c-1", hint("description: x\nid: \"a.b_c-1\"\r\nrules: {}\r\n"));
        assertEquals("council", hint("\uFEFFid: council\nrules:\n  x:\n    id: other\n"));
        assertNull(hint("{\"id\": \"extra-json\"}"), "JSON");
        assertNull(hint("id: one\nid: two\n"), "two ids");
        assertNull(hint("id: &a council\n"), "an anchor");
        assertNull(hint("id: !!str council\n"), "a tag");
        assertNull(hint("id: council\n---\nid: other\n"), "two documents");
        assertNull(hint("description: no id\n"), "none");
        assertNull(hint("? id\n: council\n"), "a complex key");
    }

    private static String hint(String text) {
        return ShippedProfiles.idHint(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(PluginRegistry registry) {
        return registry.problems().stream().map(PluginProblem::toString).toList();
    }

    /** A plugin that ships only profiles. */
    private record Shipping(String id, String... profiles) implements EqualityFrameworkPlugin {
        @Override
        public PluginDescriptor descriptor() {
            return new PluginDescriptor(id, "Profiles only", "1.0", "[0.1,1.0)");
        }

        @Override
        public void setup(PluginContext context) {
            for (String profile : profiles) {
                context.addProfileResource(RESOURCES + profile);
            }
        }
    }
}
