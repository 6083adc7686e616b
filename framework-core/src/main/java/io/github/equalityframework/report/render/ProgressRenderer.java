package io.github.equalityframework.report.render;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.CouncilRole;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.PlanStatus;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.model.Revision;
import io.github.equalityframework.model.Timescale;
import io.github.equalityframework.report.CouncilProgress;
import io.github.equalityframework.report.CouncilProgress.ActionProgress;
import io.github.equalityframework.report.CouncilProgress.Kind;
import io.github.equalityframework.report.CouncilProgress.ModuleTimeline;
import io.github.equalityframework.report.CouncilProgress.PlanProgress;
import io.github.equalityframework.report.CouncilProgress.RecommendationProgress;
import io.github.equalityframework.report.CouncilProgress.State;
import io.github.equalityframework.report.CouncilProgress.Timeliness;
import io.github.equalityframework.report.CouncilProgress.Year;
import io.github.equalityframework.report.render.markup.HtmlWriter;
import io.github.equalityframework.report.render.markup.MarkdownText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A council's progress over the years ({@link CouncilProgress}) as Markdown or as one self-contained HTML
 * page with an inline SVG timeline: the annual equality report for cabinet and scrutiny. Deterministic,
 * and every user-supplied string is escaped, as in the assessment reports.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ProgressRenderer {
    /** The progress report is written in English for now; its words come from the same bundle as the assessment report's. */
    private static final Messages WORDS = Messages.english();

    /** Line colours and dash patterns per module, so that colour is never the only signal. */
    private static final String[] COLOURS = {"#1d4f91", "#a4262c", "#2e6b30", "#7a4b00", "#5c2d91", "#1b1b1b"};

    private static final String[] DASHES = {null, "8 4", "2 4", "10 4 2 4", "4 4", "1 3"};
    private final CouncilProgress progress;
    private final FrameworkDefinition framework;

    private ProgressRenderer(CouncilProgress progress, FrameworkDefinition framework) {
        this.progress = progress;
        this.framework = framework;
    }

    /** The report in Markdown, for pasting into a cabinet paper. */
    public static String markdown(CouncilProgress progress, FrameworkDefinition framework) {
        return new ProgressRenderer(progress, framework).markdown();
    }

    /** The report as one self-contained, accessible HTML page; no scripts and no external resources. */
    public static String html(CouncilProgress progress, FrameworkDefinition framework) {
        return new ProgressRenderer(progress, framework).html();
    }

    // ---- shared wording

    private String title() {
        return "Equality progress: " + progress.organisation();
    }

    private String intro() {
        List<Year> years = progress.years();
        String span = years.isEmpty()
                ? "no assessments"
                : years.size() == 1
                        ? WORDS.count(1, "assessment") + ", " + years.get(0).label()
                        : WORDS.count(years.size(), "assessment") + ", "
                                + years.get(0).label() + " to "
                                + years.get(years.size() - 1).label();
        return framework.title() + " " + framework.edition() + " (" + framework.id() + "): " + span + "; actions as of "
                + WORDS.date(progress.asOf()) + ".";
    }

    private String label(String level) {
        return level == null
                ? "None"
                : framework.scale().level(level).map(MaturityLevel::label).orElse(level);
    }

    /** "Recommendations on m1", "Actions not linked to a module": the heading above the table names the module in full. */
    private static String caption(String what, ModuleGroups.Group<?> group) {
        return what + (group.module() == null ? " not linked to a module" : " on " + group.module());
    }

    private static String review(LocalDate day) {
        return day == null ? "The council's own actions" : "Peer challenge of " + WORDS.date(day);
    }

    private static String response(RecommendationProgress r) {
        if (r.kind() == Kind.OBJECTIVE || (r.kind() == Kind.PROPOSED && r.response() == null)) {
            return "Own objective";
        }
        String response = r.response() == null ? "No response yet" : WORDS.words(r.response());
        boolean reasoned = r.response() == RecommendationResponse.DIFFERENT_APPROACH
                || r.response() == RecommendationResponse.NOT_ACCEPTED;
        return reasoned && r.comment() != null && !r.comment().isBlank()
                ? response + ": " + r.comment().strip()
                : response;
    }

    /** The recommendation's or objective's words, with the module an older edition gave it. */
    private static String text(RecommendationProgress r) {
        String text = r.text() == null ? "" : r.text();
        return r.originalModule() == null ? text : text + " (" + r.originalModule() + " in the edition it was made in)";
    }

    private static String state(RecommendationProgress r) {
        return r.state() == State.CLOSED
                ? "Closed" + (r.closedOn() == null ? "" : " " + WORDS.date(r.closedOn()))
                : "Open";
    }

    private static String status(ActionProgress a) {
        String shown = WORDS.words(a.status());
        return a.status() == a.action().status()
                ? shown
                : shown + " (stated: " + WORDS.words(a.action().status()).toLowerCase(Locale.ROOT) + ")";
    }

    private static String timeliness(ActionProgress a) {
        return switch (a.timeliness()) {
            case ON_TIME -> "On time";
            case LATE -> "Late";
            case COMPLETION_DATE_NOT_GIVEN -> "Completion date not given";
            case OVERDUE -> "Overdue";
            case NOT_YET_DUE -> "Not yet due";
            case UNKNOWN -> "No date to compare";
            case PROPOSED -> "Proposed (draft plan)";
        };
    }

    /**
     * The target as the plan wrote it, then each revision: "by March 2022; revised to 31 March 2023 (agreed 12 April
     * 2022: vacancy in the team)". A period after the plan's agreement gets its dates in brackets.
     */
    private static String target(ActionProgress a) {
        StringBuilder text = new StringBuilder(
                written(a.action().due(), a.action().timescale(), a.action().originalTarget(a.planAgreed())));
        for (Revision r : a.action().revisions()) {
            if (r == null) {
                continue;
            }
            text.append("; revised to ")
                    .append(written(
                            r.due(), r.timescale(), r.target().from(r.agreed() != null ? r.agreed() : a.planAgreed())));
            List<String> why = new ArrayList<>();
            if (r.agreed() != null) {
                why.add("agreed " + WORDS.date(r.agreed()));
            }
            r.why().ifPresent(reason -> why.add(reason.strip()));
            if (!why.isEmpty()) {
                text.append(" (").append(String.join(": ", why)).append(')');
            }
        }
        return text.toString();
    }

    private static String written(LocalDate due, String words, Timescale read) {
        if (due != null) {
            return WORDS.date(due);
        }
        if (words == null || words.isBlank()) {
            return "No timescale";
        }
        String shown = words.strip();
        if (read.kind() == Timescale.Kind.DATED && read.start().isPresent() && !shown.matches(".*\\d{4}.*")) {
            shown += " (" + WORDS.date(read.start().get()) + " to "
                    + WORDS.date(read.end().orElseThrow()) + ")";
        }
        return shown;
    }

    /** How the summary line counts each timeliness. */
    private static final Map<Timeliness, String> TIMELINESS_COUNTED = Map.of(
            Timeliness.ON_TIME, "completed on time",
            Timeliness.LATE, "completed late",
            Timeliness.COMPLETION_DATE_NOT_GIVEN, "completed (date not given)",
            Timeliness.OVERDUE, "overdue",
            Timeliness.NOT_YET_DUE, "not yet due",
            Timeliness.UNKNOWN, "no date to compare",
            Timeliness.PROPOSED, "proposed in draft plans");

    private List<String> summaryLines() {
        List<String> lines = new ArrayList<>();
        List<Year> years = progress.years();
        if (!years.isEmpty()) {
            Year first = years.get(0);
            Year last = years.get(years.size() - 1);
            lines.add("Overall level: " + label(last.overall()) + " in " + last.label()
                    + (years.size() > 1 ? " (" + label(first.overall()) + " in " + first.label() + ")" : ""));
        }
        long reviews = progress.recommendations().stream()
                .filter(r -> r.kind() == Kind.RECOMMENDATION)
                .map(RecommendationProgress::review)
                .distinct()
                .count();
        lines.add("Recommendations: " + progress.count(Kind.RECOMMENDATION) + " from "
                + WORDS.count(reviews, "peerChallenge") + "; " + closed(Kind.RECOMMENDATION, State.CLOSED)
                + " closed, " + closed(Kind.RECOMMENDATION, State.OPEN) + " open");
        if (progress.count(Kind.OBJECTIVE) > 0) {
            lines.add("The council's own objectives: " + progress.count(Kind.OBJECTIVE) + "; "
                    + closed(Kind.OBJECTIVE, State.CLOSED) + " closed, " + closed(Kind.OBJECTIVE, State.OPEN)
                    + " open");
        }
        if (progress.count(Kind.NOT_IN_REVIEW) > 0) {
            lines.add("Plan entries naming no recommendation of the review they answer: "
                    + progress.count(Kind.NOT_IN_REVIEW) + " (check their ids)");
        }
        for (PlanProgress plan : progress.plans()) {
            lines.add(plan(plan));
        }
        List<String> timeliness = new ArrayList<>();
        for (Timeliness t : Timeliness.values()) {
            long n = progress.count(t);
            boolean always = t == Timeliness.ON_TIME
                    || t == Timeliness.LATE
                    || t == Timeliness.OVERDUE
                    || t == Timeliness.NOT_YET_DUE;
            if (always || n > 0) {
                timeliness.add(TIMELINESS_COUNTED.get(t) + " " + n);
            }
        }
        lines.add("Actions: " + progress.actions().size() + "; " + String.join(", ", timeliness));
        List<String> roles = new ArrayList<>();
        for (CouncilRole role : CouncilRole.values()) {
            long n = progress.count(role);
            if (n > 0) {
                roles.add(WORDS.words(role).toLowerCase(Locale.ROOT) + " " + n);
            }
        }
        if (!roles.isEmpty()) {
            lines.add("Recommendations and objectives by the council's role: " + String.join(", ", roles));
        }
        return lines;
    }

    private long closed(Kind kind, State state) {
        return progress.recommendations().stream()
                .filter(r -> r.kind() == kind && r.state() == state)
                .count();
    }

    private static String plan(PlanProgress plan) {
        String name =
                plan.title() != null && !plan.title().isBlank() ? plan.title().strip() : "Action plan";
        String how = plan.status() == PlanStatus.DRAFT
                ? "draft, not yet in force"
                : "adopted"
                        + (plan.adoptedBy() != null ? " by " + plan.adoptedBy().strip() : "")
                        + (plan.agreedOn() != null ? " on " + WORDS.date(plan.agreedOn()) : "");
        String answers = plan.review() != null ? "answers the peer challenge of " + WORDS.date(plan.review()) : "";
        return "Plan: " + name + " (" + how + "; " + plan.entries() + (plan.entries() == 1 ? " entry, " : " entries, ")
                + WORDS.count(plan.actions(), "action") + (answers.isEmpty() ? "" : "; " + answers) + "; kept with "
                + plan.source() + ")";
    }

    /** A group of rows: a review's recommendations, the objectives, the unmatched entries or the proposals. */
    private record Group(LocalDate review, Kind kind) {}

    /** The group of a row: proposals of draft plans are one group, whatever they answer. */
    private static Group group(RecommendationProgress r) {
        return new Group(r.kind() == Kind.PROPOSED ? null : r.review(), r.kind());
    }

    /** Recommendations grouped by review and kind, in report order. */
    private Map<Group, List<RecommendationProgress>> byReview() {
        Map<Group, List<RecommendationProgress>> groups = new LinkedHashMap<>();
        progress.recommendations()
                .forEach(r ->
                        groups.computeIfAbsent(group(r), k -> new ArrayList<>()).add(r));
        return groups;
    }

    private static String review(Group group) {
        return switch (group.kind()) {
            case RECOMMENDATION -> "Peer challenge of " + WORDS.date(group.review());
            case OBJECTIVE -> "The council's own objectives";
            case NOT_IN_REVIEW ->
                group.review() == null
                        ? "Plan entries answering a peer challenge not among these files"
                        : "Plan entries naming no recommendation of the peer challenge of "
                                + WORDS.date(group.review());
            case PROPOSED -> "Draft plans: proposed, not yet in force";
        };
    }

    private static String groupHeading(Group group, List<RecommendationProgress> recs) {
        long closed = recs.stream().filter(r -> r.state() == State.CLOSED).count();
        String rows = group.kind() == Kind.RECOMMENDATION
                ? WORDS.count(recs.size(), "recommendation")
                : recs.size() + (recs.size() == 1 ? " entry" : " entries");
        return review(group) + ": " + rows + (group.kind() == Kind.PROPOSED ? "" : ", " + closed + " closed");
    }

    private static final String ACTIONS_NOTE = "An action not complete after the last day of its current target (the "
            + "latest revision's, else the plan's) is overdue whatever it states. On time or late is judged from its "
            + "completion date against the target the plan first set; without a completion date it is not judged.";

    /** The row an action answers. */
    private RecommendationProgress rowOf(ActionProgress a) {
        return progress.recommendations().stream()
                .filter(r -> Objects.equals(r.review(), a.review())
                        && Objects.equals(r.id(), a.recommendation())
                        && (r.kind() == Kind.PROPOSED) == (a.timeliness() == Timeliness.PROPOSED))
                .findFirst()
                .orElse(null);
    }

    /** Actions grouped like the rows they answer, in report order. */
    private Map<Group, List<ActionProgress>> actionsByReview() {
        Map<Group, List<ActionProgress>> groups = new LinkedHashMap<>();
        progress.actions().forEach(a -> {
            RecommendationProgress row = rowOf(a);
            Group group = row == null ? new Group(a.review(), Kind.RECOMMENDATION) : group(row);
            groups.computeIfAbsent(group, k -> new ArrayList<>()).add(a);
        });
        return groups;
    }

    /** The module of the row an action answers, or null. */
    private String moduleOf(ActionProgress a) {
        RecommendationProgress row = rowOf(a);
        return row == null ? null : row.module();
    }

    private List<ModuleGroups.Group<RecommendationProgress>> byModule(List<RecommendationProgress> recs) {
        return ModuleGroups.of(WORDS, framework, recs, RecommendationProgress::module);
    }

    private List<ModuleGroups.Group<ActionProgress>> actionsByModule(List<ActionProgress> actions) {
        return ModuleGroups.of(WORDS, framework, actions, this::moduleOf);
    }

    // ---- Markdown

    private String markdown() {
        StringBuilder md = new StringBuilder(16_384);
        md.append("# ")
                .append(MarkdownText.text(title()))
                .append("\n\n")
                .append(MarkdownText.text(intro()))
                .append("\n\n");
        summaryLines()
                .forEach(line -> md.append("- ").append(MarkdownText.text(line)).append('\n'));
        md.append("\n## Levels over the years\n\n");
        List<String> header = new ArrayList<>(List.of("Module"));
        progress.years().forEach(y -> header.add(y.label()));
        row(md, header.toArray(String[]::new));
        md.append("|---|").append("---|".repeat(progress.years().size())).append('\n');
        List<String> overall = new ArrayList<>(List.of("**Overall**"));
        progress.years().forEach(y -> overall.add("**" + MarkdownText.text(label(y.overall())) + "**"));
        for (ModuleTimeline m : progress.modules()) {
            List<String> cells = new ArrayList<>(List.of(MarkdownText.text(m.module() + " " + m.title())));
            m.levels().forEach(l -> cells.add(MarkdownText.text(label(l))));
            row(md, cells.toArray(String[]::new));
        }
        row(md, overall.toArray(String[]::new));
        md.append("\nAssessments: ");
        List<String> sources = progress.years().stream()
                .map(y -> MarkdownText.text(y.label() + " " + y.source()))
                .toList();
        md.append(String.join("; ", sources)).append(".\n\n## Recommendations\n\n");
        if (progress.recommendations().isEmpty()) {
            md.append("No peer challenge or action plan was found.\n\n");
        }
        byReview().forEach((review, recs) -> {
            md.append("### ")
                    .append(MarkdownText.text(groupHeading(review, recs)))
                    .append("\n\n");
            for (ModuleGroups.Group<RecommendationProgress> group : byModule(recs)) {
                md.append("#### ").append(MarkdownText.text(group.heading())).append("\n\n");
                row(md, "Id", "Recommendation", "Roles", "Response", "Actions complete", "State");
                md.append("|---|---|---|---|---:|---|\n");
                group.items()
                        .forEach(r -> row(
                                md,
                                MarkdownText.text(r.id()),
                                MarkdownText.text(text(r)),
                                MarkdownText.text(String.join(", ", ModuleGroups.roles(WORDS, r.roles()))),
                                MarkdownText.text(response(r)),
                                r.complete() + " of " + r.actions(),
                                MarkdownText.text(state(r))));
                md.append('\n');
            }
        });
        if (!progress.actions().isEmpty()) {
            md.append("## Actions\n\n").append(MarkdownText.text(ACTIONS_NOTE)).append("\n\n");
            actionsByReview().forEach((review, actions) -> {
                md.append("### ").append(MarkdownText.text(review(review))).append("\n\n");
                for (ModuleGroups.Group<ActionProgress> group : actionsByModule(actions)) {
                    md.append("#### ")
                            .append(MarkdownText.text(group.heading()))
                            .append("\n\n");
                    row(
                            md,
                            "Action",
                            "Recommendation",
                            "Lead",
                            "Due",
                            "Status on " + WORDS.date(progress.asOf()),
                            "Completed",
                            "On time?");
                    md.append("|---|---|---|---|---|---|---|\n");
                    for (ActionProgress a : group.items()) {
                        row(
                                md,
                                MarkdownText.text(
                                        a.action().id() + " " + a.action().description()),
                                MarkdownText.text(a.recommendation()),
                                MarkdownText.text(a.action().lead()),
                                MarkdownText.text(target(a)),
                                MarkdownText.text(status(a)),
                                WORDS.date(a.completedOn()),
                                timeliness(a));
                    }
                    md.append('\n');
                }
            });
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String... cells) {
        md.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    // ---- HTML

    private String html() {
        HtmlWriter h = new HtmlWriter();
        HtmlRenderer.page(h, "en-GB", title()).line().element("p", intro()).line();
        h.open("nav", "aria-label", "Contents").open("ul").line();
        for (String[] item : new String[][] {
            {"summary", "Summary"},
            {"levels", "Levels over the years"},
            {"recommendations", "Recommendations"},
            {"actions", "Actions"}
        }) {
            h.open("li").link(item[0], item[1]).close("li").line();
        }
        h.close("ul").close("nav").line();
        h.element("h2", "Summary", "id", "summary").line().open("ul").line();
        summaryLines().forEach(line -> h.element("li", line).line());
        h.close("ul").line();
        h.element("h2", "Levels over the years", "id", "levels").line();
        timeline(h);
        List<String> columns = new ArrayList<>(List.of("Module"));
        progress.years().forEach(y -> columns.add(y.label()));
        h.table("Level reached by module and year", null, columns.toArray(String[]::new));
        for (ModuleTimeline m : progress.modules()) {
            h.open("tr").element("th", m.module() + " " + m.title(), "scope", "row");
            m.levels().forEach(l -> h.element("td", label(l)));
            h.close("tr").line();
        }
        h.open("tr").element("th", "Overall", "scope", "row");
        progress.years()
                .forEach(y -> h.open("td").element("strong", label(y.overall())).close("td"));
        h.close("tr").line().endTable();
        h.open("p")
                .text("Assessments: "
                        + String.join(
                                "; ",
                                progress.years().stream()
                                        .map(y -> y.label() + " " + y.source() + " (" + WORDS.period(y.period()) + ")")
                                        .toList())
                        + ".")
                .close("p")
                .line();
        h.element("h2", "Recommendations", "id", "recommendations").line();
        if (progress.recommendations().isEmpty()) {
            h.element("p", "No peer challenge or action plan was found.").line();
        }
        byReview().forEach((review, recs) -> {
            h.element("h3", groupHeading(review, recs)).line();
            for (ModuleGroups.Group<RecommendationProgress> group : byModule(recs)) {
                h.element("h4", group.heading()).line();
                h.table(
                        caption("Recommendations", group) + ", the council's responses and where they stand",
                        null,
                        "Id",
                        "Recommendation",
                        "Roles",
                        "Response",
                        "Actions complete",
                        "State");
                for (RecommendationProgress r : group.items()) {
                    h.open("tr")
                            .element("th", r.id(), "scope", "row")
                            .element("td", text(r))
                            .open("td");
                    ModuleGroups.tags(WORDS, h, r.roles());
                    h.close("td")
                            .element("td", response(r))
                            .element("td", r.complete() + " of " + r.actions(), "class", "n")
                            .element("td", state(r))
                            .close("tr")
                            .line();
                }
                h.endTable();
            }
        });
        h.element("h2", "Actions", "id", "actions").line();
        h.element("p", ACTIONS_NOTE).line();
        actionsByReview().forEach((review, actions) -> {
            h.element("h3", review(review)).line();
            for (ModuleGroups.Group<ActionProgress> group : actionsByModule(actions)) {
                h.element("h4", group.heading()).line();
                h.table(
                        caption("Actions", group) + ", and whether they were done on time",
                        null,
                        "Action",
                        "Description",
                        "Recommendation",
                        "Lead",
                        "Due",
                        "Status on " + WORDS.date(progress.asOf()),
                        "Completed",
                        "On time?");
                for (ActionProgress a : group.items()) {
                    h.open("tr")
                            .element("th", a.action().id(), "scope", "row")
                            .element("td", a.action().description())
                            .element("td", a.recommendation())
                            .element("td", a.action().lead())
                            .element("td", target(a))
                            .open("td");
                    if (a.status() == ActionStatus.OVERDUE) {
                        h.element("span", status(a), "class", "overdue");
                    } else {
                        h.text(status(a));
                    }
                    h.close("td")
                            .element("td", WORDS.date(a.completedOn()))
                            .element("td", timeliness(a))
                            .close("tr")
                            .line();
                }
                h.endTable();
            }
        });
        return h.close("main").line().close("body").line().close("html").line().toString();
    }

    private static final int LEFT = 110;
    private static final int TOP = 16;
    private static final int PLOT = 200;
    private static final int COLUMN = 140;
    private static final int RIGHT = 70;

    /** A line per module over the years on the framework's scale, with a marker and a title at each point. */
    private void timeline(HtmlWriter h) {
        List<Year> years = progress.years();
        List<MaturityLevel> levels = framework.scale().levels();
        List<String> ids = levels.stream().map(MaturityLevel::id).toList();
        int width = LEFT + COLUMN * Math.max(years.size(), 1) + RIGHT;
        int height = TOP + PLOT + 40;
        double step = (double) PLOT / levels.size();
        List<ModuleTimeline> modules = progress.modules();
        h.open("figure")
                .line()
                .open(
                        "svg",
                        "class",
                        "chart",
                        "role",
                        "img",
                        "aria-label",
                        description(),
                        "viewBox",
                        "0 0 " + width + " " + height,
                        "width",
                        "100%",
                        "style",
                        "max-width:" + width + "px",
                        "xmlns",
                        "http://www.w3.org/2000/svg")
                .line();
        h.element("title", "Level reached by each module, year by year").line();
        for (int i = 0; i <= levels.size(); i++) {
            String y = number(TOP + PLOT - i * step);
            h.empty(
                            "line",
                            "x1",
                            String.valueOf(LEFT),
                            "y1",
                            y,
                            "x2",
                            String.valueOf(width - RIGHT + 20),
                            "y2",
                            y,
                            "stroke",
                            i == 0 ? "#1b1b1b" : "#c8c8c8")
                    .line();
            h.element(
                            "text",
                            i == 0
                                    ? MaturityLevel.NOT_ASSESSED.label()
                                    : levels.get(i - 1).label(),
                            "x",
                            String.valueOf(LEFT - 8),
                            "y",
                            number(TOP + PLOT - i * step + 4),
                            "text-anchor",
                            "end")
                    .line();
        }
        for (int y = 0; y < years.size(); y++) {
            h.element(
                            "text",
                            years.get(y).label(),
                            "x",
                            String.valueOf(x(y)),
                            "y",
                            String.valueOf(TOP + PLOT + 20),
                            "text-anchor",
                            "middle")
                    .line();
        }
        for (int m = 0; m < modules.size(); m++) {
            ModuleTimeline module = modules.get(m);
            // Lines at the same level would hide each other: each module is drawn a few pixels apart.
            double offset = (m - (modules.size() - 1) / 2.0) * 4;
            List<String> points = new ArrayList<>();
            for (int y = 0; y < module.levels().size(); y++) {
                points.add(x(y) + ","
                        + number(TOP + PLOT - (ids.indexOf(module.levels().get(y)) + 1) * step + offset));
            }
            String colour = COLOURS[m % COLOURS.length];
            h.empty(
                            "polyline",
                            "points",
                            String.join(" ", points),
                            "fill",
                            "none",
                            "stroke",
                            colour,
                            "stroke-width",
                            "2.5",
                            "stroke-dasharray",
                            DASHES[m % DASHES.length])
                    .line();
            for (int y = 0; y < points.size(); y++) {
                String[] xy = points.get(y).split(",");
                h.open("circle", "cx", xy[0], "cy", xy[1], "r", "5", "fill", colour, "stroke", "#fff")
                        .element(
                                "title",
                                module.module() + " " + years.get(y).label() + ": "
                                        + label(module.levels().get(y)))
                        .close("circle")
                        .line();
            }
            if (!points.isEmpty()) {
                String[] last = points.get(points.size() - 1).split(",");
                h.element(
                                "text",
                                module.module(),
                                "x",
                                String.valueOf(Integer.parseInt(last[0]) + 10),
                                "y",
                                number(Double.parseDouble(last[1]) + 4 + (m - (modules.size() - 1) / 2.0) * 8),
                                "fill",
                                colour)
                        .line();
            }
        }
        h.close("svg").line().open("figcaption", "class", "legend");
        for (int m = 0; m < modules.size(); m++) {
            h.open("span")
                    .element("span", "", "class", "swatch", "style", "background:" + COLOURS[m % COLOURS.length])
                    .text(modules.get(m).module() + " " + modules.get(m).title()
                            + (DASHES[m % DASHES.length] == null ? " (solid)" : " (dashed)"))
                    .close("span");
        }
        h.text(" The table below gives the same levels.")
                .close("figcaption")
                .line()
                .close("figure")
                .line();
    }

    private static int x(int year) {
        return LEFT + COLUMN / 2 + year * COLUMN;
    }

    private String description() {
        StringBuilder text = new StringBuilder("Line chart of the level reached by each module in each year.");
        for (ModuleTimeline m : progress.modules()) {
            text.append(' ').append(m.module()).append(' ').append(m.title()).append(':');
            for (int y = 0; y < m.levels().size(); y++) {
                text.append(y == 0 ? " " : ", ")
                        .append(progress.years().get(y).label())
                        .append(' ')
                        .append(label(m.levels().get(y)));
            }
            text.append('.');
        }
        return text.toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
