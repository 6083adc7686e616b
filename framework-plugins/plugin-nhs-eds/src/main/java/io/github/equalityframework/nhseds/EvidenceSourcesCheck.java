package io.github.equalityframework.nhseds;

import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.problem.DataPath;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.CriterionResult;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.Parameter;
import io.github.equalityframework.spi.RuleParameters;
import java.util.ArrayList;
import java.util.List;

/**
 * An outcome rated above Undeveloped must rest on both kinds of EDS evidence: what the data shows, and
 * what patients, staff and stakeholders say. A rating built from only one of them is one-sided.
 */
final class EvidenceSourcesCheck extends EdsCheck {
    static final String ID = "nhs-eds.evidence-sources";
    static final Parameter<List<String>> DATA_KINDS = Parameter.evidenceKinds(
            "dataKinds",
            List.of("equality-data", "workforce-report", "outcome-measure", "minutes"),
            "Evidence kinds that count as data or records about the outcome");
    static final Parameter<List<String>> VOICE_KINDS = Parameter.evidenceKinds(
            "voiceKinds",
            List.of("consultation"),
            "Evidence kinds that count as the views of patients, staff or stakeholders");

    EvidenceSourcesCheck() {
        super(
                ID,
                "Outcome rated without both data and people's views",
                "An outcome rated Developing or above whose evidence lacks either data (by default evidence of kind "
                        + "equality-data, workforce-report or outcome-measure, or for leadership outcomes the board's own "
                        + "record in minutes) or the views of patients, staff or "
                        + "stakeholders (by default consultation). Why: EDS ratings are meant to be evidence-based and "
                        + "agreed with the people the outcome is about; data without their voice, or views without data, "
                        + "is a one-sided basis for a rating. Link evidence of the missing side, or lower the rating.",
                Severity.WARNING,
                DATA_KINDS,
                VOICE_KINDS);
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        SelfAssessment assessment = context.assessment();
        FrameworkDefinition framework = context.framework();
        List<String> dataKinds = parameters.get(DATA_KINDS);
        List<String> voiceKinds = parameters.get(VOICE_KINDS);
        List<Finding> found = new ArrayList<>();
        for (CriterionResult result : context.criteria()) {
            Claim claim = assessment.claim(result.criterion()).orElse(null);
            MaturityLevel claimed = framework.scale().level(result.claimed()).orElse(MaturityLevel.NOT_ASSESSED);
            if (claim == null || claimed.rank() <= framework.scale().lowest().rank()) {
                continue;
            }
            List<String> kinds = claim.evidence().stream()
                    .flatMap(id -> assessment.evidence(id).stream())
                    .map(EvidenceItem::kind)
                    .toList();
            DataPath path =
                    DataPath.root().field("claims").index(assessment.claims().indexOf(claim));
            String name = outcome(framework, result.criterion());
            if (kinds.stream().noneMatch(dataKinds::contains)) {
                found.add(Finding.builder("outcome-without-data", severity())
                        .path(path)
                        .message("Outcome " + name + " is rated "
                                + claimed.label() + " without data (evidence of kind " + String.join(", ", dataKinds)
                                + "). Link the data the rating rests on, or lower the rating.")
                        .build());
            }
            if (kinds.stream().noneMatch(voiceKinds::contains)) {
                found.add(Finding.builder("outcome-without-views", severity())
                        .path(path)
                        .message("Outcome " + name + " is rated "
                                + claimed.label()
                                + " without the views of patients, staff or stakeholders (evidence of kind "
                                + String.join(", ", voiceKinds) + "). Link what they said, or lower the rating.")
                        .build());
            }
        }
        return found;
    }
}
