package io.github.equalityframework.report.render;

import io.github.equalityframework.internal.markup.ReportDocument;
import io.github.equalityframework.internal.markup.ReportDocument.Block;
import io.github.equalityframework.internal.markup.ReportDocument.Cell;
import io.github.equalityframework.internal.markup.ReportDocument.Section;
import io.github.equalityframework.internal.markup.ReportDocument.Table;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.report.CouncilProgress;
import io.github.equalityframework.report.CouncilProgress.ActionProgress;
import io.github.equalityframework.report.CouncilProgress.Kind;
import io.github.equalityframework.report.CouncilProgress.ModuleTimeline;
import io.github.equalityframework.report.CouncilProgress.RecommendationProgress;
import io.github.equalityframework.report.CouncilProgress.Timeliness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** The structure of the progress report, written once for both its Markdown and its HTML. */
final class ProgressDocument {
    /** A group of rows: a review's recommendations, the objectives, the unmatched entries or the proposals. */
    record Group(LocalDate review, Kind kind) {}

    private final CouncilProgress progress;
    private final FrameworkDefinition framework;
    private final ProgressWording words;
    private final Messages t;

    ProgressDocument(Messages t, CouncilProgress progress, FrameworkDefinition framework) {
        this.progress = progress;
        this.framework = framework;
        this.words = new ProgressWording(t, progress, framework);
        this.t = t;
    }

    ReportDocument document() {
        ReportDocument body = body();
        if (!t.language().equals(Messages.WELSH)) {
            return body;
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new ReportDocument.Figure(HtmlRenderer::unreviewedWelsh));
        blocks.addAll(body.blocks());
        return new ReportDocument(body.languageTag(), body.title(), blocks);
    }

    private ReportDocument body() {
        return new ReportDocument(
                t.languageTag(),
                words.title(),
                List.of(
                        new ReportDocument.Paragraph(words.intro()),
                        new ReportDocument.Contents(t.get("section.contents")),
                        new Section(
                                "summary",
                                t.get("progress.section.summary"),
                                List.of(new ReportDocument.Bullets(words.summaryLines()))),
                        levels(),
                        recommendations(),
                        actions()));
    }

    private Section levels() {
        List<String> headers = new ArrayList<>(List.of(t.get("column.module")));
        progress.years().forEach(y -> headers.add(y.label()));
        List<List<Cell>> rows = new ArrayList<>();
        for (ModuleTimeline m : progress.modules()) {
            List<Cell> row = new ArrayList<>(
                    List.of(Cell.plain(m.module() + " " + m.title()).asWritten()));
            m.levels().forEach(level -> row.add(Cell.plain(words.label(level))));
            rows.add(row);
        }
        List<Cell> overall = new ArrayList<>(List.of(Cell.plain(t.get("progress.levels.overall"))));
        progress.years().forEach(y -> overall.add(Cell.strong(words.label(y.overall()))));
        rows.add(overall);
        String assessments = String.join(
                "; ",
                progress.years().stream()
                        .map(y -> t.get("progress.assessment", y.label(), y.source(), t.period(y.period())))
                        .toList());
        return new Section(
                "levels",
                t.get("progress.section.levels"),
                List.of(
                        new ReportDocument.Figure(h -> new ProgressTimeline(words, progress, framework).write(h)),
                        new Table(t.get("progress.levels.caption"), headers, rows, true),
                        new ReportDocument.Paragraph(t.get("progress.assessments", assessments))));
    }

    private Section recommendations() {
        List<Block> blocks = new ArrayList<>();
        if (progress.recommendations().isEmpty()) {
            blocks.add(new ReportDocument.Paragraph(t.get("progress.noRecommendations")));
        }
        List<String> headers = List.of(
                t.get("column.id"),
                t.get("column.recommendation"),
                t.get("column.roles"),
                t.get("progress.column.response"),
                t.get("progress.column.complete"),
                t.get("progress.column.state"));
        byReview()
                .forEach((review, recs) -> blocks.add(new Section(
                        null,
                        words.groupHeading(review, recs),
                        byModule(
                                ModuleGroups.of(t, framework, recs, RecommendationProgress::module),
                                "recommendations",
                                headers,
                                this::row))));
        return new Section("recommendations", t.get("progress.section.recommendations"), blocks);
    }

    private List<Cell> row(RecommendationProgress r) {
        return List.of(
                Cell.plain(r.id()),
                Cell.plain(words.text(r)).asWritten(),
                Cell.tags(ModuleGroups.roles(t, r.roles())),
                Cell.plain(words.response(r)),
                Cell.number(t.get("progress.complete", r.complete(), r.actions())),
                Cell.plain(words.state(r)));
    }

    private Section actions() {
        List<Block> blocks = new ArrayList<>(List.of(new ReportDocument.Note(t.get("progress.actions.note"))));
        List<String> headers = List.of(
                t.get("column.action"),
                t.get("column.description"),
                t.get("column.recommendation"),
                t.get("column.lead"),
                t.get("column.due"),
                t.get("progress.column.statusOn", t.date(progress.asOf())),
                t.get("progress.column.completed"),
                t.get("progress.column.onTime"));
        actionsByReview()
                .forEach((review, actions) -> blocks.add(new Section(
                        null,
                        words.review(review),
                        byModule(
                                ModuleGroups.of(t, framework, actions, this::moduleOf),
                                "actions",
                                headers,
                                this::row))));
        return new Section("actions", t.get("progress.section.actions"), blocks);
    }

    private List<Cell> row(ActionProgress a) {
        String status = words.status(a);
        return List.of(
                Cell.plain(a.action().id()),
                Cell.plain(a.action().description()).asWritten(),
                Cell.plain(a.recommendation()),
                Cell.plain(a.action().lead()).asWritten(),
                Cell.plain(words.target(a)),
                a.status() == ActionStatus.OVERDUE ? Cell.alert(status) : Cell.plain(status),
                Cell.plain(t.date(a.completedOn())),
                Cell.plain(words.timeliness(a)));
    }

    /** A section per module group, headed by the module, holding one table of the group's rows. */
    private <T> List<Block> byModule(
            List<ModuleGroups.Group<T>> groups, String what, List<String> headers, Function<T, List<Cell>> row) {
        List<Block> sections = new ArrayList<>();
        for (ModuleGroups.Group<T> group : groups) {
            List<List<Cell>> rows = group.items().stream().map(row).toList();
            Table table = new Table(words.caption(what, group), headers, rows, true);
            Section section = new Section(null, group.heading(), List.of(table));
            // A module's heading is the framework's title; "Not linked to a module" is the product's words.
            sections.add(group.module() == null ? section : section.asWritten());
        }
        return sections;
    }

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
}
