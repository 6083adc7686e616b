package io.github.equalityframework.workforce;

import io.github.equalityframework.model.Severity;
import io.github.equalityframework.problem.DataPath;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.Parameter;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.RuleParameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A published mean or median hourly pay gap above the profile's threshold. For sex it judges the statutory
 * figures (men and women, never withheld), not the voluntary breakdown by sex, whose gaps are withheld whenever
 * the count of staff recorded as neither is: a gap the law makes the council publish is never left unjudged.
 */
final class PayGapThresholdCheck extends FiguresCheck {
    static final String ID = "workforce.pay-gap-threshold";
    static final Parameter<Double> MAXIMUM =
            Parameter.decimal("maximumGap", 5.0, "The largest gap, in percent, that gives no finding");
    static final Parameter<List<String>> CHARACTERISTICS = Parameter.textList(
            "characteristics",
            List.of("sex", "ethnicity", "disability"),
            "Which characteristics' gaps to look at: sex, ethnicity, disability");

    PayGapThresholdCheck(WorkforceReport figures) {
        super(
                ID,
                new RuleDocumentation(
                        "Pay gap above the threshold",
                        "Looks at the statutory mean and median gender pay gaps in hourly pay (women to men, published "
                                + "whatever the group sizes), and at each published mean and median hourly pay gap of an ethnic group "
                                + "to the ethnicity reference group and of disabled to non-disabled employees, and finds each one above "
                                + "maximumGap percent, i.e. where the group is paid that much less. Why: a persistent gap is what the "
                                + "diverse and engaged workforce module asks councils to understand and act on. Voluntary gaps withheld "
                                + "for small groups are not looked at.",
                        Severity.WARNING,
                        List.of(MAXIMUM, CHARACTERISTICS)),
                figures);
    }

    @Override
    List<Finding> check(WorkforceReport report, RuleParameters parameters) {
        double maximum = parameters.get(MAXIMUM);
        List<Finding> findings = new ArrayList<>();
        for (String characteristic : parameters.get(CHARACTERISTICS)) {
            CharacteristicPayGaps gaps = gaps(report, characteristic);
            if (gaps == null) {
                continue;
            }
            if (gaps == report.bySex()) {
                GenderPayGap statutory = report.genderPayGap();
                statutoryGap(findings, "mean", "meanHourlyPayGap", statutory.meanHourlyPayGap(), maximum);
                statutoryGap(findings, "median", "medianHourlyPayGap", statutory.medianHourlyPayGap(), maximum);
                continue;
            }
            for (int i = 1; i < gaps.groups().size(); i++) {
                GroupFigures group = gaps.groups().get(i);
                gap(findings, gaps, i, "mean", "meanHourlyPayGap", group.meanHourlyPayGap(), maximum);
                gap(findings, gaps, i, "median", "medianHourlyPayGap", group.medianHourlyPayGap(), maximum);
            }
        }
        return findings;
    }

    private void statutoryGap(List<Finding> findings, String measure, String field, Figure gap, double maximum) {
        if (above(gap, maximum)) {
            findings.add(Finding.builder("pay-gap-above-threshold", severity())
                    .path("genderPayGap." + field)
                    .message("The statutory " + measure + " gender pay gap in hourly pay (women to men) is " + gap
                            + "%, above the "
                            + oneDecimal(maximum)
                            + "% the profile allows: women are paid less. Find out what drives it "
                            + "(grades, quartiles, bonuses) and set out actions in the workforce plan.")
                    .build());
        }
    }

    private static boolean above(Figure gap, double maximum) {
        return gap.isPublished() && gap.value().compareTo(BigDecimal.valueOf(maximum)) > 0;
    }

    private void gap(
            List<Finding> findings,
            CharacteristicPayGaps gaps,
            int index,
            String measure,
            String field,
            Figure gap,
            double maximum) {
        if (!above(gap, maximum)) {
            return;
        }
        String group = gaps.groups().get(index).group();
        findings.add(Finding.builder("pay-gap-above-threshold", severity())
                .path(DataPath.root()
                        .field(field(gaps.characteristic()))
                        .field("groups")
                        .index(index)
                        .field(field))
                .message("The " + measure + " hourly pay gap of " + group + " to " + gaps.referenceGroup() + " is "
                        + gap
                        + "%, above the "
                        + oneDecimal(maximum) + "% the profile allows: the group is paid less. Find out what drives it "
                        + "(grades, quartiles, bonuses) and set out actions in the workforce plan.")
                .build());
    }
}
