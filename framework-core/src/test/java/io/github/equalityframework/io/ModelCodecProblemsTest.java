package io.github.equalityframework.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.fixtures.Documents;
import io.github.equalityframework.fixtures.Positions;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.ModuleFeedback;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The problems users see when a document does not fit the model, with path, line and column. */
class ModelCodecProblemsTest {
    private final ModelCodec strict = ModelCodec.strict();
    private final ModelCodec lenient = ModelCodec.builder().lenient(true).build();

    private ReadResult<SelfAssessment> yaml(ModelCodec codec, String text) {
        return codec.read(text, "sa.yaml", Format.YAML, SelfAssessment.class);
    }

    private ReadResult<SelfAssessment> json(ModelCodec codec, String text) {
        return codec.read(text, "sa.json", Format.JSON, SelfAssessment.class);
    }

    private static List<String> formatted(ReadResult<?> result) {
        return result.problems().stream().map(ValidationProblem::format).toList();
    }

    @Test
    void unknownYamlFieldIsAnErrorThatSuggestsTheFieldMeantAndIsPlacedAtTheField() {
        String text = Documents.SMALL_YAML.replace("    title: Ward profiles", "    titel: Ward profiles");

        ReadResult<SelfAssessment> read = yaml(strict, text);

        assertEquals(
                List.of("sa.yaml:19:5: evidence[1].titel: unknown field 'titel'; did you mean 'title'?"),
                formatted(read));
        assertEquals("19:5", Positions.of(text, "titel:"));
    }

    @Test
    void unknownJsonFieldIsAnErrorThatSuggestsTheFieldMeantAndIsPlacedAtTheField() {
        String text = Documents.SMALL_JSON.replace("\"framework\":", "\"framwork\":");

        ReadResult<SelfAssessment> read = json(strict, text);

        assertEquals(
                List.of("sa.json:6:3: framwork: unknown field 'framwork'; did you mean 'framework'?"), formatted(read));
        assertEquals("6:3", Positions.of(text, "\"framwork\""));
    }

    @Test
    void unknownFieldWithNothingCloseListsTheFieldsThatAreAllowed() {
        ReadResult<SelfAssessment> read =
                yaml(strict, Documents.SMALL_YAML.replace("  gssCode: E07000123", "  colour: blue"));

        assertEquals(
                List.of("sa.yaml:3:3: organisation.colour: unknown field 'colour'; expected one of: gssCode, name"),
                formatted(read));
    }

    @Test
    void unknownFieldHoldingAnObjectIsOneProblemAndItsContentIsSkipped() {
        String text = Documents.SMALL_YAML + "extras:\n  notes:\n    - one\n    - two\n  more: {a: 1}\n";

        ReadResult<SelfAssessment> read = yaml(strict, text);

        assertEquals(1, read.problems().size(), formatted(read).toString());
        assertEquals(
                "sa.yaml:" + Positions.of(text, "extras:")
                        + ": extras: unknown field 'extras'; expected one of: actionPlan,"
                        + " claims, evidence, framework, localCharacteristics, organisation, peerReview, period, scope",
                formatted(read).get(0));
        assertTrue(read.value().isPresent(), "the rest of the document is still read");
    }

    @Test
    void unknownFieldsAnywhereAreNamedByTheirOwnPathWhateverTheirValue() {
        String text = """
                organisation:
                  name: Anytown
                  extra: {x: 1}
                  more: [1, 2]
                  colour: blue
                  gssCode: E07000123
                framework: test-framework
                claims:
                  - criterion: m1/c1
                    level: achieving
                  - criterion: m1/c2
                    lvl: [a]
                    lv: {a: 1}
                    l: x
                    level: developing
                extras:
                  notes: [1]
                """;

        ReadResult<SelfAssessment> read = yaml(strict, text);

        assertEquals(
                List.of(
                        "sa.yaml:3:3: organisation.extra: unknown field 'extra'; expected one of: gssCode, name",
                        "sa.yaml:4:3: organisation.more: unknown field 'more'; expected one of: gssCode, name",
                        "sa.yaml:5:3: organisation.colour: unknown field 'colour'; expected one of: gssCode, name",
                        "sa.yaml:12:5: claims[1].lvl: unknown field 'lvl'; expected one of: criterion, evidence, level, narrative",
                        "sa.yaml:13:5: claims[1].lv: unknown field 'lv'; expected one of: criterion, evidence, level, narrative",
                        "sa.yaml:14:5: claims[1].l: unknown field 'l'; expected one of: criterion, evidence, level, narrative",
                        "sa.yaml:16:1: extras: unknown field 'extras'; expected one of: actionPlan, claims, evidence, framework,"
                                + " localCharacteristics, organisation, peerReview, period, scope"),
                formatted(read));
    }

    @Test
    void unknownJsonFieldsAnywhereAreNamedByTheirOwnPathWhateverTheirValue() {
        String text = """
                {"organisation": {"name": "A", "extra": {"x": 1}, "more": [1], "colour": "t"},
                 "claims": [{"criterion": "a"}, {"criterion": "b", "lvl": ["a"], "lv": {"a": 1}, "l": "x"}],
                 "extras": {"n": [1]}}
                """;

        List<String> problems = formatted(json(strict, text));

        assertEquals(
                List.of(
                        "sa.json:" + Positions.of(text, "\"extra\"")
                                + ": organisation.extra: unknown field 'extra'; expected one of: gssCode, name",
                        "sa.json:" + Positions.of(text, "\"more\"")
                                + ": organisation.more: unknown field 'more'; expected one of: gssCode, name",
                        "sa.json:" + Positions.of(text, "\"colour\"")
                                + ": organisation.colour: unknown field 'colour'; expected one of: gssCode, name",
                        "sa.json:" + Positions.of(text, "\"lvl\"")
                                + ": claims[1].lvl: unknown field 'lvl'; expected one of: criterion, evidence, level, narrative",
                        "sa.json:" + Positions.of(text, "\"lv\"")
                                + ": claims[1].lv: unknown field 'lv'; expected one of: criterion, evidence, level, narrative",
                        "sa.json:" + Positions.of(text, "\"l\"")
                                + ": claims[1].l: unknown field 'l'; expected one of: criterion, evidence, level, narrative",
                        "sa.json:" + Positions.of(text, "\"extras\"")
                                + ": extras: unknown field 'extras'; expected one of: actionPlan, claims, evidence,"
                                + " framework, localCharacteristics, organisation, peerReview, period, scope"),
                problems);
    }

    @Test
    void unknownFieldsBeforeBetweenAndAfterEveryKnownFieldOfARecordAreNamedByTheirOwnPath() {
        // Jackson reports these at different moments: buffered until the record is complete, or at once.
        String text = """
                module: m1
                recommendations:
                  - before: 1
                    id: R1
                    text: Publish ward profiles
                  - id: R2
                    between: {a: 1}
                    text: Involve residents
                    after: [1]
                """;

        ReadResult<ModuleFeedback> read = strict.read(text, "fb.yaml", Format.YAML, ModuleFeedback.class);

        assertEquals(
                List.of(
                        "fb.yaml:3:5: recommendations[0].before: unknown field 'before'; expected one of: id, text",
                        "fb.yaml:7:5: recommendations[1].between: unknown field 'between'; expected one of: id, text",
                        "fb.yaml:9:5: recommendations[1].after: unknown field 'after'; expected one of: id, text"),
                formatted(read));
    }

    @Test
    void lenientCodecSkipsUnknownFieldsSilently() {
        String text = Documents.SMALL_YAML.replace(
                        "    title: Ward profiles", "    title: Ward profiles\n    reviewer: J. Smith")
                + "futureSection:\n  enabled: true\n";

        ReadResult<SelfAssessment> read = yaml(lenient, text);
        ReadResult<SelfAssessment> clean = yaml(strict, Documents.SMALL_YAML);

        assertEquals(List.of(), formatted(read));
        assertEquals(clean.value(), read.value());
    }

    @Test
    void lenientCodecStillReportsOtherProblems() {
        ReadResult<SelfAssessment> read = yaml(
                lenient, Documents.SMALL_YAML.replace("date: 2023-05-01", "date: 2023-02-30") + "futureSection: 1\n");

        assertEquals(
                List.of("sa.yaml:17:11: evidence[0].date: '2023-02-30' is not a valid date;"
                        + " expected a real calendar date as YYYY-MM-DD, e.g. 2024-03-31"),
                formatted(read));
    }

    @Test
    void textWhereAListIsExpectedNamesBothAndTheField() {
        String text = Documents.SMALL_YAML.replace("evidence: [ev-1, ev-2]", "evidence: ev-1");

        assertEquals(
                List.of("sa.yaml:" + Positions.of(text, "ev-1\n")
                        + ": claims[0].evidence: expected a list but found a text value"),
                formatted(yaml(strict, text)));
    }

    @Test
    void objectWhereTextIsExpectedNamesBothAndTheField() {
        String text = Documents.SMALL_JSON.replace(
                "\"framework\": \"test-framework\"", "\"framework\": {\"id\": \"test-framework\"}");

        assertEquals(
                List.of("sa.json:" + Positions.of(text, "{\"id\"")
                        + ": framework: expected a text value but found an object"),
                formatted(json(strict, text)));
    }

    @Test
    void listWhereAnObjectIsExpectedNamesBothAndTheField() {
        String text = Documents.SMALL_YAML.replace("""
                period:
                  from: 2023-04-01
                  to: 2024-03-31
                """, "period: [2023-04-01, 2024-03-31]\n");

        assertEquals(
                List.of("sa.yaml:" + Positions.of(text, "[2023")
                        + ": period: expected an object (AssessmentPeriod) but found a list"),
                formatted(yaml(strict, text)));
    }

    @Test
    void statusesOfEarlierVersionsAreRefusedWithWhatReplacesThem() {
        String text = Documents.SMALL_YAML + """
                actionPlan:
                  entries:
                    - recommendation: R1
                      response: accepted
                      actions:
                        - id: A1
                          description: Publish ward profiles
                          lead: Head of Policy
                          due: 2024-09-30
                          status: in_progress
                        - id: A2
                          description: Train managers
                          lead: Head of HR
                          due: 2024-09-30
                          status: Deferred
                """;

        assertEquals(
                List.of(
                        "sa.yaml:" + Positions.of(text, "in_progress")
                                + ": actionPlan.entries[0].actions[0].status: 'in_progress' is no longer"
                                + " an action status; use on_track or at_risk (statuses: not_started, on_track, at_risk, overdue, complete)",
                        "sa.yaml:" + Positions.of(text, "Deferred")
                                + ": actionPlan.entries[0].actions[1].status: 'Deferred' is no longer"
                                + " an action status; use at_risk with a progress note saying why, and agree a new due date (statuses:"
                                + " not_started, on_track, at_risk, overdue, complete)"),
                formatted(yaml(strict, text)));
    }

    @Test
    void unknownEnumValueListsTheAllowedLowerCaseValues() {
        String text = Documents.SMALL_YAML + """
                actionPlan:
                  entries:
                    - recommendation: R1
                      response: accepted
                      actions:
                        - id: A1
                          description: Publish ward profiles
                          lead: Head of Policy
                          due: 2024-09-30
                          status: started
                """;

        assertEquals(
                List.of("sa.yaml:" + Positions.of(text, "started")
                        + ": actionPlan.entries[0].actions[0].status: unknown value"
                        + " 'started'; expected one of: not_started, on_track, at_risk, overdue, complete"),
                formatted(yaml(strict, text)));
    }

    @Test
    void impossibleDateIsNamedWithTheExpectedForm() {
        String text = Documents.SMALL_JSON.replace("\"2024-03-31\"", "\"2023-02-30\"");

        assertEquals(
                List.of("sa.json:" + Positions.of(text, "\"2023-02-30\"")
                        + ": period.to: '2023-02-30' is not a valid date;"
                        + " expected a real calendar date as YYYY-MM-DD, e.g. 2024-03-31"),
                formatted(json(strict, text)));
    }

    @Test
    void dateWrittenTheBritishWayIsNotAValidDate() {
        String text = Documents.SMALL_YAML.replace("from: 2023-04-01", "from: 01/04/2023");

        assertEquals(
                List.of("sa.yaml:6:9: period.from: '01/04/2023' is not a valid date;"
                        + " expected a real calendar date as YYYY-MM-DD, e.g. 2024-03-31"),
                formatted(yaml(strict, text)));
    }

    @Test
    void textWhereAWholeNumberIsExpectedIsNamed() {
        String text = """
                id: f
                scale:
                  levels:
                    - id: developing
                      label: Developing
                      rank: first
                """;

        ReadResult<FrameworkDefinition> read = strict.read(text, "fw.yaml", Format.YAML, FrameworkDefinition.class);

        assertEquals(List.of("fw.yaml:6:13: scale.levels[0].rank: 'first' is not a whole number"), formatted(read));
    }

    @Test
    void emptyWhereAWholeNumberIsExpectedIsNamed() {
        String text = "scale:\n  levels:\n    - id: developing\n      rank:\n";

        ReadResult<FrameworkDefinition> read = strict.read(text, "fw.yaml", Format.YAML, FrameworkDefinition.class);

        assertEquals(List.of("fw.yaml:4:12: scale.levels[0].rank: must be a whole number, not empty"), formatted(read));
    }

    @Test
    void malformedJsonIsReportedWhereTheParserStopped() {
        String text = "{\n  \"organisation\": {\n    \"name\": \"Anytown\",\n  },\n  \"framework\": \"x\"\n}\n";

        ReadResult<SelfAssessment> read = json(strict, text);

        assertTrue(read.value().isEmpty());
        assertEquals(
                List.of("sa.json:4:3: organisation: cannot read the document: Unexpected character '}':"
                        + " was expecting double-quote to start property name"),
                formatted(read));
    }

    @Test
    void malformedYamlIsReportedWhereTheParserStopped() {
        String text = "organisation:\n  name: Anytown\n    gssCode: E07000123\nframework: x\n";

        ReadResult<SelfAssessment> read = yaml(strict, text);

        assertTrue(read.value().isEmpty());
        assertEquals(
                List.of("sa.yaml:3:12: organisation: cannot read the document: mapping values are not allowed here"),
                formatted(read));
    }

    @Test
    void duplicateKeyIsReportedAtTheSecondOccurrence() {
        String text = Documents.SMALL_YAML.replace("    kind: policy\n", "    kind: policy\n    kind: strategy\n");

        ReadResult<SelfAssessment> read = yaml(strict, text);

        assertTrue(read.value().isEmpty());
        assertEquals(
                List.of(
                        "sa.yaml:17:9: evidence[0].kind: duplicate field 'kind'; a field may appear only once in an object"),
                formatted(read));
        assertEquals("17:5", Positions.of(text, "kind: strategy"));
    }

    @Test
    void everyProblemOfADocumentIsReportedInFileOrder() {
        String text = """
                organisation:
                  name: Anytown Borough Council
                  gss: E07000123
                framework: test-framework
                period:
                  from: 2023-04-01
                  to: 2023-02-30
                claims:
                  - criterion: m1/c1
                    level: achieving
                    evidence: ev-1
                  - criterion: m1/c2
                    levl: developing
                evidence:
                  - id: ev-1
                    title: {text: Equality policy}
                    kind: policy
                    date: 2023-05-01
                actionPlan:
                  entries:
                    - recommendation: R1
                      response: rejected
                """;

        ReadResult<SelfAssessment> read = yaml(strict, text);

        assertEquals(
                List.of(
                        "sa.yaml:3:3: organisation.gss: unknown field 'gss'; expected one of: gssCode, name",
                        "sa.yaml:7:7: period.to: '2023-02-30' is not a valid date; expected a real calendar date as YYYY-MM-DD, e.g. 2024-03-31",
                        "sa.yaml:11:15: claims[0].evidence: expected a list but found a text value",
                        "sa.yaml:13:5: claims[1].levl: unknown field 'levl'; did you mean 'level'?",
                        "sa.yaml:16:12: evidence[0].title: expected a text value but found an object",
                        "sa.yaml:22:17: actionPlan.entries[0].response: unknown value 'rejected';"
                                + " expected one of: accepted, different_approach, already_completed, not_accepted"),
                formatted(read));
        assertTrue(read.value().isPresent(), "a document with binding problems is still read as far as it can be");
    }

    @Test
    void everyProblemOfAJsonDocumentIsReportedInFileOrder() {
        String text = """
                {
                  "organisation": {"name": "Anytown", "gss": "E07000123"},
                  "framework": "test-framework",
                  "period": {"from": "2023-04-01", "to": "2023-02-30"},
                  "claims": [{"criterion": "m1/c1", "levl": "achieving"}]
                }
                """;

        assertEquals(
                List.of(
                        "sa.json:2:39: organisation.gss: unknown field 'gss'; expected one of: gssCode, name",
                        "sa.json:4:42: period.to: '2023-02-30' is not a valid date; expected a real calendar date as YYYY-MM-DD, e.g. 2024-03-31",
                        "sa.json:5:37: claims[0].levl: unknown field 'levl'; did you mean 'level'?"),
                formatted(json(strict, text)));
    }
}
