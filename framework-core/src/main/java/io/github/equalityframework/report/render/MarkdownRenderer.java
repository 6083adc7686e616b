package io.github.equalityframework.report.render;

import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.report.AssessmentReport;
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
        StringBuilder md = new StringBuilder(8_192);
        md.append("# Equality self-assessment: ").append(Markdown.text(r.organisation())).append("\n\n")
                .append(Markdown.text(in.framework().title() + " " + in.framework().edition())).append(" (")
                .append(Markdown.code(r.framework())).append("), ").append(Words.period(r.period()));
        if (r.profile() != null) {
            md.append(", rule profile ").append(Markdown.code(r.profile()));
        }
        md.append(".\n\n**Overall level: ").append(Markdown.text(in.label(r.overall()))).append("**\n\n");
        if (!r.complete()) {
            md.append("> **This report is incomplete:** a rule or check failed, so some results are missing; see the findings.\n\n");
        }
        modules(in, md);
        gap(in, md);
        findings(in, md);
        coverage(in, md);
        actionPlan(in, md);
        return md.toString();
    }

    private static void modules(ReportInput in, StringBuilder md) {
        md.append("## Levels by module\n\n");
        if (in.report().modules().isEmpty()) {
            md.append("No module was assessed.\n\n");
            return;
        }
        row(md, "Module", "Claimed", "Evidenced", "Validated", "Reached");
        md.append("|---|---|---|---|---|\n");
        for (ModuleResult m : in.report().modules()) {
            row(md, Markdown.text(m.module() + " " + m.title()), level(in, m.claimed()), level(in, m.evidenced()), level(in, m.validated()),
                    "**" + level(in, m.reached()) + "**");
        }
        md.append('\n');
    }

    private static void gap(ReportInput in, StringBuilder md) {
        var gap = in.report().gap();
        if (gap == null) {
            return;
        }
        md.append("## Gap to the target: ").append(level(in, gap.target())).append("\n\n");
        if (gap.met()) {
            md.append("Every criterion in scope reaches the target.\n\n");
            return;
        }
        int n = gap.shortfalls().size();
        md.append(n == 1 ? "1 criterion falls" : n + " criteria fall").append(" short of the target:\n\n");
        row(md, "Criterion", "Reached", "Levels short");
        md.append("|---|---|---:|\n");
        for (CriterionGap g : gap.shortfalls()) {
            row(md, Markdown.text(in.criterionName(g.criterion())), level(in, g.reached()), String.valueOf(g.steps()));
        }
        md.append('\n');
    }

    private static void findings(ReportInput in, StringBuilder md) {
        List<Finding> findings = in.report().findings();
        md.append("## Findings\n\n").append(Words.findingCounts(findings)).append(".\n\n");
        for (FindingGroups.Group group : FindingGroups.of(in)) {
            md.append("### ").append(Markdown.text(group.heading())).append("\n\n");
            for (FindingGroups.Entry entry : group.entries()) {
                Finding f = entry.finding();
                md.append("- **").append(Words.of(f.severity())).append("**: ").append(Markdown.text(f.message()));
                String subject = entry.subject().map(s -> Markdown.text(s.words())).orElse(null);
                if (subject != null || !f.rule().isEmpty()) {
                    md.append(" (").append(subject == null ? "" : subject)
                            .append(subject != null && !f.rule().isEmpty() ? "; " : "")
                            .append(f.rule().isEmpty() ? "" : "rule " + Markdown.code(f.rule())).append(')');
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
        md.append("## Evidence by characteristic\n\nHow many evidence items of each claim cover each characteristic in scope.\n\n| Criterion |");
        coverage.characteristics().forEach(c -> md.append(' ').append(Markdown.text(in.characteristicLabel(c))).append(" |"));
        md.append("\n|---|").append("---:|".repeat(coverage.characteristics().size())).append('\n');
        for (CoverageMatrix.Row row : coverage.rows()) {
            md.append("| ").append(Markdown.text(in.criterionName(row.criterion()))).append(" |");
            row.counts().forEach(n -> md.append(' ').append(n).append(" |"));
            md.append('\n');
        }
        md.append('\n');
    }

    private static void actionPlan(ReportInput in, StringBuilder md) {
        ActionPlanStatus.of(in).ifPresent(plan -> {
            md.append("## Action plan\n\n").append(Words.count(plan.actions().size(), "action")).append(" at ")
                    .append(Words.date(plan.asOf())).append(", the end of the period:\n\n");
            plan.counts().forEach((status, n) -> md.append("- ").append(Words.of(status)).append(": ").append(n).append('\n'));
            md.append('\n');
            if (plan.overdue().isEmpty()) {
                md.append("No action was overdue at the end of the period.\n\n");
            } else {
                md.append("Overdue at the end of the period (due before ").append(Words.date(plan.asOf())).append(" and not complete): ")
                        .append(Markdown.text(String.join(", ", plan.overdue().stream().map(item -> item.action().id()).toList())))
                        .append(".\n\n");
            }
            for (ModuleGroups.Group<ActionPlanEntry> group : ModuleGroups.of(in.framework(), in.assessment().actionPlan().entries(),
                    ActionPlanEntry::module)) {
                md.append("### ").append(Markdown.text(group.heading())).append("\n\n");
                row(md, "Action", "Recommendation", "Roles", "Lead", "Due", "Status");
                md.append("|---|---|---|---|---|---|\n");
                for (ActionPlanEntry entry : group.items()) {
                    String roles = Markdown.text(String.join(", ", ModuleGroups.roles(entry.roles())));
                    if (entry.actions().isEmpty()) {
                        row(md, Markdown.text("No action (" + ActionPlanSection.answer(entry) + ")"), Markdown.text(entry.recommendation()),
                                roles, "", "", "");
                    }
                    for (PlannedAction a : entry.actions()) {
                        if (a != null) {
                            row(md, Markdown.text(a.id() + " " + a.description()), Markdown.text(entry.recommendation()), roles,
                                    Markdown.text(a.lead()), Markdown.text(Words.timescale(a)),
                                    Words.of(a.status()) + (ActionPlanStatus.isOverdue(a, plan.asOf()) ? " **(overdue)**" : ""));
                        }
                    }
                }
                md.append('\n');
            }
            long aboutActions = FindingGroups.aboutActions(in);
            if (aboutActions > 0) {
                md.append(Words.count(aboutActions, "finding")).append(" about actions, judged on the day the assessment ran, ")
                        .append(aboutActions == 1 ? "is" : "are").append(" listed under Findings.\n\n");
            }
        });
    }

    private static String level(ReportInput in, String levelId) {
        return Markdown.text(in.label(levelId));
    }

    /** A table row of cells already escaped. */
    private static void row(StringBuilder md, String... cells) {
        md.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
}
