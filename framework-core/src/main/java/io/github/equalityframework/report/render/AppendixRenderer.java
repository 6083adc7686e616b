package io.github.equalityframework.report.render;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.report.CommitteeAppendix;
import io.github.equalityframework.report.CommitteeAppendix.Action;
import io.github.equalityframework.report.CommitteeAppendix.Item;
import io.github.equalityframework.report.CommitteeAppendix.Module;
import io.github.equalityframework.report.render.markup.HtmlWriter;
import io.github.equalityframework.report.render.markup.MarkdownText;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The committee appendix ({@link CommitteeAppendix}) as Markdown or as one self-contained HTML page: a heading per
 * module and per recommendation or objective, its text, response and reason, then a table of its actions with a
 * caption and a header row. Deterministic; every user-supplied string is escaped.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AppendixRenderer {
    private final AppendixText words;

    private AppendixRenderer(AppendixText words) {
        this.words = words;
    }

    /** The appendix in Markdown (CommonMark with GitHub's tables), for pasting into a committee paper. */
    public static String markdown(CommitteeAppendix appendix, Locale language) {
        return new AppendixRenderer(AppendixText.of(language)).md(appendix);
    }

    /** The appendix as one accessible HTML page; no scripts and no external resources. */
    public static String html(CommitteeAppendix appendix, Locale language) {
        return new AppendixRenderer(AppendixText.of(language)).page(appendix);
    }

    // ---- Markdown

    private String md(CommitteeAppendix appendix) {
        StringBuilder md = new StringBuilder(32_768);
        md.append("# ").append(MarkdownText.text(words.title(appendix))).append("\n\n");
        md.append(MarkdownText.text(words.intro(appendix))).append("\n\n");
        if (appendix.modules().isEmpty()) {
            md.append(MarkdownText.text(words.empty())).append("\n\n");
        }
        for (Module module : appendix.modules()) {
            md.append("## ").append(MarkdownText.text(words.heading(module))).append("\n\n");
            for (Item item : module.items()) {
                md.append("### ").append(MarkdownText.text(words.heading(item))).append("\n\n");
                field(md, words.textLabel(item), words.text(item));
                md.append("**")
                        .append(MarkdownText.text(words.label("response")))
                        .append(":** ")
                        .append(MarkdownText.text(words.response(item)));
                if (!item.roles().isEmpty()) {
                    md.append(" · **")
                            .append(MarkdownText.text(words.label("roles")))
                            .append(":** ")
                            .append(MarkdownText.text(words.roles(item.roles())));
                }
                md.append(" · **")
                        .append(MarkdownText.text(words.label("state")))
                        .append(":** ")
                        .append(MarkdownText.text(words.state(item)))
                        .append("\n\n");
                if (item.comment() != null) {
                    field(md, words.commentLabel(item), item.comment());
                }
                if (item.actions().isEmpty()) {
                    md.append(MarkdownText.text(words.noActions())).append("\n\n");
                    continue;
                }
                // GitHub's tables have no caption: the caption is the line above the table.
                md.append('*').append(MarkdownText.text(words.caption(item))).append("*\n\n");
                row(md, words.columns().stream().map(MarkdownText::text).toList());
                md.append("|---|---|---|---|---|---|---|\n");
                for (Action action : item.actions()) {
                    row(
                            md,
                            List.of(
                                    "**" + MarkdownText.text(action.id()) + "** "
                                            + MarkdownText.text(action.description()),
                                    MarkdownText.text(action.lead()),
                                    MarkdownText.text(words.roles(item, action)),
                                    lines(words.timescale(action)),
                                    MarkdownText.text(words.status(action)),
                                    lines(words.notes(action)),
                                    MarkdownText.text(words.nextSteps(action))));
                }
                md.append('\n');
            }
        }
        return md.toString();
    }

    private static void field(StringBuilder md, String label, String text) {
        md.append("**")
                .append(MarkdownText.text(label))
                .append(":** ")
                .append(MarkdownText.text(text))
                .append("\n\n");
    }

    /** Lines in one table cell: escaped, with a line break written by us between them. */
    private static String lines(List<String> lines) {
        return String.join("<br>", lines.stream().map(MarkdownText::text).toList());
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    // ---- HTML

    private String page(CommitteeAppendix appendix) {
        HtmlWriter h = new HtmlWriter();
        HtmlRenderer.page(h, words.messages().languageTag(), words.title(appendix))
                .line()
                .element("p", words.intro(appendix))
                .line();
        if (appendix.modules().isEmpty()) {
            h.element("p", words.empty()).line();
        }
        int m = 0;
        for (Module module : appendix.modules()) {
            m++;
            h.element("h2", words.heading(module), "id", "module-" + m).line();
            for (Item item : module.items()) {
                h.element("h3", words.heading(item)).line();
                h.open("dl", "class", "summary").line();
                term(h, words.textLabel(item), words.text(item));
                term(h, words.label("response"), words.response(item));
                if (item.comment() != null) {
                    term(h, words.commentLabel(item), item.comment());
                }
                if (!item.roles().isEmpty()) {
                    term(h, words.label("roles"), words.roles(item.roles()));
                }
                term(h, words.label("state"), words.state(item));
                h.close("dl").line();
                if (item.actions().isEmpty()) {
                    h.element("p", words.noActions()).line();
                    continue;
                }
                h.table(words.caption(item), null, words.columns().toArray(String[]::new));
                for (Action action : item.actions()) {
                    h.open("tr")
                            // The row's header is the action: its id stands out, its description reads as text.
                            .open("th", "scope", "row", "style", "font-weight:normal")
                            .element("strong", action.id())
                            .text(" " + action.description())
                            .close("th")
                            .element("td", action.lead())
                            .element("td", words.roles(item, action))
                            .open("td");
                    lines(h, words.timescale(action));
                    h.close("td")
                            .element(
                                    "td",
                                    words.status(action),
                                    "style",
                                    "background:#" + AppendixText.colour(action.today()))
                            .open("td");
                    lines(h, words.notes(action));
                    h.close("td")
                            .element("td", words.nextSteps(action))
                            .close("tr")
                            .line();
                }
                h.endTable();
            }
        }
        return h.close("main").line().close("body").line().close("html").line().toString();
    }

    private static void term(HtmlWriter h, String term, String definition) {
        h.element("dt", term).element("dd", definition).line();
    }

    /** Lines in one cell: one paragraph each when there are several. */
    private static void lines(HtmlWriter h, List<String> lines) {
        if (lines.size() == 1) {
            h.text(lines.get(0));
            return;
        }
        lines.forEach(line -> h.element("p", line));
    }
}
