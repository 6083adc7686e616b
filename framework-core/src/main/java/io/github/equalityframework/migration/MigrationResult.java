package io.github.equalityframework.migration;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.SelfAssessment;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The outcome of {@link EditionMigration#migrate}: the self-assessment in the new edition and the report
 * of what happened to every claim.
 *
 * @param assessment the migrated self-assessment
 * @param report     every source claim, carried or unmapped, and what else changed
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MigrationResult(SelfAssessment assessment, MigrationReport report) {
    public MigrationResult {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(report, "report");
    }
}
