package io.github.equalityframework.benchmarks.jmh;

import io.github.equalityframework.benchmarks.Workloads;
import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.report.render.ReportInput;
import io.github.equalityframework.report.render.ReportRenderer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Rendering one assessment's report as JSON, Markdown and HTML, as {@code eflg assess --format} does. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderBenchmark {
    @Param({"json", "md", "html"})
    public String format;

    @Param({"small", "medium"})
    public String size;

    private final ModelCodec codec = ModelCodec.strict();
    private ReportInput input;
    private ReportRenderer renderer;

    @Setup
    public void setUp() {
        try (AssessmentEngine engine = Workloads.engine()) {
            SelfAssessment assessment = Workloads.assessment(Workloads.evidenceItems(size));
            input = new ReportInput(
                    engine.assess(assessment),
                    assessment,
                    engine.catalogue().framework(assessment.framework()).orElseThrow());
        }
        renderer = switch (format) {
            case "md" -> ReportRenderer.markdown();
            case "html" -> ReportRenderer.html();
            default -> null;
        };
    }

    @Benchmark
    public String render() {
        return renderer == null ? codec.write(input.report(), Format.JSON) : renderer.render(input);
    }
}
