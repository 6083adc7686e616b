package io.github.equalityframework.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.spi.Finding;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Year-on-year progress between two assessments of the same organisation against the same framework
 * edition (an older edition is migrated first).
 *
 * @param organisation     the organisation's name
 * @param framework        the framework edition compared in
 * @param before           the earlier period
 * @param after            the later period
 * @param overall          the overall level's change
 * @param modules          per module, in framework order
 * @param criteria         per criterion, in framework order
 * @param evidenceAdded    ids of evidence in the later register only, sorted
 * @param evidenceGone     ids of evidence in the earlier register only, sorted
 * @param findingsResolved findings of the earlier report that the later one no longer has
 * @param findingsNew      findings of the later report that the earlier one did not have
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ProgressReport(
        String organisation,
        String framework,
        AssessmentPeriod before,
        AssessmentPeriod after,
        LevelChange overall,
        List<LevelChange> modules,
        List<LevelChange> criteria,
        List<String> evidenceAdded,
        List<String> evidenceGone,
        List<Finding> findingsResolved,
        List<Finding> findingsNew) {

    public ProgressReport {
        modules = List.copyOf(modules);
        criteria = List.copyOf(criteria);
        evidenceAdded = List.copyOf(evidenceAdded);
        evidenceGone = List.copyOf(evidenceGone);
        findingsResolved = List.copyOf(findingsResolved);
        findingsNew = List.copyOf(findingsNew);
    }
}
