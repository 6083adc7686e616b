package io.github.equalityframework.benchmarks.jmh;

import io.github.equalityframework.benchmarks.Workloads;
import io.github.equalityframework.workforce.EmployeeRecord;
import io.github.equalityframework.workforce.WorkforceAnalysis;
import io.github.equalityframework.workforce.WorkforceReport;
import java.time.LocalDate;
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
import org.openjdk.jmh.annotations.Warmup;

/** The workforce measures (gender, ethnicity and disability pay gaps, quartiles, suppression) of a council's staff. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WorkforceBenchmark {
    /** A district council, and a large metropolitan one. */
    @Param({"1000", "20000"})
    public int employees;

    private final WorkforceAnalysis analysis =
            WorkforceAnalysis.builder().snapshotDate(LocalDate.of(2024, 3, 31)).build();
    private List<EmployeeRecord> staff;

    @Setup
    public void setUp() {
        staff = Workloads.employees(employees);
    }

    @Benchmark
    public WorkforceReport analyse() {
        return analysis.analyse(staff);
    }
}
