package io.github.equalityframework.nhseds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.engine.PluginRegistry;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.LevelDescriptor;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.Source;
import io.github.equalityframework.spi.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

class NhsEdsFrameworkTest {
    static final FrameworkDefinition EDS = Resources.read(Resources.FRAMEWORK, FrameworkDefinition.class);

    @Test
    void pluginIsFoundOnTheClassPathAndLoadsWithoutProblems() {
        try (PluginRegistry registry = PluginRegistry.discover()) {
            assertEquals(List.of(), registry.problems());
            assertEquals("nhs-eds", registry.plugins().get(0).id());
            assertTrue(registry.catalogue().framework(NhsEdsPlugin.FRAMEWORK_ID).isPresent());
            // made when first used; 2 + 2 + 1 + 2 = 7, a mean of 1.75: Developing, as EdsAggregation says
            var levels = EDS.scale().levels();
            var domain = EDS.modules().get(0);
            List<io.github.equalityframework.model.MaturityLevel> ratings =
                    List.of(levels.get(2), levels.get(2), levels.get(1), levels.get(2));
            assertEquals(
                    new EdsAggregation(EDS, EdsScoreCard.eds2022()).module(domain, ratings),
                    registry.aggregation(NhsEdsPlugin.FRAMEWORK_ID).module(domain, ratings));
            assertEquals(List.of("nhs-eds-default"), registry.profileIds());
            assertEquals(
                    List.of(
                            "nhs-eds.domain-above-outcome",
                            "nhs-eds.evidence-kinds",
                            "nhs-eds.evidence-sources",
                            "nhs-eds.outcome-not-rated",
                            "nhs-eds.score-card"),
                    registry.rules().stream().map(r -> r.rule().id()).toList());
        }
    }

    @Test
    void threeDomainsOfElevenOutcomesInPublishedOrder() {
        assertEquals(
                List.of("d1", "d2", "d3"),
                EDS.modules().stream().map(FrameworkModule::id).toList());
        assertEquals(
                List.of("Commissioned or provided services", "Workforce health and well-being", "Inclusive leadership"),
                EDS.modules().stream().map(FrameworkModule::title).toList());
        assertEquals(EdsAssessments.OUTCOMES, EDS.criteria().map(Criterion::id).toList());
    }

    @Test
    void scaleRunsFromUndevelopedZeroToExcellingThree() {
        assertEquals(
                List.of("undeveloped 0", "developing 1", "achieving 2", "excelling 3"),
                EDS.scale().levels().stream().map(l -> l.id() + " " + l.rank()).toList());
        assertEquals(
                List.of("Undeveloped", "Developing", "Achieving", "Excelling"),
                EDS.scale().levels().stream().map(MaturityLevel::label).toList());
    }

    @Test
    void everyOutcomeIsMarkedParaphrasedAndDescribesEveryRating() {
        EDS.criteria().forEach(c -> {
            assertTrue(c.paraphrased(), c.id());
            assertEquals(
                    EdsAssessments.LEVELS,
                    c.descriptors().stream().map(LevelDescriptor::level).toList(),
                    c.id());
            c.descriptors().forEach(d -> assertFalse(d.text().isBlank(), c.id() + " " + d.level()));
        });
    }

    @Test
    void achievingExpectsConsultationForEveryOutcome() {
        EDS.criteria()
                .forEach(c -> assertEquals(
                        List.of("consultation"),
                        c.descriptor("achieving").orElseThrow().expectedEvidence(),
                        c.id()));
    }

    @Test
    void sourceNamesNhsEnglandAndSaysWhatIsUnconfirmed() {
        Source source = EDS.source();
        assertEquals("NHS England", source.publisher());
        assertEquals(2022, source.year());
        assertTrue(source.note().contains("Unconfirmed"), source.note());
        Source card = EdsScoreCard.eds2022().source();
        assertTrue(card.note().contains("Unconfirmed"), card.note());
        assertNull(card.reference(), "no address is known for the score card");
        // What is known of its date, said as such; the report cites the card by publisher, title and year.
        assertTrue(card.note().contains("published on NHS England's website in August 2022"), card.note());
    }

    @Test
    void scoreCardFitsTheFramework() {
        EdsScoreCard card = EdsScoreCard.eds2022();

        assertEquals(List.of(), card.problems(EDS));
        assertEquals(33, card.maximum());
        assertEquals(
                List.of("undeveloped 0-7", "developing 8-21", "achieving 22-32", "excelling 33-33"),
                card.bands().stream()
                        .map(b -> b.level() + " " + b.from() + "-" + b.to())
                        .toList());
    }

    @Test
    void scoreCardWithAGapAnUnknownLevelOrTheWrongMaximumIsRefused() {
        EdsScoreCard broken = new EdsScoreCard(
                "nhs-eds-2022",
                EdsScoreCard.eds2022().source(),
                List.of(
                        new EdsScoreCard.Band("undeveloped", 0, 7),
                        new EdsScoreCard.Band("developing", 9, 21),
                        new EdsScoreCard.Band("outstanding", 22, 30)));

        assertEquals(
                List.of(
                        "bands[1]: starts at 9 but the previous band ends at 7",
                        "bands[2]: 'outstanding' is not a level of nhs-eds-2022",
                        "the last band ends at 30 but 11 outcomes score at most 33"),
                broken.problems(EDS));
        var e = assertThrows(IllegalArgumentException.class, () -> new EdsAggregation(EDS, broken));
        assertTrue(e.getMessage().startsWith("the EDS score card does not fit nhs-eds-2022: bands[1]"), e.getMessage());
    }

    @Test
    void rulesApplyToTheEdsOnly() {
        FrameworkDefinition lga = new FrameworkDefinition(
                "lga-eflg-2021", "2021", "EFLG", EDS.source(), EDS.scale(), EDS.modules(), List.of(), List.of());
        List<Rule> rules = List.of(
                new EvidenceKindsRule(),
                new EvidenceSourcesCheck(),
                new OutcomeNotRatedCheck(),
                new ScoreCardCheck(EdsScoreCard.eds2022()),
                new DomainAboveOutcomeCheck());
        rules.forEach(r -> {
            assertTrue(r.appliesTo(EDS), r.id());
            assertFalse(r.appliesTo(lga), r.id());
            assertFalse(r.documentation().description().isBlank(), r.id());
        });
    }
}
