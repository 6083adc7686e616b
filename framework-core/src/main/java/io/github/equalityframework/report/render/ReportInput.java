package io.github.equalityframework.report.render;

import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.report.AssessmentReport;
import java.util.Objects;

/**
 * What a rendered report shows: the report, the self-assessment it came from (for claims, evidence and
 * the action plan) and its framework (for titles and level labels).
 */
public record ReportInput(AssessmentReport report, SelfAssessment assessment, FrameworkDefinition framework) {
    public ReportInput {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(framework, "framework");
    }

    /** The label of a level id, e.g. "Achieving"; a dash for none. */
    String label(String levelId) {
        if (levelId == null) {
            return "–";
        }
        return framework.scale().level(levelId).map(MaturityLevel::label).orElse(levelId);
    }

    /** The position of a level on the scale: 0 for not assessed, 1 for the lowest level, and so on. */
    int position(String levelId) {
        if (levelId == null) {
            return 0;
        }
        return framework.scale().levels().stream().map(MaturityLevel::id).toList().indexOf(levelId) + 1;
    }

    /** The criterion a finding's path points at (claims[i]), or null. */
    String criterionOf(String path) {
        if (path.startsWith("claims[")) {
            int end = path.indexOf(']');
            int index = Integer.parseInt(path.substring(7, end));
            return index < assessment.claims().size() ? assessment.claims().get(index).criterion() : null;
        }
        return null;
    }

    /** The evidence id a finding's path points at (evidence[i]), or null. */
    String evidenceOf(String path) {
        if (path.startsWith("evidence[")) {
            int end = path.indexOf(']');
            int index = Integer.parseInt(path.substring(9, end));
            return index < assessment.evidence().size() ? assessment.evidence().get(index).id() : null;
        }
        return null;
    }

    /** The id of the module that holds a criterion, or null. */
    String moduleOf(String criterionId) {
        return criterionId == null ? null : framework.moduleOf(criterionId).map(m -> m.id()).orElse(null);
    }
}
