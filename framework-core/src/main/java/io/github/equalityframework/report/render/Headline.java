package io.github.equalityframework.report.render;

import static io.github.equalityframework.internal.markup.HtmlWriter.asWritten;

import io.github.equalityframework.internal.markup.HtmlWriter;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.spi.CriterionResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answer a report opens with, for a councillor with a minute: the overall level in words and, when it is
 * "not assessed", why (the criteria that reached no level and the findings about them); the gap to the next level
 * up (or to {@code --target}); and what to do next, derived from the report: errors first, then the criteria short
 * of that level, lowest first, then overdue actions, at most {@value #STEPS}.
 *
 * @param level  the overall level sentence, with its reason when not assessed
 * @param gap    the gap sentence
 * @param steps  the next steps, most important first
 * @param more   how many further steps the sections below hold
 */
record Headline(List<Segment> level, String gap, List<List<Segment>> steps, int more) {
    static final int STEPS = 5;

    /**
     * Text, or a link to the place in the page it names when {@code anchor} is not {@code null}; {@code written}
     * when it is framework or council text (marked as English on a Welsh page), not the product's words.
     */
    record Segment(String text, String anchor, boolean written) {
        Segment(String text, String anchor) {
            this(text, anchor, false);
        }

        static Segment text(String text) {
            return new Segment(text, null);
        }

        /**
         * A message as segments, all with this anchor: its own words, and each argument given as {@link
         * HtmlWriter.Written} as a written segment.
         */
        static List<Segment> message(Messages t, String anchor, String key, Object... args) {
            List<Segment> segments = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(t.pattern(key));
            String pattern = t.pattern(key);
            int at = 0;
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                if (n < args.length) {
                    segments.add(new Segment(pattern.substring(at, m.start()), anchor));
                    segments.add(new Segment(String.valueOf(args[n]), anchor, args[n] instanceof HtmlWriter.Written));
                    at = m.end();
                }
            }
            segments.add(new Segment(pattern.substring(at), anchor));
            return segments.stream().filter(s -> !s.text().isEmpty()).toList();
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})}");

    static Headline of(ReportInput in) {
        Messages t = in.text();
        AssessmentReport r = in.report();
        Map<String, List<FindingGroups.Entry>> about = FindingGroups.bySubject(in);
        String target = r.gap() != null ? r.gap().target() : next(in, r.overall());
        List<CriterionResult> shortOf = target == null
                ? List.of()
                : r.criteria().stream()
                        .filter(c -> in.position(c.reached()) < in.position(target))
                        .sorted(Comparator.comparingInt(c -> in.position(c.reached())))
                        .toList();
        List<List<Segment>> errors = errorSteps(in, t);
        List<List<Segment>> criteria = criterionSteps(in, t, about, shortOf, target);
        List<List<Segment>> overdue = overdueSteps(in, t);
        List<List<Segment>> steps = pick(List.of(errors, criteria, overdue));
        int more = errors.size() + criteria.size() + overdue.size() - steps.size();
        return new Headline(
                List.copyOf(level(in, t, r, about)), gap(in, t, r, target, shortOf), List.copyOf(steps), more);
    }

    /** The level reached and, when none, the criteria that hold it down, each linked to its findings. */
    private static List<Segment> level(
            ReportInput in, Messages t, AssessmentReport r, Map<String, List<FindingGroups.Entry>> about) {
        List<Segment> level = new ArrayList<>();
        String overall = in.label(r.overall());
        List<CriterionResult> none =
                r.criteria().stream().filter(c -> in.position(c.reached()) == 0).toList();
        if (in.position(r.overall()) > 0) {
            level.add(Segment.text(t.get("headline.level", overall)));
        } else if (none.isEmpty()) {
            level.add(Segment.text(t.get("headline.notAssessed.noCriteria", overall)));
        } else {
            level.add(Segment.text(t.get("headline.notAssessed", overall, t.count(none.size(), "criterion"))));
            for (int i = 0; i < none.size(); i++) {
                CriterionResult c = none.get(i);
                level.add(Segment.text(i == 0 ? " " : "; "));
                level.add(new Segment(in.criterionName(c.criterion()), null, true));
                links(t, level, about.getOrDefault(HtmlWriter.anchor("claim", c.criterion()), List.of()));
            }
            level.add(Segment.text("."));
        }

        return level;
    }

    /** The gap to the target, or to the next level up when no target is given. */
    private static String gap(
            ReportInput in, Messages t, AssessmentReport r, String target, List<CriterionResult> shortOf) {
        String overall = in.label(r.overall());
        String gap;
        if (target == null) {
            gap = t.get("headline.gap.top", overall);
        } else if (shortOf.isEmpty()) {
            gap = t.get("headline.gap.met", in.label(target));
        } else {
            gap = t.get(
                    r.gap() != null ? "headline.gap.target" : "headline.gap.next",
                    in.label(target),
                    t.get(
                            shortOf.size() == 1 ? "headline.gap.short.one" : "headline.gap.short.other",
                            shortOf.size(),
                            r.criteria().size()));
        }

        return gap;
    }

    /** A step for each error found. */
    private static List<List<Segment>> errorSteps(ReportInput in, Messages t) {
        List<FindingGroups.Entry> all =
                FindingGroups.of(in).stream().flatMap(g -> g.entries().stream()).toList();
        List<List<Segment>> errors = new ArrayList<>();
        for (FindingGroups.Entry e : all) {
            if (e.finding().severity() == Severity.ERROR) {
                List<Segment> step = new ArrayList<>();
                step.addAll(Segment.message(
                        t,
                        null,
                        "headline.step.error",
                        words(in, e),
                        asWritten(e.finding().message())));
                links(t, step, List.of(e));
                errors.add(step);
            }
        }
        return errors;
    }

    /** A step for each criterion short of the target, lowest first. */
    private static List<List<Segment>> criterionSteps(
            ReportInput in,
            Messages t,
            Map<String, List<FindingGroups.Entry>> about,
            List<CriterionResult> shortOf,
            String target) {
        List<List<Segment>> criteria = new ArrayList<>();
        for (CriterionResult c : shortOf) {
            List<Segment> step = new ArrayList<>();
            step.addAll(Segment.message(
                    t,
                    null,
                    "headline.step.criterion",
                    asWritten(in.criterionName(c.criterion())),
                    in.label(c.reached()),
                    in.label(target)));
            links(t, step, about.getOrDefault(HtmlWriter.anchor("claim", c.criterion()), List.of()));
            criteria.add(step);
        }
        return criteria;
    }

    /** A step for each action overdue today. */
    private static List<List<Segment>> overdueSteps(ReportInput in, Messages t) {
        List<List<Segment>> overdue = new ArrayList<>();
        ActionPlanStatus.of(in)
                .ifPresent(plan -> plan.overdue().forEach(item -> {
                    List<Segment> step = new ArrayList<>();
                    Object lead =
                            item.action().lead() == null || item.action().lead().isBlank()
                                    ? t.get("headline.noLead")
                                    : asWritten(item.action().lead().strip());
                    step.addAll(Segment.message(
                            t,
                            HtmlWriter.anchor("action", item.action().id()),
                            "headline.step.overdue",
                            item.action().id(),
                            lead,
                            asWritten(Objects.toString(item.action().description(), "")
                                    .strip())));
                    overdue.add(step);
                }));
        return overdue;
    }

    /**
     * At most {@value #STEPS} steps: up to two errors, two criteria and one overdue action, so that each kind is
     * seen, then the rest in that order while room is left.
     */
    private static List<List<Segment>> pick(List<List<List<Segment>>> kinds) {
        int[] quota = {2, 2, 1};
        List<List<Segment>> steps = new ArrayList<>();
        int[] taken = new int[kinds.size()];
        for (int k = 0; k < kinds.size(); k++) {
            taken[k] = Math.min(quota[k], kinds.get(k).size());
        }
        for (int k = 0; k < kinds.size(); k++) {
            while (taken[k] < kinds.get(k).size() && sum(taken) < STEPS) {
                taken[k]++;
            }
        }
        for (int k = 0; k < kinds.size(); k++) {
            steps.addAll(kinds.get(k).subList(0, taken[k]));
        }
        return steps.size() > STEPS ? steps.subList(0, STEPS) : steps;
    }

    private static int sum(int[] values) {
        int sum = 0;
        for (int v : values) {
            sum += v;
        }
        return sum;
    }

    /** What a finding is about, in words ("claim m3/c1"), else "finding 7". */
    private static String words(ReportInput in, FindingGroups.Entry e) {
        return e.subject().map(FindingGroups.Subject::words).orElse(in.text().get("headline.finding", e.number()));
    }

    /** " (finding 5, finding 6)" with each finding a link. */
    private static void links(Messages t, List<Segment> into, List<FindingGroups.Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        into.add(Segment.text(" ("));
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                into.add(Segment.text(", "));
            }
            into.add(new Segment(
                    t.get("headline.finding", entries.get(i).number()),
                    entries.get(i).anchor()));
        }
        into.add(Segment.text(")"));
    }

    /** The level above this one on the scale (the lowest for none), or {@code null} at the top. */
    private static String next(ReportInput in, String levelId) {
        List<MaturityLevel> levels = in.framework().scale().levels();
        int position = in.position(levelId);
        return position < levels.size() ? levels.get(position).id() : null;
    }

    /** The whole of a list of segments as plain text. */
    static String plain(List<Segment> segments) {
        StringBuilder text = new StringBuilder();
        segments.forEach(s -> text.append(s.text()));
        return text.toString();
    }
}
