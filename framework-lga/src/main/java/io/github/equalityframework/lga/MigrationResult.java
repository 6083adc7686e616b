package io.github.equalityframework.lga;

import io.github.equalityframework.model.SelfAssessment;
import java.util.Objects;

/**
 * The outcome of {@link EditionMigration#migrate}: the self-assessment in the new edition and the report
 * of what happened to every claim.
 *
 * @param assessment the migrated self-assessment
 * @param report     every source claim, carried or unmapped, and what else changed
 */
public record MigrationResult(SelfAssessment assessment, MigrationReport report) {
    public MigrationResult {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(report, "report");
    }
}
