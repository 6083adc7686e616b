package io.github.equalityframework.workforce;

import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.ParameterSpec;
import io.github.equalityframework.spi.ParameterType;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.RuleParameters;
import io.github.equalityframework.spi.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A published mean or median hourly pay gap above the profile's threshold. */
final class PayGapThresholdCheck extends FiguresCheck {
    static final String ID = "workforce.pay-gap-threshold";
    static final String MAXIMUM = "maximumGap";
    static final String CHARACTERISTICS = "characteristics";

    PayGapThresholdCheck(WorkforceReport figures) {
        super(
                ID,
                new RuleDocumentation(
                        "Pay gap above the threshold",
                        "Looks at each published mean and median hourly pay gap of a group to its reference group (women to men, "
                                + "each ethnic group to the ethnicity reference group, disabled to non-disabled employees) and finds each "
                                + "one above maximumGap percent, i.e. where the group is paid that much less. Why: a persistent gap is "
                                + "what the diverse and engaged workforce module asks councils to understand and act on. Gaps suppressed "
                                + "for small groups are not looked at.",
                        Severity.WARNING,
                        List.of(
                                new ParameterSpec(
                                        MAXIMUM,
                                        ParameterType.DECIMAL,
                                        5.0,
                                        "The largest gap, in percent, that gives no finding"),
                                new ParameterSpec(
                                        CHARACTERISTICS,
                                        ParameterType.TEXT_LIST,
                                        List.of("sex", "ethnicity", "disability"),
                                        "Which characteristics' gaps to look at: sex, ethnicity, disability"))),
                figures);
    }

    @Override
    List<Finding> check(WorkforceReport report, RuleParameters parameters) {
        double maximum = parameters.decimal(MAXIMUM);
        List<Finding> findings = new ArrayList<>();
        for (String characteristic : parameters.textList(CHARACTERISTICS)) {
            CharacteristicPayGaps gaps = gaps(report, characteristic);
            if (gaps == null) {
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

    private void gap(
            List<Finding> findings,
            CharacteristicPayGaps gaps,
            int index,
            String measure,
            String field,
            Figure gap,
            double maximum) {
        if (!gap.isPublished() || gap.value().compareTo(BigDecimal.valueOf(maximum)) <= 0) {
            return;
        }
        String group = gaps.groups().get(index).group();
        findings.add(Finding.of(
                "pay-gap-above-threshold",
                severity(),
                field(gaps.characteristic()) + ".groups[" + index + "]." + field,
                "The " + measure + " hourly pay gap of " + group + " to " + gaps.referenceGroup() + " is " + gap
                        + "%, above the "
                        + oneDecimal(maximum) + "% the profile allows: the group is paid less. Find out what drives it "
                        + "(grades, quartiles, bonuses) and set out actions in the workforce plan."));
    }
}
