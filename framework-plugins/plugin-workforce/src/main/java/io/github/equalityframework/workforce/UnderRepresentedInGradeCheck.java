package io.github.equalityframework.workforce;

import io.github.equalityframework.model.Severity;
import io.github.equalityframework.problem.DataPath;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.Parameter;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.RuleParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A group with fewer staff in a grade, or in the senior band, than its share of the workforce or of the local
 * population would give, by more than chance explains: an exact one-sided binomial test. Only published counts
 * are looked at, so a finding says nothing the report withholds.
 */
final class UnderRepresentedInGradeCheck extends FiguresCheck {
    static final String ID = "workforce.under-represented-in-grade";
    static final Parameter<Double> SIGNIFICANCE =
            Parameter.decimal("significance", 0.05, "The largest probability of so few by chance that gives a finding");
    static final Parameter<List<String>> CHARACTERISTICS = Parameter.textList(
            "characteristics",
            List.of("sex", "ethnicity", "disability"),
            "Which characteristics to look at: sex, ethnicity, disability");
    static final Parameter<List<String>> SENIOR = Parameter.textList(
            "seniorGrades", List.of(), "The grades of the senior band, as the file names them; none: the last grade");

    UnderRepresentedInGradeCheck(WorkforceReport figures) {
        super(
                ID,
                new RuleDocumentation(
                        "A group under-represented in a grade",
                        "For each grade, and for the senior band (the grades named in seniorGrades, or else the last grade "
                                + "in grade order), compares each group's staff, and the ethnic minorities taken together, with "
                                + "what its share of the whole workforce would give (the grade's staff times the share) and with "
                                + "what its share of the local population would give (the grade's staff who declared times the "
                                + "share); every group but the reference group (men, White British, non-disabled staff). Finds each where so few is unlikely by chance: an exact one-sided binomial test below "
                                + "the significance level. Why: a group well represented overall can still be missing from the "
                                + "senior grades, which points at barriers to progression. Only published counts are looked at; "
                                + "a single grade with nobody of a group is the group-absent-from-grade check's.",
                        Severity.WARNING,
                        List.of(SIGNIFICANCE, CHARACTERISTICS, SENIOR)),
                figures);
    }

    /** One count in a grade or band against an expectation. */
    private record Count(String where, DataPath path, long people, long of) {}

    @Override
    List<Finding> check(WorkforceReport report, RuleParameters parameters) {
        double significance = parameters.get(SIGNIFICANCE);
        List<String> senior = parameters.get(SENIOR);
        List<Finding> findings = new ArrayList<>();
        long total = report.relevantEmployees();
        if (total == 0) {
            return findings;
        }
        for (String name : parameters.get(CHARACTERISTICS)) {
            int index = report.representation().stream()
                    .map(Representation::characteristic)
                    .toList()
                    .indexOf(name.strip().toLowerCase(Locale.ROOT));
            if (index < 0) {
                continue;
            }
            Representation representation = report.representation().get(index);
            List<Representation.Grade> grades = representation.grades();
            if (grades.isEmpty()) {
                continue;
            }
            List<Integer> band = seniorBand(grades, senior);
            int columns = grades.get(0).groups().size();
            int undeclared = columns - 1;
            // Each declared group but the reference group, then the ethnic minorities together (column -1).
            List<Integer> subjects = new ArrayList<>();
            for (int c = 1; c < undeclared; c++) {
                subjects.add(c);
            }
            if (representation.aggregate() != null) {
                subjects.add(-1);
            }
            for (int column : subjects) {
                Figure workforceCount = column < 0
                        ? representation.aggregate().employees()
                        : representation.groups().get(column).employees();
                Figure populationPercent = column < 0
                        ? representation.aggregate().populationPercent()
                        : representation.groups().get(column).populationPercent();
                String who = phrase(
                        representation.characteristic(),
                        column < 0 ? null : grades.get(0).groups().get(column).group());
                DataPath path = DataPath.root().field("representation").index(index);
                List<Count[]> counts = new ArrayList<>();
                for (int g = 0; g < grades.size(); g++) {
                    Representation.Grade grade = grades.get(g);
                    counts.add(counts(
                            "in " + grade.grade() + (band.equals(List.of(g)) ? " (the senior band)" : ""),
                            path.field("grades").index(g),
                            List.of(g),
                            grades,
                            representation,
                            column));
                }
                if (band.size() > 1) {
                    List<String> names =
                            band.stream().map(g -> grades.get(g).grade()).toList();
                    counts.add(counts(
                            "in the senior band (" + String.join(", ", names) + ")",
                            path.field("grades"),
                            band,
                            grades,
                            representation,
                            column));
                }
                for (int i = 0; i < counts.size(); i++) {
                    Count[] pair = counts.get(i);
                    // Nobody of the group in a single grade is the group-absent-from-grade check's finding.
                    if (pair == null || (i < grades.size() && pair[0].people() == 0)) {
                        continue;
                    }
                    if (workforceCount.isPublished()) {
                        double share = workforceCount.value().doubleValue() / total;
                        test(findings, pair[0], share, who, "from the workforce as a whole", significance);
                    }
                    if (populationPercent.isPublished() && pair[1] != null) {
                        double share = populationPercent.value().doubleValue() / 100;
                        test(findings, pair[1], share, who, "from the local population", significance);
                    }
                }
            }
        }
        return findings;
    }

    /** The last grade in grade order (not the one for staff without a grade), or the grades named. */
    private static List<Integer> seniorBand(List<Representation.Grade> grades, List<String> named) {
        List<Integer> band = new ArrayList<>();
        for (int g = 0; g < grades.size(); g++) {
            String grade = grades.get(g).grade();
            if (named.stream().anyMatch(n -> n.strip().equalsIgnoreCase(grade))) {
                band.add(g);
            }
        }
        if (named.isEmpty()) {
            for (int g = grades.size() - 1; g >= 0; g--) {
                if (!grades.get(g).grade().equals(Representation.NO_GRADE)) {
                    band.add(g);
                    break;
                }
            }
        }
        return band;
    }

    /**
     * The group's staff in these grades, of all their staff and of those who declared ({@code null} where a count
     * needed is withheld); {@code null} when the group's count itself is withheld.
     */
    private static Count[] counts(
            String where,
            DataPath path,
            List<Integer> rows,
            List<Representation.Grade> grades,
            Representation representation,
            int column) {
        long people = 0;
        long of = 0;
        long declared = 0;
        boolean declaredKnown = true;
        for (int g : rows) {
            Representation.Grade grade = grades.get(g);
            Figure cell = column < 0
                    ? representation.aggregate().byGrade().get(g)
                    : grade.groups().get(column).employees();
            Figure undeclared = grade.groups().get(grade.groups().size() - 1).employees();
            if (!cell.isPublished() || !grade.employees().isPublished()) {
                return null;
            }
            people += cell.value().longValue();
            of += grade.employees().value().longValue();
            if (undeclared.isPublished()) {
                declared += grade.employees().value().longValue()
                        - undeclared.value().longValue();
            } else {
                declaredKnown = false;
            }
        }
        return new Count[] {
            new Count(where, path, people, of),
            declaredKnown ? new Count(where + " who declared", path, people, declared) : null
        };
    }

    private void test(List<Finding> findings, Count count, double share, String who, String basis, double level) {
        double expected = count.of() * share;
        if (count.of() == 0 || count.people() >= expected) {
            return;
        }
        double p = Binomial.atMost(count.people(), count.of(), share);
        if (p >= level) {
            return;
        }
        findings.add(Finding.builder("under-represented-in-grade", severity())
                .path(count.path())
                .message(count.people() + " of " + count.of() + " staff " + count.where() + " " + who + "; "
                        + oneDecimal(expected) + " would be expected " + basis + " (" + oneDecimal(share * 100)
                        + "%): " + oneDecimal(100.0 * count.people() / expected) + "% of the expected number, "
                        + "less than chance explains (exact binomial test, p = "
                        + String.format(Locale.ROOT, "%.3g", p) + "). Look at recruitment and progression.")
                .build());
    }

    /** "are from ethnic minorities", "are women", "are in the ethnic group Asian", ... */
    private static String phrase(String characteristic, String group) {
        if (group == null) {
            return "are from ethnic minorities";
        }
        return switch (characteristic) {
            case "sex" -> "are " + group.toLowerCase(Locale.ROOT);
            case "disability" -> "are " + group.toLowerCase(Locale.ROOT);
            default -> "are in the ethnic group " + group;
        };
    }

    /** The exact binomial distribution, summed in logarithms so that large grades do not underflow. */
    static final class Binomial {
        private Binomial() {}

        /** P(X ≤ k) for X ~ Binomial(n, p). */
        static double atMost(long k, long n, double p) {
            if (p <= 0) {
                return 1;
            }
            if (p >= 1) {
                return k >= n ? 1 : 0;
            }
            double logRatio = Math.log(p) - Math.log1p(-p);
            double log = n * Math.log1p(-p); // P(X = 0)
            double max = log;
            double sum = 0;
            // Sum exp(log - max) with the largest term found as we go, rescaling when it grows.
            for (long i = 0; i <= k; i++) {
                if (i > 0) {
                    log += Math.log((double) (n - i + 1) / i) + logRatio;
                }
                if (log > max) {
                    sum = sum * Math.exp(max - log);
                    max = log;
                }
                sum += Math.exp(log - max);
            }
            return Math.min(1, Math.exp(max + Math.log(sum)));
        }
    }
}
