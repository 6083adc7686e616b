package io.github.equalityframework.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.CouncilRole;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.EvidencePart;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.ProgressNote;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RegisterCsvTest {
    private static final RegisterCsv CSV = new RegisterCsv();
    private static final ActionPlanCsv PLAN = new ActionPlanCsv();

    @Provide
    Arbitrary<SelfAssessment> assessments() {
        return Assessments.valid();
    }

    @Property(tries = 200)
    void theEvidenceRegisterAndActionPlanComeBackFromCsv(@ForAll("assessments") SelfAssessment a) {
        // Every third item counts things, in parts whose labels may hold a colon.
        List<EvidenceItem> register = IntStream.range(0, a.evidence().size())
                .mapToObj(i -> {
                    EvidenceItem e = a.evidence().get(i);
                    boolean counted = i % 3 == 0;
                    return new EvidenceItem(
                            e.id(),
                            e.title(),
                            e.kind(),
                            e.date(),
                            e.location(),
                            e.characteristics(),
                            e.owner(),
                            counted ? 23 : null,
                            counted
                                    ? List.of(
                                            new EvidencePart("online", 14), new EvidencePart("in person: " + e.id(), 9))
                                    : List.of());
                })
                .toList();
        ReadResult<List<EvidenceItem>> evidence = CSV.readEvidence(CSV.writeEvidence(register), "e.csv");
        assertEquals(List.of(), evidence.problems());
        assertEquals(register, evidence.value().orElseThrow());

        if (a.actionPlan() != null) {
            // Only an action's latest progress note is part of the CSV; consecutive entries that are equal but for
            // their actions merge, so each entry's recommendation gets its position (by index: equal entries must
            // stay apart).
            List<ActionPlanEntry> entries = a.actionPlan().entries();
            ActionPlan plan = new ActionPlan(
                    a.actionPlan().agreedOn(),
                    java.util.stream.IntStream.range(0, entries.size())
                            .mapToObj(i -> {
                                ActionPlanEntry e = entries.get(i);
                                return new ActionPlanEntry(
                                        e.recommendation() + " " + i,
                                        e.module(),
                                        e.roles(),
                                        e.response(),
                                        e.comment(),
                                        e.actions().stream()
                                                .map(x -> new PlannedAction(
                                                        x.id(),
                                                        x.description(),
                                                        x.lead(),
                                                        x.due(),
                                                        x.timescale(),
                                                        x.status(),
                                                        x.progress().isEmpty()
                                                                ? List.of()
                                                                : List.of(new ProgressNote(
                                                                        x.progress()
                                                                                .get(x.progress()
                                                                                                .size()
                                                                                        - 1)
                                                                                .date(),
                                                                        x.progress()
                                                                                .get(x.progress()
                                                                                                .size()
                                                                                        - 1)
                                                                                .note(),
                                                                        null)),
                                                        x.nextSteps()))
                                                .toList());
                            })
                            .toList());
            ReadResult<ActionPlan> read = PLAN.read(PLAN.write(plan), "p.csv", plan.agreedOn());
            assertEquals(List.of(), read.problems());
            assertEquals(plan, read.value().orElseThrow());
        }
    }

    @Test
    void valuesASpreadsheetWouldRunAreWrittenAsText() {
        EvidenceItem item =
                new EvidenceItem("=1+1", "+SUM(A1:A9)", "-2", LocalDate.of(2024, 3, 31), "@cmd", List.of(), "\tTAB");
        String csv = CSV.writeEvidence(List.of(item));
        assertEquals(
                "id,title,kind,date,location,characteristics,owner,count,parts\r\n"
                        + "'=1+1,'+SUM(A1:A9),'-2,2024-03-31,'@cmd,,'\tTAB,,\r\n",
                csv);
        assertEquals(List.of(item), CSV.readEvidence(csv, "e.csv").value().orElseThrow());
    }

    @Test
    void aValueThatAlreadyStartsWithAnApostropheSurvivesTheRoundTrip() {
        EvidenceItem item =
                new EvidenceItem("'=x", "''+y", "'plain", LocalDate.of(2024, 3, 31), "\rreturn", List.of(), null);
        String csv = CSV.writeEvidence(List.of(item));
        assertTrue(csv.contains("''=x,'''+y,'plain,2024-03-31,\"'\rreturn\""), csv);
        assertEquals(List.of(item), CSV.readEvidence(csv, "e.csv").value().orElseThrow());
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAndProblemsKeepTheirLines() {
        String csv = "id,title,kind,date,location,characteristics,owner\n"
                + "ev-01,\"Census, 2021 \"\"profile\"\"\nsecond line\",equality-data,2023-02-14,,age; race,\n"
                + "ev-02,Annual report,annual-report,31/07/2023,,,\n";
        ReadResult<List<EvidenceItem>> read = CSV.readEvidence(csv, "e.csv");
        assertEquals(
                "Census, 2021 \"profile\"\nsecond line",
                read.value().orElseThrow().get(0).title());
        assertEquals(List.of("age", "race"), read.value().orElseThrow().get(0).characteristics());
        assertEquals(
                List.of(
                        "e.csv:4:35: evidence[1].date: '31/07/2023' is not a valid date; expected a real calendar date as"
                                + " YYYY-MM-DD, e.g. 2024-03-31"),
                read.problems().stream().map(ValidationProblem::format).toList());
    }

    private static final String EVIDENCE_HEADER = "id,title,kind,date,location,characteristics,owner\n";

    @Test
    void aQuoteNeverClosedIsReportedAtItsLineInsteadOfSwallowingTheRest() {
        String csv = EVIDENCE_HEADER
                + "ev-01,\"Census\nprofile\",equality-data,2023-02-14,,,\n"
                + "ev-02,\"Annual report,annual-report,2023-07-31,,,\n"
                + "ev-03,Minutes,minutes,2023-09-01,,,\n";
        ReadResult<List<EvidenceItem>> read = CSV.readEvidence(csv, "e.csv");

        assertTrue(read.value().isEmpty());
        assertEquals(
                List.of("e.csv:4:7: the quote that opens this value is never closed, so the rest of the file would be"
                        + " one value; end the value with a quote, and write a quote inside it twice (\"\")"),
                read.problems().stream().map(ValidationProblem::format).toList());
    }

    @Test
    void aQuoteNeverClosedAtTheStartOfALineIsReportedAtThatLine() {
        ReadResult<List<EvidenceItem>> read =
                CSV.readEvidence(EVIDENCE_HEADER + "ev-01,Census,,,,,\n\"ev-02,Annual report\n", "e.csv");

        assertEquals(
                List.of("e.csv:3:1: the quote that opens this value is never closed, so the rest of the file would be"
                        + " one value; end the value with a quote, and write a quote inside it twice (\"\")"),
                read.problems().stream().map(ValidationProblem::format).toList());
    }

    @Test
    void textAfterAClosingQuoteIsReportedWhereThatValueStarts() {
        String csv = EVIDENCE_HEADER + "ev-01,Census,,,,,\nev-02,\"Annual\nreport\" 2023,annual-report,,,,\n";
        ReadResult<List<EvidenceItem>> read = CSV.readEvidence(csv, "e.csv");

        assertTrue(read.value().isEmpty());
        assertEquals(
                List.of(
                        "e.csv:3:7: text after the closing quote of this value; quote the whole value, and write a quote"
                                + " inside it twice (\"\")"),
                read.problems().stream().map(ValidationProblem::format).toList());
    }

    @Test
    void aBrokenQuoteInTheActionPlanIsReportedAtItsLine() {
        ReadResult<ActionPlan> read = PLAN.read(PLAN_HEADER + "R1,m1,,\"accepted\"x,,,,,,,,\n", "p.csv", null);

        assertTrue(read.value().isEmpty());
        assertEquals(
                List.of(
                        "p.csv:2:8: text after the closing quote of this value; quote the whole value, and write a quote"
                                + " inside it twice (\"\")"),
                read.problems().stream().map(ValidationProblem::format).toList());
    }

    @Test
    void aWrongHeaderSaysWhatIsExpected() {
        ReadResult<List<EvidenceItem>> read = CSV.readEvidence("id,name\nev-01,x\n", "e.csv");
        assertTrue(read.value().isEmpty());
        assertEquals(
                List.of(
                        "e.csv:1:1: the header has no column 'title', 'kind', 'date', 'location', 'characteristics', 'owner';"
                                + " expected: id,title,kind,date,location,characteristics,owner,count,parts"),
                read.problems().stream().map(ValidationProblem::format).toList());
    }

    private static final String PLAN_HEADER =
            "recommendation,module,roles,response,comment,action id,action,lead,due,timescale," + "status,next steps\n";

    @Test
    void anUnknownStatusInTheActionPlanIsPlaced() {
        String csv = PLAN_HEADER + "R1,m1,,accepted,,A1,Do it,Head of Policy,2024-09-30,,done,\n";
        assertEquals(
                List.of("p.csv:2:54: actionPlan.entries[0].actions[0].status: unknown value 'done'; expected one of:"
                        + " not_started, on_track, at_risk, overdue, complete"),
                PLAN.read(csv, "p.csv", null).problems().stream()
                        .map(ValidationProblem::format)
                        .toList());
    }

    @Test
    void anUnknownRoleInTheActionPlanIsPlacedWithTheRolesAllowed() {
        String csv =
                PLAN_HEADER + "R1,m1,employer; councillor,accepted,,A1,Do it,Head of Policy,,by March 2026,on_track,\n";
        assertEquals(
                List.of("p.csv:2:7: actionPlan.entries[0].roles[1]: unknown role 'councillor'; expected one or more of:"
                        + " community_leader, employer, service_provider (or their names: community leader, employer,"
                        + " service provider), separated by semicolons"),
                PLAN.read(csv, "p.csv", null).problems().stream()
                        .map(ValidationProblem::format)
                        .toList());
    }

    @Test
    void theModuleRolesAndTimescaleOfAPlanAreWrittenAndRead() {
        ActionPlan plan = new ActionPlan(
                null,
                List.of(new ActionPlanEntry(
                        "R1",
                        "m2",
                        List.of(CouncilRole.COMMUNITY_LEADER, CouncilRole.SERVICE_PROVIDER),
                        RecommendationResponse.ACCEPTED,
                        null,
                        List.of(new PlannedAction(
                                "A1",
                                "Do it",
                                "Head of Policy",
                                null,
                                "by March 2026",
                                ActionStatus.ON_TRACK,
                                List.of(),
                                null)))));
        String csv = PLAN.write(plan);
        assertEquals(
                "recommendation,objective,module,roles,response,comment,action id,action,lead,due,timescale,status,"
                        + "progress date,progress,next steps\r\n"
                        + "R1,,m2,community_leader; service_provider,accepted,,A1,Do it,Head of Policy,,by March 2026,"
                        + "on_track,,,\r\n",
                csv);
        assertEquals(plan, PLAN.read(csv, "p.csv", null).value().orElseThrow());
        // Roles by name, separated by commas in a quoted field, read the same.
        assertEquals(
                plan,
                PLAN.read(
                                csv.replace(
                                        "community_leader; service_provider", "\"Community leader, Service provider\""),
                                "p.csv",
                                null)
                        .value()
                        .orElseThrow());
    }

    @Test
    void aCountOrPartThatIsNotOneIsPlaced() {
        String csv = "id,title,kind,date,location,characteristics,owner,count,parts\n"
                + "ev-01,Consultations,consultation,2024-03-31,,,,twenty,online: 14; in person\n";
        assertEquals(
                List.of(
                        "e.csv:2:48: evidence[0].count: 'twenty' is not a whole number; write digits only, e.g. 23",
                        "e.csv:2:55: evidence[0].parts[1]: 'in person' is not a labelled count; write label: count, the"
                                + " parts separated by semicolons, e.g. online: 14; in person: 9"),
                CSV.readEvidence(csv, "e.csv").problems().stream()
                        .map(ValidationProblem::format)
                        .toList());
    }

    @Test
    void anActionsLatestProgressNoteIsOnItsLineAndJoinsTheHistoryOfThePlanExported() {
        PlannedAction action = new PlannedAction(
                "A1",
                "Do it",
                "Head of Policy",
                List.of(CouncilRole.EMPLOYER),
                LocalDate.of(2025, 3, 31),
                null,
                ActionStatus.ON_TRACK,
                null,
                List.of(),
                List.of(
                        new ProgressNote(LocalDate.of(2024, 6, 1), "Started", "Cabinet"),
                        new ProgressNote(LocalDate.of(2024, 12, 1), "Half done", "Scrutiny")),
                "Finish it");
        ActionPlan exported = new ActionPlan(
                "Equality action plan",
                null,
                "Cabinet",
                LocalDate.of(2024, 4, 1),
                List.of(new ActionPlanEntry("R1", null, "Improve data", "m1", List.of(), null, null, List.of(action))));
        String csv = PLAN.write(exported);
        assertTrue(csv.contains(",on_track,2024-12-01,Half done,Finish it\r\n"), csv);

        ActionPlan unchanged = ActionPlanCsv.keepingWhatTheCsvHasNoColumnFor(
                PLAN.read(csv, "p.csv", null).value().orElseThrow(), exported);
        assertEquals(exported, unchanged);

        ActionPlan noted = ActionPlanCsv.keepingWhatTheCsvHasNoColumnFor(
                PLAN.read(csv.replace("2024-12-01,Half done", "2025-03-01,Done"), "p.csv", null)
                        .value()
                        .orElseThrow(),
                exported);
        assertEquals(
                List.of(
                        action.progress().get(0),
                        action.progress().get(1),
                        new ProgressNote(LocalDate.of(2025, 3, 1), "Done", null)),
                noted.entries().get(0).actions().get(0).progress());
    }
}
