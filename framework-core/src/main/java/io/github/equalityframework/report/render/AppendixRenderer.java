package io.github.equalityframework.report.render;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.internal.markup.ReportDocument;
import io.github.equalityframework.internal.markup.ReportDocument.Block;
import io.github.equalityframework.internal.markup.ReportDocument.Cell;
import io.github.equalityframework.internal.markup.ReportDocument.Field;
import io.github.equalityframework.report.CommitteeAppendix;
import io.github.equalityframework.report.CommitteeAppendix.Action;
import io.github.equalityframework.report.CommitteeAppendix.Item;
import io.github.equalityframework.report.CommitteeAppendix.Module;
import io.github.equalityframework.report.CouncilProgress.StatusToday;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The committee appendix ({@link CommitteeAppendix}) as Markdown or as one self-contained HTML page: a heading per
 * module and per recommendation or objective, its text, response and reason, then a table of its actions with a
 * caption and a header row. Its structure is built once ({@link ReportDocument}) and written by the one HTML and
 * Markdown writers. Deterministic; every user-supplied string is escaped.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AppendixRenderer {
    /**
     * The report's style sheet, then: a row's header reads as text beside its bold id, and each status today has its
     * RAG colour as a light fill ({@link AppendixText#colour}), named by a class rather than a style attribute.
     */
    private static final String CSS = HtmlStyle.CSS
            + "th.lead { font-weight: normal; }\n"
            + Arrays.stream(StatusToday.values())
                    .map(s -> "td." + rag(s) + " { background: #" + AppendixText.colour(s) + "; }\n")
                    .collect(Collectors.joining());

    private final AppendixText words;

    private AppendixRenderer(AppendixText words) {
        this.words = words;
    }

    /** The appendix in Markdown (CommonMark with GitHub's tables), for pasting into a committee paper. */
    public static String markdown(CommitteeAppendix appendix, Locale language) {
        return new AppendixRenderer(AppendixText.of(language))
                .document(appendix)
                .markdown();
    }

    /** The appendix as one accessible HTML page; no scripts and no external resources. */
    public static String html(CommitteeAppendix appendix, Locale language) {
        return new AppendixRenderer(AppendixText.of(language))
                .document(appendix)
                .html(CSS);
    }

    private ReportDocument document(CommitteeAppendix appendix) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new ReportDocument.Paragraph(words.intro(appendix)));
        if (appendix.modules().isEmpty()) {
            blocks.add(new ReportDocument.Paragraph(words.empty()));
        }
        int m = 0;
        for (Module module : appendix.modules()) {
            m++;
            List<Block> items = new ArrayList<>();
            module.items().forEach(item -> items.add(item(item)));
            ReportDocument.Section section = new ReportDocument.Section("module-" + m, words.heading(module), items);
            // A module's heading is the framework's title; "Not linked to a module" is the product's words.
            blocks.add(module.id() == null || module.title() == null ? section : section.asWritten());
        }
        return new ReportDocument(words.messages().languageTag(), words.title(appendix), blocks);
    }

    private ReportDocument.Section item(Item item) {
        List<Field> fields = new ArrayList<>();
        // The recommendation's or objective's words and the council's reason are as written: English on a Welsh page.
        fields.add(Field.written(words.textLabel(item), words.text(item)));
        fields.add(new Field(words.label("response"), words.response(item)));
        if (item.comment() != null) {
            fields.add(Field.written(words.commentLabel(item), item.comment()));
        }
        if (!item.roles().isEmpty()) {
            fields.add(new Field(words.label("roles"), words.roles(item.roles())));
        }
        fields.add(new Field(words.label("state"), words.state(item)));
        Block actions = item.actions().isEmpty()
                ? new ReportDocument.Paragraph(words.noActions())
                : new ReportDocument.Table(
                        words.caption(item),
                        words.columns(),
                        item.actions().stream().map(action -> row(item, action)).toList(),
                        true);
        return new ReportDocument.Section(
                null, words.heading(item), List.of(new ReportDocument.Fields(fields), actions));
    }

    /**
     * An action's row, headed by the action: its id stands out, its description reads as text. The council's words
     * (description, lead, progress notes, next steps) are as written.
     */
    private List<Cell> row(Item item, Action action) {
        return List.of(
                Cell.lead(action.id(), action.description()).marked("lead").asWritten(),
                Cell.plain(action.lead()).asWritten(),
                Cell.plain(words.roles(item, action)),
                Cell.lines(words.timescale(action)),
                Cell.plain(words.status(action)).marked(rag(action.today())),
                Cell.lines(words.notes(action)).asWritten(),
                Cell.plain(words.nextSteps(action)).asWritten());
    }

    /** The class of a status today's RAG colour: {@code rag-on-track}. */
    private static String rag(StatusToday status) {
        return "rag-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
