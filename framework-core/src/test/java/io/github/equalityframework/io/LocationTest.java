package io.github.equalityframework.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.fixtures.Documents;
import io.github.equalityframework.fixtures.Positions;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.SourceLocation;
import io.github.equalityframework.problem.ValidationProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where problems are placed: the line and column and the data path users see. */
class LocationTest {
    private final ModelCodec codec = ModelCodec.strict();

    private static String lineColumn(SourceLocation location) {
        return location.line() + ":" + location.column();
    }

    private static List<String> formatted(ReadResult<?> result) {
        return result.problems().stream().map(ValidationProblem::format).toList();
    }

    @Test
    void elementOfAFlowListIsLocatedAtTheElementNotAtTheOpeningBracket() {
        ReadResult<SelfAssessment> read = codec.read(Documents.SMALL_YAML, "a.yaml", Format.YAML, SelfAssessment.class);

        assertEquals(
                Positions.of(Documents.SMALL_YAML, "ev-1, ev-2"), lineColumn(read.locate("claims[0].evidence[0]")));
        assertEquals(Positions.of(Documents.SMALL_YAML, "ev-2]"), lineColumn(read.locate("claims[0].evidence[1]")));
    }

    @Test
    void elementOfAJsonListIsLocatedAtTheElement() {
        ReadResult<SelfAssessment> read = codec.read(Documents.SMALL_JSON, "a.json", Format.JSON, SelfAssessment.class);

        assertEquals(
                Positions.of(Documents.SMALL_JSON, "\"ev-1\", "), lineColumn(read.locate("claims[0].evidence[0]")));
        assertEquals(
                Positions.of(Documents.SMALL_JSON, "\"age\""),
                lineColumn(read.locate("evidence[1].characteristics[0]")));
    }

    @Test
    void listOrObjectIsLocatedAtItsFieldName() {
        ReadResult<SelfAssessment> json = codec.read(Documents.SMALL_JSON, "a.json", Format.JSON, SelfAssessment.class);
        ReadResult<SelfAssessment> yaml = codec.read(Documents.SMALL_YAML, "a.yaml", Format.YAML, SelfAssessment.class);

        assertEquals(Positions.of(Documents.SMALL_JSON, "\"claims\""), lineColumn(json.locate("claims")));
        assertEquals(
                Positions.of(Documents.SMALL_JSON, "\"characteristics\""),
                lineColumn(json.locate("evidence[1].characteristics")));
        assertEquals(Positions.of(Documents.SMALL_YAML, "claims:"), lineColumn(yaml.locate("claims")));
        assertEquals(Positions.of(Documents.SMALL_YAML, "evidence: ["), lineColumn(yaml.locate("claims[0].evidence")));
        assertEquals(Positions.of(Documents.SMALL_YAML, "period:"), lineColumn(yaml.locate("period")));
    }

    @Test
    void elementOfABlockListIsLocatedAtTheElement() {
        ReadResult<SelfAssessment> read = codec.read(Documents.SMALL_YAML, "a.yaml", Format.YAML, SelfAssessment.class);

        assertEquals(Positions.of(Documents.SMALL_YAML, "id: ev-2"), lineColumn(read.locate("evidence[1]")));
        assertEquals(Positions.of(Documents.SMALL_YAML, "ev-2\n"), lineColumn(read.locate("evidence[1].id")));
    }

    @Test
    void listWhereTextIsExpectedIsReportedAtTheFieldPathWithoutAnIndex() {
        String yaml = Documents.SMALL_YAML.replace("name: Anytown Borough Council", "name: [Anytown, Borough]");

        ReadResult<SelfAssessment> read = codec.read(yaml, "a.yaml", Format.YAML, SelfAssessment.class);

        assertEquals(
                List.of("a.yaml:" + Positions.of(yaml, "[Anytown")
                        + ": organisation.name: expected a text value but found a list"),
                formatted(read));
    }

    @Test
    void unknownFieldIsPlacedAtTheFieldNameInYaml() {
        String yaml = Documents.SMALL_YAML.replace("    narrative:", "    narative:");

        ReadResult<SelfAssessment> read = codec.read(yaml, "a.yaml", Format.YAML, SelfAssessment.class);

        assertEquals(
                List.of("a.yaml:" + Positions.of(yaml, "narative:")
                        + ": claims[0].narative: unknown field 'narative'; did you mean 'narrative'?"),
                formatted(read));
    }

    @Test
    void unknownFieldIsPlacedAtTheFieldNameInJson() {
        String json = Documents.SMALL_JSON.replace("\"narrative\":", "\"narative\":");

        ReadResult<SelfAssessment> read = codec.read(json, "a.json", Format.JSON, SelfAssessment.class);

        assertEquals(
                List.of("a.json:" + Positions.of(json, "\"narative\"")
                        + ": claims[0].narative: unknown field 'narative'; did you mean 'narrative'?"),
                formatted(read));
    }

    @Test
    void unknownFieldsAndBadValuesAreReportedTogetherInFileOrder() {
        String yaml = Documents.SMALL_YAML
                .replace("gssCode:", "gss:")
                .replace("date: 2023-06-30", "date: 2023-02-30")
                .replace("    narrative:", "    narative:");

        ReadResult<SelfAssessment> read = codec.read(yaml, "a.yaml", Format.YAML, SelfAssessment.class);

        assertEquals(
                List.of(
                        "a.yaml:" + Positions.of(yaml, "gss:")
                                + ": organisation.gss: unknown field 'gss'; expected one of: gssCode, name",
                        "a.yaml:" + Positions.of(yaml, "narative:")
                                + ": claims[0].narative: unknown field 'narative'; did you mean 'narrative'?",
                        "a.yaml:" + Positions.of(yaml, "2023-02-30")
                                + ": evidence[1].date: '2023-02-30' is not a valid date;"
                                + " expected a real calendar date as YYYY-MM-DD, e.g. 2024-03-31"),
                formatted(read));
    }
}
