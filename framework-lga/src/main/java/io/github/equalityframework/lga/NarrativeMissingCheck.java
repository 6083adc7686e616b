package io.github.equalityframework.lga;

import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.RuleParameters;
import java.util.ArrayList;
import java.util.List;

/** A claim at Achieving or above without a narrative. */
final class NarrativeMissingCheck extends LgaCheck {
    static final String ID = "lga.narrative-missing";

    NarrativeMissingCheck() {
        super(
                ID,
                "Narrative missing",
                "A claim at Achieving or above with no narrative. The narrative is where a council explains how the "
                        + "evidence shows the level; peers read it first. Write two or three sentences that link the "
                        + "evidence to the level descriptor.",
                Severity.WARNING);
    }

    @Override
    public List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        List<Finding> found = new ArrayList<>();
        FrameworkDefinition framework = context.framework();
        List<MaturityLevel> levels = framework.scale().levels();
        MaturityLevel second = levels.get(Math.min(1, levels.size() - 1));
        for (Claim claim : context.assessment().claims()) {
            boolean blank = claim.narrative() == null || claim.narrative().isBlank();
            if (blank && Lga.level(framework, claim.level()).compareTo(second) >= 0) {
                found.add(Finding.builder("narrative-missing", severity())
                        .path(Lga.path(context.assessment(), claim))
                        .message(
                                "The claim for " + claim.criterion() + " at " + Lga.label(framework, claim.level())
                                        + " has no narrative. Write two or three sentences on how the linked evidence shows the level's descriptor.")
                        .build());
            }
        }
        return found;
    }
}
