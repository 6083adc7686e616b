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

/** A declaration rate below the profile's minimum. */
final class DeclarationRateCheck extends FiguresCheck {
    static final String ID = "workforce.declaration-rate";
    static final Parameter<Double> MINIMUM =
            Parameter.decimal("minimumRate", 80.0, "The lowest declaration rate, in percent, that gives no finding");
    static final Parameter<List<String>> CHARACTERISTICS = Parameter.textList(
            "characteristics",
            List.of("ethnicity", "disability"),
            "Which characteristics to look at: sex, ethnicity, disability");

    DeclarationRateCheck(WorkforceReport figures) {
        super(
                ID,
                new RuleDocumentation(
                        "Declaration rate below the minimum",
                        "Finds each characteristic whose published declaration rate (the percentage of relevant employees who said "
                                + "which group they are in) is below minimumRate. Why: figures by ethnicity or disability describe only "
                                + "the staff who declared, and a low rate makes every group look under-represented. A rate withheld "
                                + "because very few did not say is not looked at.",
                        Severity.WARNING,
                        List.of(MINIMUM, CHARACTERISTICS)),
                figures);
    }

    @Override
    List<Finding> check(WorkforceReport report, RuleParameters parameters) {
        double minimum = parameters.get(MINIMUM);
        List<Finding> findings = new ArrayList<>();
        for (String characteristic : parameters.get(CHARACTERISTICS)) {
            CharacteristicPayGaps gaps = gaps(report, characteristic);
            if (gaps == null
                    || !gaps.declarationRate().isPublished()
                    || gaps.declarationRate().value().compareTo(BigDecimal.valueOf(minimum)) >= 0) {
                continue;
            }
            findings.add(Finding.builder("low-declaration-rate", severity())
                    .path(DataPath.root().field(field(gaps.characteristic())).field("declarationRate"))
                    .message("Only " + gaps.declarationRate() + "% of relevant employees have declared their "
                            + gaps.characteristic()
                            + ", below the " + oneDecimal(minimum) + "% the profile asks for, so the figures by "
                            + gaps.characteristic()
                            + " describe only those who did. Ask staff to update their records, and "
                            + "say why the data is collected and how it is kept.")
                    .build());
        }
        return findings;
    }
}
