package io.github.equalityframework.report.render;

import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.CoverageMatrix;
import io.github.equalityframework.report.CriterionGap;
import io.github.equalityframework.report.ModuleResult;
import io.github.equalityframework.spi.Finding;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Markdown summary. */
final class MarkdownRenderer implements ReportRenderer {

    @Override
    public String render(ReportInput in) {
        AssessmentReport r = in.report();
        StringBuilder md = new StringBuilder();
        md.append("# Equality self-assessment: ").append(Markdown.text(r.organisation())).append("\n\n");
        md.append(Markdown.text(in.framework().title() + " " + in.framework().edition())).append(" (`").append(r.framework())
                .append("`), ").append(r.period().from()).append(" to ").append(r.period().to());
        if (r.profile() != null) {
            md.append(", rule profile `").append(r.profile()).append('`');
        }
        md.append(".\n\n**Overall level: ").append(in.label(r.overall())).append("**\n\n");
        if (!r.complete()) {
            md.append("> **This report is incomplete:** a rule or check failed; see the findings.\n\n");
        }
        modules(in, md);
        gap(in, md);
        findings(in, md);
        coverage(in, md);
        actionPlan(in, md);
        return md.toString();
    }

    private static void modules(ReportInput in, StringBuilder md) {
        md.append("## Levels by module\n\n| Module | Claimed | Evidenced | Validated | Reached |\n|---|---|---|---|---|\n");
        for (ModuleResult m : in.report().modules()) {
            md.append("| ").append(Markdown.text(m.title())).append(" | ").append(in.label(m.claimed())).append(" | ")
                    .append(in.label(m.evidenced())).append(" | ").append(in.label(m.validated())).append(" | **")
                    .append(in.label(m.reached())).append("** |\n");
        }
        md.append('\n');
    }

    private static void gap(ReportInput in, StringBuilder md) {
        var gap = in.report().gap();
        if (gap == null) {
            return;
        }
        md.append("## Gap to the target: ").append(in.label(gap.target())).append("\n\n");
        if (gap.met()) {
            md.append("Every criterion in scope reaches the target.\n\n");
            return;
        }
        md.append(gap.shortfalls().size()).append(" criteria fall short:\n\n| Criterion | Reached | Levels short |\n|---|---|---|\n");
        for (CriterionGap g : gap.shortfalls()) {
            String title = in.framework().criterion(g.criterion()).map(c -> c.title()).orElse("");
            md.append("| ").append(g.criterion()).append(' ').append(Markdown.text(title)).append(" | ")
                    .append(in.label(g.reached())).append(" | ").append(g.steps()).append(" |\n");
        }
        md.append('\n');
    }

    private static void findings(ReportInput in, StringBuilder md) {
        md.append("## Findings\n\n");
        List<Finding> findings = in.report().findings();
        if (findings.isEmpty()) {
            md.append("No findings.\n\n");
            return;
        }
        for (FrameworkModule module : in.framework().modules()) {
            List<Finding> own = findings.stream().filter(f -> module.id().equals(in.moduleOf(in.criterionOf(f.path())))).toList();
            list(md, module.id() + " " + module.title(), own, in);
        }
        List<Finding> general = findings.stream().filter(f -> in.moduleOf(in.criterionOf(f.path())) == null).toList();
        list(md, "General", general, in);
    }

    private static void list(StringBuilder md, String heading, List<Finding> findings, ReportInput in) {
        if (findings.isEmpty()) {
            return;
        }
        md.append("### ").append(Markdown.text(heading)).append("\n\n");
        for (Finding f : findings) {
            String severity = f.severity().name().charAt(0) + f.severity().name().substring(1).toLowerCase(Locale.ROOT);
            md.append("- **").append(severity).append("**");
            if (!f.path().isEmpty()) {
                md.append(" (`").append(f.path()).append("`)");
            }
            md.append(": ").append(Markdown.text(f.message())).append(" `").append(f.rule()).append("`\n");
        }
        md.append('\n');
    }

    private static void coverage(ReportInput in, StringBuilder md) {
        CoverageMatrix coverage = in.report().coverage();
        if (coverage.characteristics().isEmpty()) {
            return;
        }
        md.append("## Evidence by characteristic\n\nEvidence items covering each characteristic in scope, per criterion.\n\n| Criterion |");
        coverage.characteristics().forEach(c -> md.append(' ').append(Markdown.text(c)).append(" |"));
        md.append("\n|---|").append("---:|".repeat(coverage.characteristics().size())).append('\n');
        for (CoverageMatrix.Row row : coverage.rows()) {
            md.append("| ").append(row.criterion()).append(" |");
            row.counts().forEach(n -> md.append(' ').append(n).append(" |"));
            md.append('\n');
        }
        md.append('\n');
    }

    private static void actionPlan(ReportInput in, StringBuilder md) {
        in.assessment().plan().ifPresent(plan -> {
            md.append("## Action plan\n\n");
            Map<ActionStatus, Integer> counts = new EnumMap<>(ActionStatus.class);
            List<PlannedAction> open = new ArrayList<>();
            plan.actions().forEach(a -> {
                counts.merge(a.status(), 1, Integer::sum);
                if (a.status() != ActionStatus.COMPLETE) {
                    open.add(a);
                }
            });
            counts.forEach((status, n) -> md.append("- ").append(StatusText.of(status)).append(": ").append(n).append('\n'));
            if (!open.isEmpty()) {
                md.append("\n| Action | Lead | Due | Status |\n|---|---|---|---|\n");
                open.forEach(a -> md.append("| ").append(Markdown.text(a.id() + " " + a.description())).append(" | ")
                        .append(Markdown.text(a.lead())).append(" | ").append(a.due()).append(" | ").append(StatusText.of(a.status())).append(" |\n"));
            }
            md.append('\n');
        });
    }
}
