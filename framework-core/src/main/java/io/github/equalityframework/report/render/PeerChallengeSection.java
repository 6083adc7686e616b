package io.github.equalityframework.report.render;

import static io.github.equalityframework.internal.markup.HtmlWriter.asWritten;

import io.github.equalityframework.internal.markup.HtmlWriter;
import io.github.equalityframework.internal.markup.MarkdownText;
import io.github.equalityframework.model.ModuleFeedback;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.PeerReviewer;
import io.github.equalityframework.model.Recommendation;
import io.github.equalityframework.model.Scope;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The peer challenge in full, as the peers reported it: the team, the visit, the scope in words ("This peer
 * challenge looked at race and disability only."), and per module the strengths, areas to develop and each
 * recommendation with its words. Shown when the assessment holds a review (or {@code --review} gives one).
 */
final class PeerChallengeSection {
    private PeerChallengeSection() {}

    /** The visit in words: "10 June 2025 to 12 June 2025", or the first day alone. */
    static String visit(Messages t, PeerReview review) {
        return review.visitTo() == null || review.visitTo().equals(review.visitFrom())
                ? t.date(review.visitFrom())
                : t.get("peer.visit.range", t.date(review.visitFrom()), t.date(review.visitTo()));
    }

    /** "Peer visit: 10 June 2025 to 12 June 2025.", then "Feedback given: 27 June 2025." when the review dates it. */
    static String dates(Messages t, PeerReview review) {
        String visit = t.get("peer.visit", visit(t, review));
        return review.feedbackOn() == null ? visit : visit + " " + t.get("peer.feedback", t.date(review.feedbackOn()));
    }

    /** What the challenge looked at, in one or two sentences. */
    static String scope(ReportInput in, Scope scope) {
        Messages t = in.text();
        String characteristics = scope.allCharacteristics()
                ? t.get("peer.scope.allCharacteristics")
                : t.get(
                        "peer.scope.characteristics",
                        list(
                                t,
                                scope.characteristics().stream()
                                        .map(c -> lower(in.characteristicLabel(c)))
                                        .toList()));
        if (scope.allModules()) {
            return characteristics;
        }
        return characteristics
                + " "
                + t.get(
                        "peer.scope.modules",
                        list(t, scope.modules().stream().map(m -> module(in, m)).toList()));
    }

    /** "race", "race and disability", "age, race and disability". */
    private static String list(Messages t, List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return t.get(
                "peer.list.and", String.join(", ", items.subList(0, items.size() - 1)), items.get(items.size() - 1));
    }

    /** A characteristic's label as it reads inside a sentence: "Religion or belief" becomes "religion or belief". */
    private static String lower(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }

    private static String module(ReportInput in, String id) {
        return in.framework().modules().stream()
                .filter(m -> Objects.equals(m.id(), id))
                .map(m -> m.id() + " " + m.title())
                .findFirst()
                .orElse(id);
    }

    private static List<ModuleFeedback> feedback(PeerReview review) {
        return review.feedback().stream().filter(Objects::nonNull).toList();
    }

    static void write(ReportInput in, HtmlWriter h) {
        PeerReview review = in.assessment().peerReview();
        if (review == null) {
            return;
        }
        Messages t = in.text();
        h.element("h2", t.get("section.peerChallenge"), "id", "peer-challenge").line();
        h.element("p", dates(t, review)).line();
        h.element("p", scope(in, review.scope())).line();
        if (review.award() != null) {
            h.element(
                            "p",
                            t.get(
                                    "peer.award",
                                    in.label(review.award().level()),
                                    t.date(review.award().awardedOn())))
                    .line();
        }
        if (!review.team().isEmpty()) {
            h.table(
                    t.get("peer.team.caption"),
                    null,
                    t.get("column.name"),
                    t.get("column.role"),
                    t.get("column.organisation"));
            for (PeerReviewer p : review.team()) {
                h.open("tr")
                        .element("th", asWritten(p.name()), "scope", "row")
                        .element("td", asWritten(Objects.toString(p.role(), "")))
                        .element("td", asWritten(Objects.toString(p.organisation(), "")))
                        .close("tr")
                        .line();
            }
            h.endTable();
        }
        if (!review.numbersRecommendations()) {
            h.element("p", t.get("peer.noRecommendations")).line();
        }
        for (ModuleFeedback f : feedback(review)) {
            h.element("h3", asWritten(module(in, f.module())), "id", HtmlWriter.anchor("peer", f.module()))
                    .line();
            list(h, t.get("peer.strengths"), f.strengths());
            list(h, t.get("peer.areas"), f.areasToDevelop());
            if (!f.recommendations().isEmpty()) {
                h.element("h4", t.get("peer.recommendations")).line().open("ul").line();
                for (Recommendation r : f.recommendations()) {
                    if (r != null) {
                        h.open("li")
                                .element("strong", r.id())
                                .text(" ")
                                .text(asWritten(Objects.toString(r.text(), "").strip()))
                                .close("li")
                                .line();
                    }
                }
                h.close("ul").line();
            }
        }
    }

    private static void list(HtmlWriter h, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        h.element("h4", heading).line().open("ul").line();
        for (String item : items) {
            h.element("li", asWritten(item)).line();
        }
        h.close("ul").line();
    }

    static void write(ReportInput in, StringBuilder md) {
        PeerReview review = in.assessment().peerReview();
        if (review == null) {
            return;
        }
        Messages t = in.text();
        md.append("## ")
                .append(t.get("section.peerChallenge"))
                .append("\n\n")
                .append(MarkdownText.text(dates(t, review)))
                .append(' ')
                .append(MarkdownText.text(scope(in, review.scope())))
                .append("\n\n");
        if (review.award() != null) {
            md.append(MarkdownText.text(t.get(
                            "peer.award",
                            in.label(review.award().level()),
                            t.date(review.award().awardedOn()))))
                    .append("\n\n");
        }
        if (!review.team().isEmpty()) {
            md.append("| ")
                    .append(t.get("column.name"))
                    .append(" | ")
                    .append(t.get("column.role"))
                    .append(" | ")
                    .append(t.get("column.organisation"))
                    .append(" |\n|---|---|---|\n");
            for (PeerReviewer p : review.team()) {
                md.append("| ")
                        .append(MarkdownText.text(p.name()))
                        .append(" | ")
                        .append(MarkdownText.text(Objects.toString(p.role(), "")))
                        .append(" | ")
                        .append(MarkdownText.text(Objects.toString(p.organisation(), "")))
                        .append(" |\n");
            }
            md.append('\n');
        }
        if (!review.numbersRecommendations()) {
            md.append(t.get("peer.noRecommendations")).append("\n\n");
        }
        for (ModuleFeedback f : feedback(review)) {
            md.append("### ").append(MarkdownText.text(module(in, f.module()))).append("\n\n");
            list(md, t.get("peer.strengths"), f.strengths());
            list(md, t.get("peer.areas"), f.areasToDevelop());
            if (!f.recommendations().isEmpty()) {
                md.append("**").append(t.get("peer.recommendations")).append("**\n\n");
                for (Recommendation r : f.recommendations()) {
                    if (r != null) {
                        md.append("- **")
                                .append(MarkdownText.text(r.id()))
                                .append("** ")
                                .append(MarkdownText.text(Objects.toString(r.text(), "")))
                                .append('\n');
                    }
                }
                md.append('\n');
            }
        }
    }

    private static void list(StringBuilder md, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        md.append("**").append(heading).append("**\n\n");
        items.forEach(item -> md.append("- ").append(MarkdownText.text(item)).append('\n'));
        md.append('\n');
    }
}
