package io.github.equalityframework.workforce;

import io.github.equalityframework.spi.AbstractCheck;
import io.github.equalityframework.spi.AssessmentContext;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.RuleParameters;
import java.util.List;
import java.util.Locale;

/**
 * A check of computed workforce figures. In an assessment engine it looks at the figures the plugin was
 * given ({@link WorkforcePlugin#WorkforcePlugin(WorkforceReport)}) and finds nothing without them;
 * {@link WorkforceChecks} runs it on a report directly, with finding paths into the workforce report.
 */
abstract class FiguresCheck extends AbstractCheck {
    private final WorkforceReport figures;

    FiguresCheck(String id, RuleDocumentation documentation, WorkforceReport figures) {
        super(id, documentation, framework -> true);
        this.figures = figures;
    }

    /**
     * The findings about the figures given to the plugin, for the whole assessment: their paths point into
     * the workforce report, which is not the document the engine's findings are placed in.
     */
    @Override
    public final List<Finding> check(AssessmentContext context, RuleParameters parameters) {
        return figures == null
                ? List.of()
                : check(figures, parameters).stream()
                        .map(f -> Finding.builder(f.code(), f.severity())
                                .path("")
                                .message(f.message())
                                .build())
                        .toList();
    }

    /** The findings about a report. */
    abstract List<Finding> check(WorkforceReport report, RuleParameters parameters);

    /** The pay gaps of a characteristic named in a parameter, or {@code null} for an unknown name. */
    static CharacteristicPayGaps gaps(WorkforceReport report, String characteristic) {
        return switch (characteristic.strip().toLowerCase(Locale.ROOT)) {
            case "sex" -> report.bySex();
            case "ethnicity" -> report.byEthnicity();
            case "disability" -> report.byDisability();
            default -> null;
        };
    }

    /** The name of a characteristic's pay gaps in the report's data paths. */
    static String field(String characteristic) {
        return switch (characteristic) {
            case "sex" -> "bySex";
            case "ethnicity" -> "byEthnicity";
            default -> "byDisability";
        };
    }

    static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
