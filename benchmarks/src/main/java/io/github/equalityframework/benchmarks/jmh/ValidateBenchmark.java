package io.github.equalityframework.benchmarks.jmh;

import io.github.equalityframework.benchmarks.Workloads;
import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Validating a self-assessment against the model's constraints and its framework. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidateBenchmark {
    @Param({"small", "medium"})
    public String size;

    private AssessmentEngine engine;
    private SelfAssessment assessment;

    @Setup
    public void setUp() {
        engine = Workloads.engine();
        assessment = Workloads.assessment(Workloads.evidenceItems(size));
    }

    @TearDown
    public void tearDown() {
        engine.close();
    }

    @Benchmark
    public List<ValidationProblem> validate() {
        return engine.validate(assessment);
    }
}
