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

/** A grade with nobody from a group that the workforce has enough of to expect some there. */
final class GroupAbsentFromGradeCheck extends FiguresCheck {
    static final String ID = "workforce.group-absent-from-grade";
    static final Parameter<Double> EXPECTED = Parameter.decimal(
            "minimumExpected",
            3.0,
            "How many of the group would be expected in the grade before its absence is a finding");
    static final Parameter<List<String>> CHARACTERISTICS = Parameter.textList(
            "characteristics",
            List.of("sex", "ethnicity", "disability"),
            "Which characteristics to look at: sex, ethnicity, disability");

    GroupAbsentFromGradeCheck(WorkforceReport figures) {
        super(
                ID,
                new RuleDocumentation(
                        "A group absent from a grade",
                        "Finds each grade with no employee of a group present in the workforce, where at least minimumExpected of "
                                + "the group would be in the grade if it were spread like the workforce (the grade's employees times the "
                                + "group's share of all relevant employees). Why: a group missing from a grade, often the senior ones, "
                                + "points at barriers in recruitment or progression. Only published counts are looked at.",
                        Severity.INFO,
                        List.of(EXPECTED, CHARACTERISTICS)),
                figures);
    }

    @Override
    List<Finding> check(WorkforceReport report, RuleParameters parameters) {
        double minimumExpected = parameters.get(EXPECTED);
        List<Finding> findings = new ArrayList<>();
        for (String name : parameters.get(CHARACTERISTICS)) {
            int index = report.representation().stream()
                    .map(Representation::characteristic)
                    .toList()
                    .indexOf(name.strip().toLowerCase(Locale.ROOT));
            if (index < 0 || report.relevantEmployees() == 0) {
                continue;
            }
            Representation representation = report.representation().get(index);
            for (int g = 0; g < representation.grades().size(); g++) {
                Representation.Grade grade = representation.grades().get(g);
                if (grade.grade().equals(Representation.NO_GRADE)
                        || !grade.employees().isPublished()) {
                    continue;
                }
                // The last cell is the employees who did not say: not a group that can be absent.
                for (int c = 0; c < grade.groups().size() - 1; c++) {
                    Representation.Cell cell = grade.groups().get(c);
                    Figure inWorkforce = representation.groups().get(c).employees();
                    if (!cell.employees().isPublished()
                            || cell.employees().value().signum() != 0
                            || !inWorkforce.isPublished()) {
                        continue;
                    }
                    double share = inWorkforce.value().doubleValue() / report.relevantEmployees();
                    double expected = grade.employees().value().doubleValue() * share;
                    if (expected >= minimumExpected) {
                        findings.add(Finding.builder("group-absent-from-grade", severity())
                                .path(DataPath.root()
                                        .field("representation")
                                        .index(index)
                                        .field("grades")
                                        .index(g)
                                        .field("groups")
                                        .index(c))
                                .message("Nobody in grade " + grade.grade() + " (" + grade.employees()
                                        + " relevant employees) is in the "
                                        + representation.characteristic() + " group " + cell.group() + ", though "
                                        + oneDecimal(share * 100) + "% of the workforce is: about "
                                        + oneDecimal(expected)
                                        + " would be expected. Look at recruitment and progression into the grade.")
                                .build());
                    }
                }
            }
        }
        return findings;
    }
}
