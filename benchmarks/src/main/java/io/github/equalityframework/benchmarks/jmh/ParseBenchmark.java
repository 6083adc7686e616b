package io.github.equalityframework.benchmarks.jmh;

import io.github.equalityframework.benchmarks.Workloads;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.SelfAssessment;
import java.nio.charset.StandardCharsets;
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

/** Reading a self-assessment document into the model (strict codec, no validation), JSON and YAML. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {
    @Param({"JSON", "YAML"})
    public Format format;

    @Param({"small", "medium"})
    public String size;

    private final ModelCodec codec = ModelCodec.strict();
    private byte[] document;

    @Setup
    public void write() {
        document = codec.write(Workloads.assessment(Workloads.evidenceItems(size)), format)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public ReadResult<SelfAssessment> parse() {
        return codec.read(document, "council.data", format, SelfAssessment.class);
    }
}
