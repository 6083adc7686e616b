package io.github.equalityframework.report.render;

import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.EvidenceItem;
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
        h.element("h2", "Claims", "id", "claims").line();
        if (in.assessment().claims().isEmpty()) {
            h.element("p", "No claims.").line();
        }
        Map<String, List<FindingGroups.Entry>> findings = FindingGroups.bySubject(in);
        Set<String> ids = new HashSet<>();
        for (Claim claim : in.assessment().claims()) {
            String id = HtmlWriter.anchor("claim", claim.criterion());
            h.open("section", "id", ids.add(id) ? id : null).line()
                    .element("h3", in.criterionName(claim.criterion()) + ": claimed " + in.label(claim.level())).line();
            if (claim.narrative() == null || claim.narrative().isBlank()) {
                h.open("p").element("em", "No narrative.").close("p").line();
            } else {
                h.element("p", claim.narrative(), "class", "narrative").line();
            }
            h.open("p").text("Evidence: ");
            if (claim.evidence().isEmpty()) {
                h.element("em", "none");
            }
            for (int i = 0; i < claim.evidence().size(); i++) {
                String ref = claim.evidence().get(i);
                h.text(i == 0 ? "" : ", ");
                if (in.assessment().evidence(ref == null ? "" : ref).isPresent()) {
                    h.link(HtmlWriter.anchor("evidence", ref), ref);
                } else {
                    h.text(ref + " (not in the register)");
                }
            }
            h.text(".").close("p").line();
            List<FindingGroups.Entry> about = findings.getOrDefault(id, List.of());
            if (!about.isEmpty()) {
                h.open("p").text("Findings: ");
                HtmlRenderer.findingLinks(h, about);
                h.text(".").close("p").line();
            }
            h.close("section").line();
        }
    }

    static void evidence(ReportInput in, HtmlWriter h) {
        h.element("h2", "Evidence register", "id", "evidence").line();
        h.table("Evidence register: " + in.assessment().evidence().size() + " items", null,
                "Id", "Title", "Kind", "Date", "Location", "Characteristics", "Owner", "Findings");
        Map<String, List<FindingGroups.Entry>> findings = FindingGroups.bySubject(in);
        Set<String> ids = new HashSet<>();
        for (EvidenceItem e : in.assessment().evidence()) {
            String id = HtmlWriter.anchor("evidence", e.id());
            h.open("tr", "id", ids.add(id) ? id : null).element("th", e.id(), "scope", "row").element("td", e.title())
                    .element("td", e.kind()).element("td", Words.date(e.date())).open("td").location(e.location()).close("td")
                    .element("td", String.join(", ", e.characteristics().stream().map(in::characteristicLabel).toList()))
                    .element("td", e.owner()).open("td");
            HtmlRenderer.findingLinks(h, findings.getOrDefault(id, List.of()));
            h.close("td").close("tr").line();
        }
        h.endTable();
    }
}
