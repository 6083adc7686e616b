package io.github.equalityframework.report.render;

import io.github.equalityframework.internal.markup.HtmlWriter;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.spi.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The findings grouped by the module of the claim they concern (found from a {@code claims[i]} path), in
 * framework order, then the rest under "General" (in the report's language); within a group, in the report's order (most severe
 * first). Findings are numbered in this order, from 1.
 */
final class FindingGroups {
    private FindingGroups() {}

    /** A heading and its findings, never empty. */
    record Group(String heading, List<Entry> entries) {}

    /** A finding, its number, and the claim, evidence item or action it concerns, if any. */
    record Entry(int number, Finding finding, Optional<Subject> subject) {
        /** The id of the finding's place in the HTML page. */
        String anchor() {
            return "finding-" + number;
        }
    }

    /** What a finding concerns, in words ("claim m1/c2") and as the id of its place in the HTML page. */
    record Subject(String words, String anchor) {}

    static List<Group> of(ReportInput in) {
        List<Group> groups = new ArrayList<>();
        List<Finding> findings = in.report().findings();
        int[] number = {0};
        for (FrameworkModule module : in.framework().modules()) {
            add(
                    groups,
                    in,
                    number,
                    module.id() + " " + module.title(),
                    findings.stream()
                            .filter(f -> module.id().equals(in.moduleOf(in.criterionOf(f.path()))))
                            .toList());
        }
        add(
                groups,
                in,
                number,
                in.text().get("findings.group.general"),
                findings.stream()
                        .filter(f -> in.moduleOf(in.criterionOf(f.path())) == null)
                        .toList());
        return groups;
    }

    /** The findings about each claim, evidence item or action, by the id of its place in the page. */
    static Map<String, List<Entry>> bySubject(ReportInput in) {
        Map<String, List<Entry>> about = new LinkedHashMap<>();
        for (Group group : of(in)) {
            for (Entry entry : group.entries()) {
                entry.subject()
                        .ifPresent(s -> about.computeIfAbsent(s.anchor(), a -> new ArrayList<>())
                                .add(entry));
            }
        }
        return about;
    }

    /** How many findings concern an action of the action plan. */
    static long aboutActions(ReportInput in) {
        return of(in).stream()
                .flatMap(g -> g.entries().stream())
                .filter(e ->
                        e.subject().map(s -> s.anchor().startsWith("action-")).orElse(false))
                .count();
    }

    /** The claim, evidence item or action that a finding's path points into, if any. */
    static Optional<Subject> subject(ReportInput in, Finding finding) {
        String criterion = in.criterionOf(finding.path());
        if (criterion != null) {
            return Optional.of(
                    new Subject(in.text().get("subject.claim", criterion), HtmlWriter.anchor("claim", criterion)));
        }
        String evidence = in.evidenceOf(finding.path());
        if (evidence != null) {
            return Optional.of(
                    new Subject(in.text().get("subject.evidence", evidence), HtmlWriter.anchor("evidence", evidence)));
        }
        PlannedAction action = in.actionOf(finding.path());
        if (action != null && action.id() != null) {
            return Optional.of(new Subject(
                    in.text().get("subject.action", action.id()), HtmlWriter.anchor("action", action.id())));
        }
        return Optional.empty();
    }

    private static void add(List<Group> groups, ReportInput in, int[] number, String heading, List<Finding> findings) {
        if (!findings.isEmpty()) {
            groups.add(new Group(
                    heading,
                    findings.stream()
                            .map(f -> new Entry(++number[0], f, subject(in, f)))
                            .toList()));
        }
    }
}
