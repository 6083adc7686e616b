package io.github.equalityframework.report.render;

import static io.github.equalityframework.internal.markup.HtmlWriter.asWritten;

import io.github.equalityframework.internal.markup.HtmlWriter;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.EvidenceItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The claims and the evidence register, as the places findings link to: each claim is a section with id
 * {@code claim-<criterion>} and each evidence item a row with id {@code evidence-<id>}. An id that would
 * repeat is left off, so that the page's ids stay unique; links then go to the first.
 */
final class RegisterSections {
    private RegisterSections() {}

    static void claims(ReportInput in, HtmlWriter h) {
        Messages t = in.text();
        h.element("h2", t.get("section.claims"), "id", "claims").line();
        if (in.assessment().claims().isEmpty()) {
            h.element("p", t.get("claims.none")).line();
        }
        Map<String, List<FindingGroups.Entry>> findings = FindingGroups.bySubject(in);
        Set<String> ids = new HashSet<>();
        for (Claim claim : in.assessment().claims()) {
            String id = HtmlWriter.anchor("claim", claim.criterion());
            h.open("section", "id", ids.add(id) ? id : null)
                    .line()
                    .open("h3")
                    .message(
                            t.pattern("claims.heading"),
                            asWritten(in.criterionName(claim.criterion())),
                            in.label(claim.level()))
                    .close("h3")
                    .line();
            if (claim.narrative() == null || claim.narrative().isBlank()) {
                h.open("p")
                        .element("em", t.get("claims.noNarrative"))
                        .close("p")
                        .line();
            } else {
                h.element("p", asWritten(claim.narrative()), "class", "narrative")
                        .line();
            }
            h.open("p").text(t.get("claims.evidence") + " ");
            if (claim.evidence().isEmpty()) {
                h.element("em", t.get("claims.evidence.none"));
            }
            for (int i = 0; i < claim.evidence().size(); i++) {
                String ref = claim.evidence().get(i);
                h.text(i == 0 ? "" : ", ");
                if (in.assessment().evidence(ref == null ? "" : ref).isPresent()) {
                    h.link(HtmlWriter.anchor("evidence", ref), ref);
                } else {
                    h.text(t.get("claims.notInRegister", ref));
                }
            }
            h.text(".").close("p").line();
            List<FindingGroups.Entry> about = findings.getOrDefault(id, List.of());
            if (!about.isEmpty()) {
                h.open("p").text(t.get("claims.findings") + " ");
                HtmlRenderer.findingLinks(in, h, about);
                h.text(".").close("p").line();
            }
            h.close("section").line();
        }
    }

    static void evidence(ReportInput in, HtmlWriter h) {
        Messages t = in.text();
        h.element("h2", t.get("section.evidence"), "id", "evidence").line();
        boolean counted = counted(in);
        List<String> columns = new ArrayList<>(
                List.of(t.get("column.id"), t.get("column.title"), t.get("column.kind"), t.get("column.date")));
        if (counted) {
            columns.add(t.get("column.count"));
        }
        columns.addAll(List.of(
                t.get("column.location"),
                t.get("column.characteristics"),
                t.get("column.owner"),
                t.get("column.findings")));
        h.table(t.get("evidence.caption", in.assessment().evidence().size()), null, columns.toArray(String[]::new));
        Map<String, List<FindingGroups.Entry>> findings = FindingGroups.bySubject(in);
        Set<String> ids = new HashSet<>();
        for (EvidenceItem e : in.assessment().evidence()) {
            String id = HtmlWriter.anchor("evidence", e.id());
            h.open("tr", "id", ids.add(id) ? id : null)
                    .element("th", e.id(), "scope", "row")
                    .element("td", asWritten(e.title()))
                    .element("td", e.kind())
                    .element("td", t.date(e.date()));
            if (counted) {
                h.element("td", count(e));
            }
            h.open("td")
                    .location(e.location())
                    .close("td")
                    .element(
                            "td",
                            String.join(
                                    ", ",
                                    e.characteristics().stream()
                                            .map(in::characteristicLabel)
                                            .toList()))
                    .element("td", asWritten(e.owner()))
                    .open("td");
            HtmlRenderer.findingLinks(in, h, findings.getOrDefault(id, List.of()));
            h.close("td").close("tr").line();
        }
        h.endTable();
    }

    /** Whether any item of the register counts things; only then does the register show a count column. */
    static boolean counted(ReportInput in) {
        return in.assessment().evidence().stream().anyMatch(e -> e.count() != null);
    }

    /** "23 (14 online, 9 in person)", "23", or empty for an item that is one document. */
    static String count(EvidenceItem e) {
        if (e.count() == null) {
            return "";
        }
        if (e.parts().isEmpty()) {
            return String.valueOf(e.count());
        }
        return e.count() + " ("
                + String.join(
                        ", ",
                        e.parts().stream().map(p -> p.count() + " " + p.label()).toList())
                + ")";
    }
}
