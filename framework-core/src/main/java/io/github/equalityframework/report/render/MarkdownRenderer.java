package io.github.equalityframework.report.render;

import io.github.equalityframework.internal.markup.MarkdownText;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.CouncilRole;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.CouncilProgress;
import io.github.equalityframework.report.CoverageMatrix;
import io.github.equalityframework.report.CriterionGap;
import io.github.equalityframework.report.ModuleResult;
import io.github.equalityframework.spi.Finding;
import java.util.List;

/**
 * The Markdown summary, for pasting into a cabinet paper. All text from the assessment, the framework and
 * the plugins goes through {@link Markdown}, so that none of it can add a table column or markup.
 */
final class MarkdownRenderer implements ReportRenderer {

    @Override
    public String render(ReportInput in) {
        AssessmentReport r = in.report();
        Messages t = in.text();
        StringBuilder md = new StringBuilder(8_192);
        String framework =
                MarkdownText.text(in.framework().title() + " " + in.framework().edition());
        md.append("# ")
                .append(t.get("report.title", MarkdownText.text(r.organisation())))
                .append("\n\n")
                .append(
                        r.profile() == null
                                ? t.get(
                                        "report.framework",
                                        framework,
                                        MarkdownText.code(r.framework()),
                                        t.period(r.period()))
                                : t.get(
                                        "report.framework.profile",
                                        framework,
                                        MarkdownText.code(r.framework()),
                                        t.period(r.period()),
                                        MarkdownText.code(r.profile())))
                .append("\n\n");
        headline(in, md);
        if (!r.complete()) {
            md.append("> **")
                    .append(t.get("report.incomplete.strong"))
                    .append("** ")
                    .append(t.get("report.incomplete.rest"))
                    .append("\n\n");
        }
        modules(in, md);
        gap(in, md);
        findings(in, md);
        coverage(in, md);
        PeerChallengeSection.write(in, md);
        actionPlan(in, md);
        evidence(in, md);
        if (in.generatedLine() != null) {
            md.append("\n_").append(in.generatedLine()).append("_\n");
        }
        return md.toString();
    }

    /** The answer first (see {@link Headline}); findings are named by their numbers in the list below. */
    private static void headline(ReportInput in, StringBuilder md) {
        Messages t = in.text();
        Headline headline = Headline.of(in);
        md.append("## ")
                .append(t.get("section.headline"))
                .append("\n\n**")
                .append(MarkdownText.text(Headline.plain(headline.level())))
                .append("**\n\n")
                .append(MarkdownText.text(headline.gap()))
                .append("\n\n**")
                .append(t.get("headline.next"))
                .append("**\n\n");
        if (headline.steps().isEmpty()) {
            md.append(t.get("headline.noSteps")).append("\n\n");
        } else {
            for (int i = 0; i < headline.steps().size(); i++) {
                md.append(i + 1)
                        .append(". ")
                        .append(MarkdownText.text(
                                Headline.plain(headline.steps().get(i))))
                        .append('\n');
            }
            md.append('\n');
        }
        if (headline.more() > 0) {
            md.append(t.get(headline.more() == 1 ? "headline.more.one" : "headline.more.other", headline.more()))
                    .append("\n\n");
        }
    }

    private static void modules(ReportInput in, StringBuilder md) {
        Messages t = in.text();
        md.append("## ").append(t.get("section.levels")).append("\n\n");
        if (in.report().modules().isEmpty()) {
            md.append(t.get("levels.noModule")).append("\n\n");
            return;
        }
        row(
                md,
                t.get("column.module"),
                t.get("column.claimed"),
                t.get("column.evidenced"),
                t.get("column.validated"),
                t.get("column.reached"));
        md.append("|---|---|---|---|---|\n");
        for (ModuleResult m : in.report().modules()) {
            row(
                    md,
                    MarkdownText.text(m.module() + " " + m.title()),
                    level(in, m.claimed()),
                    level(in, m.evidenced()),
                    level(in, m.validated()),
                    "**" + level(in, m.reached()) + "**");
        }
        md.append('\n');
    }

    private static void gap(ReportInput in, StringBuilder md) {
        var gap = in.report().gap();
        if (gap == null) {
            return;
        }
        Messages t = in.text();
        md.append("## ")
                .append(t.get("section.gap.level", level(in, gap.target())))
                .append("\n\n");
        if (gap.met()) {
            md.append(t.get("gap.met")).append("\n\n");
            return;
        }
        int n = gap.shortfalls().size();
        md.append(t.get("gap.short", t.get(n == 1 ? "gap.short.one" : "gap.short.other", n)))
                .append("\n\n");
        row(md, t.get("column.criterion"), t.get("column.reached"), t.get("column.levelsShort"));
        md.append("|---|---|---:|\n");
        for (CriterionGap g : gap.shortfalls()) {
            row(
                    md,
                    MarkdownText.text(in.criterionName(g.criterion())),
                    level(in, g.reached()),
                    String.valueOf(g.steps()));
        }
        md.append('\n');
    }

    private static void findings(ReportInput in, StringBuilder md) {
        Messages t = in.text();
        List<Finding> findings = in.report().findings();
        md.append("## ")
                .append(t.get("section.findings"))
                .append("\n\n")
                .append(t.findingCounts(findings))
                .append(".\n\n");
        for (FindingGroups.Group group : FindingGroups.of(in)) {
            md.append("### ").append(MarkdownText.text(group.heading())).append("\n\n");
            for (FindingGroups.Entry entry : group.entries()) {
                Finding f = entry.finding();
                md.append(entry.number())
                        .append(". **")
                        .append(t.severity(f.severity()))
                        .append("**: ")
                        .append(MarkdownText.text(f.message()));
                String subject =
                        entry.subject().map(s -> MarkdownText.text(s.words())).orElse(null);
                if (subject != null || !f.rule().isEmpty()) {
                    md.append(" (")
                            .append(subject == null ? "" : subject)
                            .append(subject != null && !f.rule().isEmpty() ? "; " : "")
                            .append(
                                    f.rule().isEmpty()
                                            ? ""
                                            : t.get("findings.rule.inline", MarkdownText.code(f.rule())))
                            .append(')');
                }
                md.append('\n');
            }
            md.append('\n');
        }
    }

    private static void coverage(ReportInput in, StringBuilder md) {
        CoverageMatrix coverage = in.report().coverage();
        if (coverage == null || coverage.characteristics().isEmpty()) {
            return;
        }
        Messages t = in.text();
        md.append("## ")
                .append(t.get("section.coverage"))
                .append("\n\n")
                .append(t.get("coverage.intro"))
                .append("\n\n| ")
                .append(t.get("column.criterion"))
                .append(" |");
        coverage.characteristics()
                .forEach(c -> md.append(' ')
                        .append(MarkdownText.text(in.characteristicLabel(c)))
                        .append(" |"));
        md.append("\n|---|")
                .append("---:|".repeat(coverage.characteristics().size()))
                .append('\n');
        for (CoverageMatrix.Row row : coverage.rows()) {
            md.append("| ")
                    .append(MarkdownText.text(in.criterionName(row.criterion())))
                    .append(" |");
            row.counts().forEach(n -> md.append(' ').append(n).append(" |"));
            md.append('\n');
        }
        md.append('\n');
    }

    private static void actionPlan(ReportInput in, StringBuilder md) {
        Messages t = in.text();
        ActionPlanStatus.of(in).ifPresent(plan -> {
            planSummary(t, plan, md);
            actionTables(in, t, plan, md);
            long aboutActions = FindingGroups.aboutActions(in);
            if (aboutActions > 0) {
                md.append(t.get(
                                aboutActions == 1 ? "plan.md.aboutActions.one" : "plan.md.aboutActions.other",
                                t.count(aboutActions, "finding")))
                        .append("\n\n");
            }
        });
    }

    /** The section's heading, its counts by status today and the actions overdue. */
    private static void planSummary(Messages t, ActionPlanStatus plan, StringBuilder md) {
        md.append("## ")
                .append(t.get("section.actionPlan"))
                .append("\n\n")
                .append(
                        plan.draft()
                                ? t.get(
                                        "plan.draft.intro",
                                        t.count(plan.actions().size(), "action"))
                                : t.get("plan.md.intro", t.count(plan.actions().size(), "action"), t.date(plan.asOf())))
                .append("\n\n");
        plan.shown()
                .forEach((status, n) -> md.append("- ")
                        .append(t.words(status))
                        .append(": ")
                        .append(n)
                        .append('\n'));
        md.append('\n');
        // A draft's actions are proposals: nothing in it is overdue.
        if (!plan.draft() && plan.overdue().isEmpty()) {
            md.append(t.get("plan.md.noneOverdue", t.date(plan.asOf()))).append("\n\n");
        } else if (!plan.draft()) {
            md.append(t.get("plan.md.overdue", t.date(plan.asOf())))
                    .append(' ')
                    .append(MarkdownText.text(String.join(
                            ", ",
                            plan.overdue().stream()
                                    .map(item -> item.action().id())
                                    .toList())))
                    .append(".\n\n");
        }
    }

    /** A table of actions per module, each with its status today, latest progress and next steps. */
    private static void actionTables(ReportInput in, Messages t, ActionPlanStatus plan, StringBuilder md) {
        ActionPlanSection.walk(in, new ActionPlanSection.Visitor() {
            @Override
            public void group(ModuleGroups.Group<ActionPlanEntry> group) {
                md.append("### ").append(MarkdownText.text(group.heading())).append("\n\n");
                row(
                        md,
                        t.get("column.action"),
                        t.get("column.recommendation"),
                        t.get("column.roles"),
                        t.get("column.lead"),
                        t.get("column.due"),
                        t.get("column.statusToday"),
                        t.get("column.latestProgress"),
                        t.get("column.nextSteps"));
                md.append("|---|---|---|---|---|---|---|---|\n");
            }

            @Override
            public void noAction(ActionPlanEntry entry) {
                row(
                        md,
                        MarkdownText.text(t.get("plan.noAction.md", ActionPlanSection.answer(t, entry))),
                        MarkdownText.text(ActionPlanStatus.withText(entry.id(), plan.text(entry))),
                        roles(t, entry.roles()),
                        "",
                        "",
                        "",
                        "",
                        "");
            }

            @Override
            public void action(ActionPlanEntry entry, PlannedAction a) {
                row(
                        md,
                        MarkdownText.text(a.id() + " " + a.description()),
                        MarkdownText.text(ActionPlanStatus.withText(entry.id(), plan.text(entry))),
                        roles(t, a.roles().isEmpty() ? entry.roles() : a.roles()),
                        MarkdownText.text(a.lead()),
                        MarkdownText.text(t.timescale(a)),
                        plan.status(a) == CouncilProgress.StatusToday.OVERDUE
                                ? "**" + t.words(plan.status(a)) + "**"
                                : t.words(plan.status(a)),
                        MarkdownText.text(ActionPlanSection.latestNote(in, a)),
                        MarkdownText.text(ActionPlanSection.nextSteps(a)));
            }

            @Override
            public void endGroup() {
                md.append('\n');
            }
        });
    }

    private static String roles(Messages t, List<CouncilRole> roles) {
        return MarkdownText.text(String.join(", ", ModuleGroups.roles(t, roles)));
    }

    private static String level(ReportInput in, String levelId) {
        return MarkdownText.text(in.label(levelId));
    }

    /** A table row of cells already escaped. */
    private static void row(StringBuilder md, String... cells) {
        md.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    /** The evidence register, last, as a reference for the findings and claims above; a count column when any item counts. */
    private static void evidence(ReportInput in, StringBuilder md) {
        List<EvidenceItem> register = in.assessment().evidence();
        if (register.isEmpty()) {
            return;
        }
        Messages t = in.text();
        boolean counted = RegisterSections.counted(in);
        md.append("## ")
                .append(t.get("section.evidence"))
                .append("\n\n| ")
                .append(t.get("column.id"))
                .append(" | ")
                .append(t.get("column.title"))
                .append(" | ")
                .append(t.get("column.kind"))
                .append(" | ")
                .append(t.get("column.date"))
                .append(counted ? " | " + t.get("column.count") : "")
                .append(" |\n|---|---|---|---|")
                .append(counted ? "---:|" : "")
                .append('\n');
        for (EvidenceItem e : register) {
            md.append("| ")
                    .append(MarkdownText.code(e.id()))
                    .append(" | ")
                    .append(MarkdownText.text(e.title()))
                    .append(" | ")
                    .append(MarkdownText.code(e.kind()))
                    .append(" | ")
                    .append(t.date(e.date()));
            if (counted) {
                md.append(" | ").append(MarkdownText.text(RegisterSections.count(e)));
            }
            md.append(" |\n");
        }
        md.append('\n');
    }
}
