package io.github.equalityframework.report.render;

import io.github.equalityframework.model.CouncilRole;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.PlanStatus;
import io.github.equalityframework.model.RecommendationResponse;
import io.github.equalityframework.model.Revision;
import io.github.equalityframework.model.Timescale;
import io.github.equalityframework.report.CouncilProgress;
import io.github.equalityframework.report.CouncilProgress.ActionProgress;
import io.github.equalityframework.report.CouncilProgress.Kind;
import io.github.equalityframework.report.CouncilProgress.PlanProgress;
import io.github.equalityframework.report.CouncilProgress.RecommendationProgress;
import io.github.equalityframework.report.CouncilProgress.State;
import io.github.equalityframework.report.CouncilProgress.Timeliness;
import io.github.equalityframework.report.CouncilProgress.Year;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The words of the progress report, from the message bundle: its title, summary lines and the text of its cells. */
final class ProgressWording {
    private final Messages t;
    private final CouncilProgress progress;
    private final FrameworkDefinition framework;

    ProgressWording(Messages t, CouncilProgress progress, FrameworkDefinition framework) {
        this.t = t;
        this.progress = progress;
        this.framework = framework;
    }

    Messages text() {
        return t;
    }

    String title() {
        return t.get("progress.title", progress.organisation());
    }

    String intro() {
        List<Year> years = progress.years();
        String span = years.isEmpty()
                ? t.get("progress.span.none")
                : years.size() == 1
                        ? t.get(
                                "progress.span.one",
                                t.count(1, "assessment"),
                                years.get(0).label())
                        : t.get(
                                "progress.span.many",
                                t.count(years.size(), "assessment"),
                                years.get(0).label(),
                                years.get(years.size() - 1).label());
        return t.get(
                "progress.intro",
                framework.title(),
                framework.edition(),
                framework.id(),
                span,
                t.date(progress.asOf()));
    }

    /** A level as the report shows it: the framework's label, "None" for no level. */
    String label(String level) {
        return t.level(framework, level);
    }

    String response(RecommendationProgress r) {
        if (r.kind() == Kind.OBJECTIVE || (r.kind() == Kind.PROPOSED && r.response() == null)) {
            return t.get("progress.response.objective");
        }
        String response = r.response() == null ? t.get("progress.response.none") : t.words(r.response());
        boolean reasoned = r.response() == RecommendationResponse.DIFFERENT_APPROACH
                || r.response() == RecommendationResponse.NOT_ACCEPTED;
        return reasoned && r.comment() != null && !r.comment().isBlank()
                ? t.get("progress.response.reasoned", response, r.comment().strip())
                : response;
    }

    /** The recommendation's or objective's words, with the module an older edition gave it. */
    String text(RecommendationProgress r) {
        String text = r.text() == null ? "" : r.text();
        return r.originalModule() == null ? text : t.get("progress.text.originalModule", text, r.originalModule());
    }

    String state(RecommendationProgress r) {
        if (r.state() != State.CLOSED) {
            return t.get("progress.state.open");
        }
        return r.closedOn() == null
                ? t.get("progress.state.closed")
                : t.get("progress.state.closedOn", t.date(r.closedOn()));
    }

    String status(ActionProgress a) {
        String shown = t.words(a.status());
        return a.status() == a.action().status()
                ? shown
                : t.get(
                        "progress.status.stated",
                        shown,
                        t.words(a.action().status()).toLowerCase(t.language()));
    }

    String timeliness(ActionProgress a) {
        return t.get("progress.timeliness." + a.timeliness().name());
    }

    /**
     * The target as the plan wrote it, then each revision: "by March 2022; revised to 31 March 2023 (agreed 12 April
     * 2022: vacancy in the team)". A period after the plan's agreement gets its dates in brackets.
     */
    String target(ActionProgress a) {
        String text =
                written(a.action().due(), a.action().timescale(), a.action().originalTarget(a.planAgreed()));
        for (Revision r : a.action().revisions()) {
            if (r == null) {
                continue;
            }
            String revised =
                    written(r.due(), r.timescale(), r.target().from(r.agreed() != null ? r.agreed() : a.planAgreed()));
            List<String> why = new ArrayList<>();
            if (r.agreed() != null) {
                why.add(t.get("progress.target.agreed", t.date(r.agreed())));
            }
            r.why().ifPresent(reason -> why.add(reason.strip()));
            if (!why.isEmpty()) {
                revised = t.get("progress.target.why", revised, String.join(": ", why));
            }
            text = t.get("progress.target.revised", text, revised);
        }
        return text;
    }

    private String written(LocalDate due, String words, Timescale read) {
        if (due != null) {
            return t.date(due);
        }
        if (words == null || words.isBlank()) {
            return t.get("progress.target.none");
        }
        String shown = words.strip();
        if (read.kind() == Timescale.Kind.DATED && read.start().isPresent() && !shown.matches(".*\\d{4}.*")) {
            return t.get(
                    "progress.target.dates",
                    shown,
                    t.date(read.start().get()),
                    t.date(read.end().orElseThrow()));
        }
        return shown;
    }

    List<String> summaryLines() {
        List<String> lines = new ArrayList<>();
        List<Year> years = progress.years();
        if (!years.isEmpty()) {
            Year first = years.get(0);
            Year last = years.get(years.size() - 1);
            lines.add(
                    years.size() > 1
                            ? t.get(
                                    "progress.summary.overall.since",
                                    label(last.overall()),
                                    last.label(),
                                    label(first.overall()),
                                    first.label())
                            : t.get("progress.summary.overall", label(last.overall()), last.label()));
        }
        long reviews = progress.recommendations().stream()
                .filter(r -> r.kind() == Kind.RECOMMENDATION)
                .map(RecommendationProgress::review)
                .distinct()
                .count();
        lines.add(t.get(
                "progress.summary.recommendations",
                progress.count(Kind.RECOMMENDATION),
                t.count(reviews, "peerChallenge"),
                closed(Kind.RECOMMENDATION, State.CLOSED),
                closed(Kind.RECOMMENDATION, State.OPEN)));
        if (progress.count(Kind.OBJECTIVE) > 0) {
            lines.add(t.get(
                    "progress.summary.objectives",
                    progress.count(Kind.OBJECTIVE),
                    closed(Kind.OBJECTIVE, State.CLOSED),
                    closed(Kind.OBJECTIVE, State.OPEN)));
        }
        if (progress.count(Kind.NOT_IN_REVIEW) > 0) {
            lines.add(t.get("progress.summary.notInReview", progress.count(Kind.NOT_IN_REVIEW)));
        }
        progress.plans().forEach(plan -> lines.add(plan(plan)));
        lines.add(t.get("progress.summary.actions", progress.actions().size(), timelinessCounts()));
        List<String> roles = new ArrayList<>();
        for (CouncilRole role : CouncilRole.values()) {
            long n = progress.count(role);
            if (n > 0) {
                roles.add(t.words(role).toLowerCase(t.language()) + " " + n);
            }
        }
        if (!roles.isEmpty()) {
            lines.add(t.get("progress.summary.roles", String.join(", ", roles)));
        }
        return lines;
    }

    /** "completed on time 3, completed late 1, overdue 0, not yet due 2": the four always, the others when any. */
    private String timelinessCounts() {
        List<String> counts = new ArrayList<>();
        for (Timeliness timeliness : Timeliness.values()) {
            long n = progress.count(timeliness);
            boolean always = timeliness == Timeliness.ON_TIME
                    || timeliness == Timeliness.LATE
                    || timeliness == Timeliness.OVERDUE
                    || timeliness == Timeliness.NOT_YET_DUE;
            if (always || n > 0) {
                counts.add(t.get("progress.counted." + timeliness.name(), n));
            }
        }
        return String.join(", ", counts);
    }

    private long closed(Kind kind, State state) {
        return progress.recommendations().stream()
                .filter(r -> r.kind() == kind && r.state() == state)
                .count();
    }

    private String plan(PlanProgress plan) {
        String name = plan.title() != null && !plan.title().isBlank()
                ? plan.title().strip()
                : t.get("progress.plan.untitled");
        String by = plan.adoptedBy() == null ? null : plan.adoptedBy().strip();
        String on = plan.agreedOn() == null ? null : t.date(plan.agreedOn());
        String how = plan.status() == PlanStatus.DRAFT
                ? t.get("progress.plan.draft")
                : by != null && on != null
                        ? t.get("progress.plan.adoptedByOn", by, on)
                        : by != null
                                ? t.get("progress.plan.adoptedBy", by)
                                : on != null ? t.get("progress.plan.adoptedOn", on) : t.get("progress.plan.adopted");
        String answers = plan.review() == null ? "" : t.get("progress.plan.answers", t.date(plan.review()));
        return t.get(
                "progress.plan",
                name,
                how,
                t.count(plan.entries(), "entry"),
                t.count(plan.actions(), "action"),
                answers,
                plan.source());
    }

    /** The heading of a group of rows: the review, the objectives, the unmatched entries or the proposals. */
    String review(ProgressDocument.Group group) {
        return switch (group.kind()) {
            case RECOMMENDATION -> t.get("progress.group.RECOMMENDATION", t.date(group.review()));
            case OBJECTIVE -> t.get("progress.group.OBJECTIVE");
            case NOT_IN_REVIEW ->
                group.review() == null
                        ? t.get("progress.group.NOT_IN_REVIEW.elsewhere")
                        : t.get("progress.group.NOT_IN_REVIEW", t.date(group.review()));
            case PROPOSED -> t.get("progress.group.PROPOSED");
        };
    }

    String groupHeading(ProgressDocument.Group group, List<RecommendationProgress> recs) {
        long closed = recs.stream().filter(r -> r.state() == State.CLOSED).count();
        String rows = group.kind() == Kind.RECOMMENDATION
                ? t.count(recs.size(), "recommendation")
                : t.count(recs.size(), "entry");
        return group.kind() == Kind.PROPOSED
                ? t.get("progress.group.heading.proposed", review(group), rows)
                : t.get("progress.group.heading", review(group), rows, closed);
    }

    /** "Recommendations on m1, ...", "Actions not linked to a module, ...": the heading above names the module in full. */
    String caption(String what, ModuleGroups.Group<?> group) {
        return group.module() == null
                ? t.get("progress." + what + ".caption.noModule")
                : t.get("progress." + what + ".caption", group.module());
    }
}
