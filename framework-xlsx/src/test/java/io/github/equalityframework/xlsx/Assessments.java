package io.github.equalityframework.xlsx;

import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Award;
import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.CouncilRole;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.EvidenceKind;
import io.github.equalityframework.model.ModuleFeedback;
import io.github.equalityframework.model.Organisation;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.PeerReviewer;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.ProgressNote;
import io.github.equalityframework.model.Recommendation;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.model.Scope;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.ValidatedLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Self-assessments against {@link TestFramework} with every part present, after framework-core's test
 * generators (whose jar is not published): text that is hard for a spreadsheet to keep, such as
 * tabs and line breaks, Office's own {@code _x0041_} escapes, leading and trailing
 * spaces, numbers, dates and formulas as text; ids as a cell list can hold them (no commas, line
 * breaks or surrounding spaces).
 */
final class Assessments {
    private static final List<String> CRITERIA = List.of("m1/c1", "m1/c2", "m2/c1");
    private static final List<String> LEVELS = List.of("developing", "achieving", "excellent", "not-assessed");
    private static final List<String> LOCAL_IDS = List.of("care-experience", "veterans", "rural-isolation");
    private static final List<String> KINDS = Stream.concat(
                    EvidenceKind.BUILT_IN.stream().map(EvidenceKind::id), Stream.of(TestFramework.PEER_LETTER.id()))
            .toList();
    private static final List<String> TRICKY = List.of(
            "yes",
            "TRUE",
            "false",
            "null",
            "2021",
            "0012",
            "1e3",
            "-5",
            "+1",
            "=1+1",
            "=HYPERLINK(\"http://example.invalid\")",
            "@SUM(A1)",
            "2024-03-31",
            "31/03/2024",
            "#N/A",
            "'quoted",
            "\"double\"",
            " leading",
            "trailing ",
            "  both  ",
            "tab\there",
            "line\nbreak",
            "ends\n",
            "\nstarts",
            "_x0041_",
            "_x005F_",
            "a_x00_b",
            "_X0041_",
            "caf\u00e9",
            "snow \u2603",
            "smile \ud83d\ude00",
            "\u4e2d\u6587",
            "line\u2028separator",
            "bom\ufeffinside",
            "<tag>&amp;",
            "]]>");
    private static final String ALPHABET = "abcxyzABC0129 .,;:-_'\"#?!&*|<>%@=+`~{}[]()/\\\t\n\u00e9\u2603";

    private Assessments() {}

    static Arbitrary<String> text() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(TRICKY)),
                Tuple.of(
                        2,
                        Arbitraries.strings().withChars(ALPHABET).ofMinLength(1).ofMaxLength(20)),
                Tuple.of(2, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10)));
        return piece.list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(p -> String.join("", p))
                .filter(s -> !s.isBlank());
    }

    private static Arbitrary<String> optionalText() {
        return text().injectNull(0.15);
    }

    /** Ids a comma-separated cell can list: no comma, line break or surrounding space. */
    static Arbitrary<String> id() {
        return text().map(s -> s.replaceAll("[,;\\n\\r\\u0085\\u2028]", "").strip())
                .filter(s -> !s.isEmpty());
    }

    static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 * 40).map(LocalDate.of(2000, 1, 1)::plusDays);
    }

    private static Arbitrary<LocalDate[]> orderedDates() {
        return Combinators.combine(dates(), Arbitraries.integers().between(0, 1000))
                .as((first, days) -> new LocalDate[] {first, first.plusDays(days)});
    }

    static Arbitrary<SelfAssessment> valid() {
        Arbitrary<Organisation> organisation = Combinators.combine(
                        text(),
                        Arbitraries.strings()
                                .numeric()
                                .ofLength(6)
                                .map("E07"::concat)
                                .injectNull(0.2))
                .as(Organisation::new);
        Arbitrary<AssessmentPeriod> period = orderedDates().map(d -> new AssessmentPeriod(d[0], d[1]));
        Arbitrary<List<Characteristic>> local = Combinators.combine(
                        Arbitraries.of(LOCAL_IDS).list().uniqueElements().ofMaxSize(3),
                        text().list().ofSize(3),
                        optionalText().list().ofSize(3))
                .as((ids, labels, descriptions) -> {
                    List<Characteristic> list = new ArrayList<>();
                    for (int i = 0; i < ids.size(); i++) {
                        list.add(new Characteristic(ids.get(i), labels.get(i), descriptions.get(i)));
                    }
                    return list;
                });
        Arbitrary<EvidenceItem> item = Combinators.combine(
                        id(), text(), Arbitraries.of(KINDS), dates(), optionalText(), characteristics(), optionalText())
                .as(EvidenceItem::new);
        Arbitrary<List<EvidenceItem>> register = item.list().ofMaxSize(5).uniqueElements(EvidenceItem::id);
        Arbitrary<Scope> scope = Combinators.combine(
                        characteristics(), Arbitraries.of("m1", "m2").list().uniqueElements())
                .as(Scope::new)
                .injectNull(0.3);
        return Combinators.combine(
                        organisation,
                        period,
                        scope,
                        local,
                        register,
                        claimDrafts(),
                        peerReview().injectNull(0.2),
                        actionPlan().injectNull(0.2))
                .as((o, p, s, l, r, claims, review, plan) -> {
                    List<String> ids = r.stream().map(EvidenceItem::id).toList();
                    List<Claim> resolved = claims.stream()
                            .map(c -> new Claim(
                                    c.criterion(),
                                    c.level(),
                                    c.narrative(),
                                    ids.isEmpty()
                                            ? List.<String>of()
                                            : c.evidence().stream()
                                                    .map(i -> ids.get(Integer.parseInt(i) % ids.size()))
                                                    .distinct()
                                                    .toList()))
                            .toList();
                    return new SelfAssessment(o, TestFramework.ID, p, s, l, resolved, r, review, plan);
                });
    }

    /** Known ids (with a column in the register) and now and then one without. */
    private static Arbitrary<List<String>> characteristics() {
        List<String> known = new ArrayList<>(
                Characteristic.PROTECTED.stream().map(Characteristic::id).toList());
        known.add(TestFramework.CARERS.id());
        known.add("not-a-column");
        return Arbitraries.of(known).list().uniqueElements().ofMaxSize(4);
    }

    private static Arbitrary<List<Claim>> claimDrafts() {
        Arbitrary<Claim> claim = Combinators.combine(
                        Arbitraries.of(CRITERIA),
                        Arbitraries.of(LEVELS),
                        optionalText(),
                        Arbitraries.integers()
                                .between(0, 9)
                                .list()
                                .ofMaxSize(3)
                                .map(l -> l.stream().map(String::valueOf).toList()))
                .as((criterion, level, narrative, picks) -> new Claim(criterion, level, narrative, picks));
        return claim.list()
                .ofMaxSize(3)
                .uniqueElements(Claim::criterion)
                .map(list -> list.stream()
                        .map(c -> new Claim(c.criterion(), c.level(), c.narrative(), c.evidence()))
                        .toList());
    }

    private static Arbitrary<PeerReview> peerReview() {
        Arbitrary<PeerReviewer> reviewer =
                Combinators.combine(text(), optionalText(), optionalText()).as(PeerReviewer::new);
        Arbitrary<ValidatedLevel> validated = Combinators.combine(
                        Arbitraries.of(CRITERIA), Arbitraries.of(LEVELS), optionalText())
                .as(ValidatedLevel::new);
        Arbitrary<ModuleFeedback> feedback = Combinators.combine(
                        Arbitraries.of("m1", "m2"),
                        text().list().ofMaxSize(2),
                        text().list().ofMaxSize(2),
                        Combinators.combine(text(), text())
                                .as(Recommendation::new)
                                .list()
                                .ofMaxSize(2))
                .as(ModuleFeedback::new)
                .filter(f -> !(f.strengths().isEmpty()
                        && f.areasToDevelop().isEmpty()
                        && f.recommendations().isEmpty()));
        Arbitrary<Award> award = Combinators.combine(
                        Arbitraries.of(LEVELS.subList(0, 3)), orderedDates(), Arbitraries.of(true, false))
                .as((level, d, expires) -> new Award(level, d[0], expires ? d[1] : null))
                .injectNull(0.5);
        Arbitrary<Scope> scope = Combinators.combine(
                        characteristics(), Arbitraries.of("m1", "m2").list().uniqueElements())
                .as(Scope::new);
        return Combinators.combine(
                        reviewer.list().ofMaxSize(3),
                        orderedDates(),
                        Arbitraries.of(true, false),
                        scope,
                        validated.list().ofMaxSize(3),
                        feedback.list().ofMaxSize(2).uniqueElements(ModuleFeedback::module),
                        award)
                .as((team, visit, hasEnd, s, levels, f, a) ->
                        new PeerReview(team, visit[0], hasEnd ? visit[1] : null, s, levels, f, a));
    }

    private static Arbitrary<ActionPlan> actionPlan() {
        Arbitrary<ProgressNote> note =
                Combinators.combine(dates(), text(), optionalText()).as(ProgressNote::new);
        // A due date, a timescale in words, or both.
        Arbitrary<PlannedAction> action = Combinators.combine(
                        id(),
                        text(),
                        text(),
                        dates().injectNull(0.4),
                        optionalText(),
                        Arbitraries.of(ActionStatus.class),
                        note.list().ofMaxSize(3),
                        optionalText())
                .as(PlannedAction::new)
                .filter(a -> a.due() != null || a.timescale() != null);
        Arbitrary<ActionPlanEntry> entry = Combinators.combine(
                        text(),
                        Arbitraries.of("m1", "m2").injectNull(0.3),
                        Arbitraries.of(CouncilRole.class)
                                .list()
                                .uniqueElements()
                                .ofMaxSize(3),
                        Arbitraries.of(RecommendationResponse.class),
                        optionalText(),
                        action.list().ofMaxSize(3))
                .as(ActionPlanEntry::new);
        return Combinators.combine(
                        dates().injectNull(0.3), entry.list().ofMinSize(1).ofMaxSize(3))
                .as(ActionPlan::new)
                .filter(p -> p.actions().map(PlannedAction::id).distinct().count()
                        == p.actions().count());
    }
}
