package io.github.equalityframework.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.cli.Cli;
import io.github.equalityframework.cli.Cli.Run;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DiffFrameworksCommandTest {

    @Test
    void textListsEveryCriterionOf2014WithWhatBecameOfItIn2021() {
        Run run = Cli.eflg("diff-frameworks", "lga-eflg-2014", "lga-eflg-2021");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("3 same, 10 renamed, 8 merged, 5 split, 2 partial, 1 removed, 0 added.", lines.get(1));
        assertTrue(
                lines.contains("  renamed  m2/c7 Fostering good relations -> m1/c4 Fostering good community relations"),
                run.out());
        assertTrue(lines.contains("  removed  m4/c4 Human rights (no successor)"), run.out());
        assertEquals(
                29,
                lines.stream()
                        .filter(l -> l.matches("  (same|renamed|merged|split|partial|removed) .*"))
                        .count(),
                run.out());
    }

    @Test
    void markdownGivesATablePerModule() {
        Run run = Cli.eflg("diff-frameworks", "lga-eflg-2009", "lga-eflg-2021", "--format", "md");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("# Changes from lga-eflg-2009 to lga-eflg-2021\n\n"), run.out());
        assertTrue(
                run.out()
                        .contains(
                                "\n## Knowing your community and equality mapping\n\n| lga-eflg-2009 | Change | lga-eflg-2021 | Why |\n"
                                        + "|---|---|---|---|\n"),
                run.out());
        assertTrue(
                run.out()
                        .contains(
                                "| split | m1/c2 Analysing and using data and information<br>m2/c4 Performance monitoring and scrutiny |"),
                run.out());
        assertTrue(
                run.out()
                        .contains(
                                "\n## Added in lga-eflg-2021\n\nNone: every criterion of lga-eflg-2021 continues one of lga-eflg-2009.\n"),
                run.out());
    }

    @Test
    void jsonHasTheSummaryAndOneChangePerCriterion() {
        Run run = Cli.eflg("diff-frameworks", "lga-eflg-2014", "lga-eflg-2021", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode diff = JsonMapper.builder().build().readTree(run.out());
        assertEquals("lga-eflg-2014", diff.at("/from/id").asString());
        assertEquals(29, diff.at("/from/criteria").asInt());
        assertEquals(1, diff.at("/summary/removed").asInt());
        assertEquals(29, diff.get("changes").size());
        JsonNode split = diff.at("/changes/5");
        assertEquals("m2/c3", split.at("/criterion/id").asString());
        assertEquals("split", split.get("relation").asString());
        assertEquals("m3/c2", split.at("/targets/0/id").asString());
        assertEquals("m2/c2", split.at("/targets/1/id").asString());
    }

    @Test
    void editionsWithoutAMappingBetweenThemAreAUsageErrorThatListsTheMappings() {
        Run run = Cli.eflg("diff-frameworks", "lga-eflg-2021", "lga-eflg-2014");
        assertEquals(2, run.exitCode());
        assertTrue(
                run.err()
                        .startsWith("eflg: no edition mapping leads from lga-eflg-2021 to lga-eflg-2014; "
                                + "the mappings are lga-eflg-2014 -> lga-eflg-2021, lga-eflg-2009 -> lga-eflg-2021\n"),
                run.err());
    }

    @Test
    void anUnknownFrameworkIsAUsageErrorWithASuggestion() {
        Run run = Cli.eflg("diff-frameworks", "lga-eflg-2015", "lga-eflg-2021");
        assertEquals(2, run.exitCode());
        assertTrue(
                run.err()
                        .startsWith(
                                "eflg: 'lga-eflg-2015' is not an installed framework; did you mean 'lga-eflg-2014'?\n"),
                run.err());
    }
}
