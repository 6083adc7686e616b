package io.github.equalityframework.nhseds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.spi.LevelAggregation;
import io.github.equalityframework.spi.PluginContext;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Setting the plugin up reads no data file of its own: the score card is read when an EDS assessment needs it. */
class NhsEdsStartUpTest {

    @Test
    void setupReadsNoScoreCardAndTheFirstAssessmentDoes() {
        List<LevelAggregation> aggregations = new ArrayList<>();
        PluginContext recorder = (PluginContext) Proxy.newProxyInstance(
                PluginContext.class.getClassLoader(), new Class<?>[] {PluginContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setAggregation")) {
                        aggregations.add((LevelAggregation) args[1]);
                    }
                    return null;
                });
        NhsEdsPlugin plugin = new NhsEdsPlugin();

        plugin.setup(recorder);

        assertEquals(1, aggregations.size());
        NhsEdsPlugin.WhenUsed card = (NhsEdsPlugin.WhenUsed) aggregations.get(0);
        assertFalse(card.cardRead(), "read at setup");
        EdsScoreCard read = card.card();
        assertTrue(card.cardRead());
        assertEquals(EdsScoreCard.eds2022(), read);
    }

    @Test
    void anEngineReadsTheScoreCardOnlyWhenItAssessesAnEdsAssessment() {
        try (AssessmentEngine engine =
                AssessmentEngine.builder().plugin(new NhsEdsPlugin()).build()) {
            NhsEdsPlugin.WhenUsed card =
                    (NhsEdsPlugin.WhenUsed) engine.plugins().aggregation(NhsEdsPlugin.FRAMEWORK_ID);
            assertFalse(card.cardRead(), "read when the plugins were set up");

            AssessmentReport report = engine.assess(EdsAssessments.scored(EdsAssessments.scoresSummingTo(22)));

            assertEquals("achieving", report.overall());
            assertTrue(card.cardRead());
        }
    }
}
