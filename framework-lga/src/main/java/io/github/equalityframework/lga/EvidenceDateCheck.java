package io.github.equalityframework.lga;

import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.problem.DataPath;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.RuleParameters;
import java.util.ArrayList;
import java.util.List;

/** Evidence dated after the assessment period or after today. */
final class EvidenceDateCheck extends LgaCheck {
    static final String ID = "lga.evidence-date";

    EvidenceDateCheck() {
        super(
                ID,
                "Evidence dated after the period or in the future",
                "Evidence dated after the end of the assessment period, or after today. Evidence from after the period "
                        + "did not exist when the period was assessed, and a future date is usually a typing error. "
                        + "Correct the date, or keep the item for next year's assessment.",
                Severity.WARNING);
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        SelfAssessment assessment = context.assessment();
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < assessment.evidence().size(); i++) {
            EvidenceItem item = assessment.evidence().get(i);
            DataPath path = DataPath.root().field("evidence").index(i);
            if (item.date().isAfter(context.today())) {
                found.add(Finding.builder("evidence-in-future", severity())
                        .path(path)
                        .message("Evidence " + item.id() + " is dated " + item.date()
                                + ", which is in the future. Correct the date.")
                        .build());
            } else if (item.date().isAfter(assessment.period().to())) {
                found.add(Finding.builder("evidence-after-period", severity())
                        .path(path)
                        .message("Evidence " + item.id() + " is dated "
                                + item.date() + ", after the period ends ("
                                + assessment.period().to()
                                + "). Correct the date, or keep it for the next assessment.")
                        .build());
            }
        }
        return found;
    }
}
