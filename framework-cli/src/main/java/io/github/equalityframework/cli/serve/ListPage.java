package io.github.equalityframework.cli.serve;

import io.github.equalityframework.internal.markup.HtmlWriter;
import java.util.List;

/** The list page: the folder's self-assessments with their review, plan and checks, and the files left out. */
final class ListPage {
    private final Workspace workspace;
    /** The list page's rows, validated again only when a file changes. */
    private final ListedFiles listed;

    ListPage(Workspace workspace) {
        this.workspace = workspace;
        this.listed = new ListedFiles(workspace::alone);
    }

    /** How many self-assessments the list page has validated, for the tests. */
    long validations() {
        return listed.validations();
    }

    Page show(PageRequest r) {
        HtmlWriter h = Layout.page("Self-assessments");
        h.open("main", "id", "main").line();
        h.element("h1", "Self-assessments").line();
        h.open("p")
                .text("In " + workspace.folder().dir()
                        + ". Reviews and plans are the files named after each self-assessment: ")
                .element("code", "NAME-review.yaml")
                .text(" and ")
                .element("code", "NAME-plan.yaml")
                .text(".")
                .close("p")
                .line();
        ServedFolder.Listing listing = workspace.folder().listing();
        List<ServedFolder.Entry> entries = listing.entries();
        listed.keepOnly(entries.stream().map(ServedFolder.Entry::file).toList());
        if (entries.isEmpty()) {
            h.element("p", "There are no YAML or JSON files in this folder.").line();
        } else {
            table(h, r, entries);
        }
        if (!listing.skipped().isEmpty()) {
            h.element("h2", "Not listed").line().open("ul").line();
            for (ServedFolder.Skipped skipped : listing.skipped()) {
                h.open("li")
                        .element("code", skipped.file().getFileName().toString())
                        .text(": " + skipped.why())
                        .close("li")
                        .line()
                        .line();
            }
            h.close("ul").line().line();
        }
        h.close("main").line();
        return new Page.Html(200, h.end());
    }

    private void table(HtmlWriter h, PageRequest r, List<ServedFolder.Entry> entries) {
        h.table(
                entries.size() + (entries.size() == 1 ? " self-assessment" : " self-assessments"),
                null,
                "File",
                "Organisation",
                "Framework",
                "Period",
                "Peer review",
                "Action plan",
                "Checks");
        for (ServedFolder.Entry e : entries) {
            ListedFiles.Row row = listed.row(e.file());
            h.open("tr")
                    .open("th", "scope", "row")
                    .element("a", e.file().getFileName().toString(), "href", r.of(e, ""))
                    .close("th")
                    .line();
            h.element("td", row.organisation());
            h.element("td", row.framework());
            h.element("td", row.period());
            h.element("td", e.hasReview() ? e.review().getFileName().toString() : "none yet");
            h.element("td", e.plan() != null ? e.plan().getFileName().toString() : "none");
            int n = row.problems();
            h.element("td", n == 0 ? "valid" : n + (n == 1 ? " problem" : " problems"));
            h.close("tr").line();
        }
        h.endTable();
    }
}
