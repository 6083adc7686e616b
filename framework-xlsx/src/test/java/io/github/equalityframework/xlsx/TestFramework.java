package io.github.equalityframework.xlsx;

import io.github.equalityframework.model.Catalogue;
import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.EvidenceKind;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.LevelDescriptor;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.MaturityScale;
import io.github.equalityframework.model.Source;
import java.util.List;

/** A small framework for tests (as framework-core's own test fixture): two modules, three criteria. */
final class TestFramework {
    static final String ID = "test-framework";
    static final Characteristic CARERS = new Characteristic("carers", "Carers", "Unpaid carers");
    static final EvidenceKind PEER_LETTER = new EvidenceKind("peer-letter", "Peer letter", null);

    private TestFramework() {}

    static FrameworkDefinition definition() {
        return new FrameworkDefinition(
                ID,
                "2024",
                "Test equality framework",
                new Source("Test Publisher", "A framework for tests", 2024, null, "invented for tests"),
                new MaturityScale(List.of(
                        new MaturityLevel("developing", "Developing", 0, "Getting started"),
                        new MaturityLevel("achieving", "Achieving", 1, null),
                        new MaturityLevel("excellent", "Excellent", 2, null))),
                List.of(
                        new FrameworkModule(
                                "m1",
                                "Knowing your communities",
                                null,
                                List.of(
                                        criterion("m1/c1", "Collecting equality data"),
                                        criterion("m1/c2", "Using equality data"))),
                        new FrameworkModule("m2", "Workforce", null, List.of(criterion("m2/c1", "Workforce profile")))),
                List.of(CARERS),
                List.of(PEER_LETTER));
    }

    static Catalogue catalogue() {
        return Catalogue.of(List.of(definition()));
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
