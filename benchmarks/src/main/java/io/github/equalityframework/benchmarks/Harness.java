package io.github.equalityframework.benchmarks;

import io.github.equalityframework.cli.Main;
import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.workforce.SyntheticWorkforce;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scale harness behind {@code benchmarks/run.sh}: batch overhead, scaling and cold start, each as a
 * ratio against a baseline measured in the same run (these machines are shared and noisy, so absolute
 * times mean little). Prints a table and writes it as JSON under {@code benchmarks/results/}.
 *
 * <pre>
 * java -jar benchmarks.jar --root REPO [--files 2000] [--runs 11] [--warmup 1] [--load CORES] [--only batch|scaling|startup|workforce]
 * </pre>
 */
public final class Harness {
    static final double BATCH_TARGET = 1.5;
    static final double SCALING_TARGET = 11.0;
    static final double STARTUP_TARGET = 4.0;
    /** The CPU time of {@code ./eflg validate} against hello world's. */
    static final double STARTUP_CPU_TARGET = 6.0;
    /** Seconds above {@code eflg workforce --help} for 100,000 employees. */
    static final double WORKFORCE_TARGET = 1.0;

    private final Path root;
    private final Path work;
    private final int files;
    private final int runs;
    /** Cores the load generator keeps busy beside the batch measure's second pass; 0 for no second pass. */
    private final int load;
    /**
     * Warm-up rounds of each batch path before the measured ones. One leaves the JIT compiling the assess path's
     * extra code through the first measured rounds on a loaded machine; more measure the batch as it settles.
     */
    private final int warmup;

    private final Map<String, Object> results = new LinkedHashMap<>();
    private final List<String[]> table = new ArrayList<>();

    private Harness(Path root, int files, int runs, int load, int warmup) {
        this.root = root;
        this.warmup = warmup;
        this.work = root.resolve("benchmarks/target/harness");
        this.files = files;
        this.runs = runs;
        this.load = load;
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("scaling-child")) {
            scalingChild(Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray());
            return;
        }
        Path root = Path.of(".");
        int files = 2_000;
        int runs = 11;
        String only = null;
        int load = 0;
        int warmup = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]);
                case "--files" -> files = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--only" -> only = args[++i];
                case "--load" -> load = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                default ->
                    throw new IllegalArgumentException(
                            "unknown argument " + args[i]
                                    + "; use --root DIR, --files N, --runs N, --warmup N, --load CORES, --only batch|scaling|startup|workforce");
            }
        }
        new Harness(root.toAbsolutePath().normalize(), files, runs, load, warmup).run(only);
    }

    private void run(String only) throws Exception {
        long start = System.nanoTime();
        results.put("machine", machine());
        results.put("loadAverageAtStart", loadAverage());
        if (only == null || only.equals("batch")) {
            batch();
        }
        if (only == null || only.equals("scaling")) {
            scaling();
        }
        if (only == null || only.equals("startup")) {
            startup();
        }
        if (only == null || only.equals("workforce")) {
            workforce();
        }
        results.put("harnessSeconds", round((System.nanoTime() - start) / 1e9));
        printTable();
        Path out = root.resolve("benchmarks/results/"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
                        .format(Instant.now().atOffset(ZoneOffset.UTC))
                + ".json");
        Files.createDirectories(out.getParent());
        Files.writeString(
                out,
                JsonMapper.builder()
                                .enable(SerializationFeature.INDENT_OUTPUT)
                                .build()
                                .writeValueAsString(results) + "\n");
        System.out.println("results written to " + root.relativize(out));
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("javaVersion", System.getProperty("java.version"));
        m.put("javaVm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            m.put("memoryGiB", round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024)));
        }
        return m;
    }

    // ---- 1. batch overhead

    /**
     * {@code eflg assess DIR --format json --out OUT} and {@code eflg validate DIR} in this JVM, against reading the
     * same files into the model only; without the load generator, then (with {@code --load N}) beside it.
     */
    private void batch() throws Exception {
        Path input = work.resolve("batch-input");
        Path output = work.resolve("batch-output");
        deleteTree(input);
        deleteTree(output);
        log("batch: writing " + files + " self-assessments of " + Workloads.SMALL + " evidence items");
        SyntheticAssessments.lga2021(Workloads.SEED).writeCouncils(input, files, Workloads.SMALL, Format.YAML);
        List<Path> inputs;
        try (var list = Files.list(input)) {
            inputs = list.sorted().toList();
        }
        int threads = Runtime.getRuntime().availableProcessors();
        String[] assess = {
            "assess",
            input.toString(),
            "--format",
            "json",
            "--out",
            output.toString(),
            "--fail-on",
            "none",
            "--today",
            "2025-06-30",
            "--quiet"
        };
        String[] validate = {"validate", input.toString(), "--quiet"};
        // Warm every path up, then alternate them so that noise from other processes hits them alike.
        log("batch: warming up (" + warmup + (warmup == 1 ? " round)" : " rounds)"));
        for (int round = 0; round < warmup; round++) {
            parseOnly(inputs, threads);
            inProcess(assess);
            inProcess(validate);
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("files", files);
        r.put("evidenceItemsPerFile", Workloads.SMALL);
        r.put("threads", threads);
        r.put("warmupRounds", warmup);
        r.put("target", BATCH_TARGET);
        withoutAndBesideLoad(r, condition -> batchRounds(condition, inputs, threads, assess, validate));
        results.put("batchOverhead", r);
    }

    /** One measure under a named condition, as the results store it. */
    private interface Rounds {
        Map<String, Object> under(String condition) throws Exception;
    }

    /** The measure without the load generator and, with {@code --load}, again beside it. */
    private void withoutAndBesideLoad(Map<String, Object> r, Rounds rounds) throws Exception {
        r.put("noLoadGenerator", rounds.under("no load generator"));
        if (load > 0) {
            try (LoadGenerator generator = LoadGenerator.start(load)) {
                r.put("loadGenerator", rounds.under("load generator busy on " + load + " core(s)"));
            }
        }
    }

    /** Three alternating rounds of parse-only, assess and validate; medians of wall, CPU and system time. */
    private Map<String, Object> batchRounds(
            String condition, List<Path> inputs, int threads, String[] assess, String[] validate) throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("condition", condition);
        r.put("loadAverageBefore", loadAverage());
        List<Cost> parse = new ArrayList<>();
        List<Cost> full = new ArrayList<>();
        List<Cost> checked = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            parse.add(Cost.of(() -> parseOnly(inputs, threads)));
            full.add(Cost.of(() -> inProcess(assess)));
            checked.add(Cost.of(() -> inProcess(validate)));
            log("batch (" + condition + "): round " + (round + 1) + ": parse-only " + parse.get(round) + "; assess "
                    + full.get(round) + "; validate " + checked.get(round));
        }
        r.put("loadAverageAfter", loadAverage());
        Cost p = Cost.median(parse);
        Cost f = Cost.median(full);
        Cost v = Cost.median(checked);
        r.put("parseOnly", p.toMap());
        r.put("assess", f.toMap());
        r.put("validate", v.toMap());
        r.put("assessWallRatio", round(f.wall() / p.wall()));
        r.put("assessCpuRatio", round(f.cpu() / p.cpu()));
        r.put("validateWallRatio", round(v.wall() / p.wall()));
        r.put("validateCpuRatio", round(v.cpu() / p.cpu()));
        // The JIT compiles the assess path (validator, engine, rules, report writers) for longer after start-up than
        // the parse-only one: its compiler threads' CPU is left out here, so that what remains is the files' work.
        double parseWork = median(parse.stream().map(Cost::withoutCompiling).toList());
        double assessWork = median(full.stream().map(Cost::withoutCompiling).toList());
        r.put("assessCpuRatioWithoutJit", round(assessWork / parseWork));
        r.put(
                "validateCpuRatioWithoutJit",
                round(median(checked.stream().map(Cost::withoutCompiling).toList()) / parseWork));
        String load = " (" + condition + ", load average " + r.get("loadAverageBefore") + ")";
        table.add(row(
                "batch: assess / parse-only, " + files + " files" + load,
                f,
                p,
                BATCH_TARGET,
                "per file, validation (the field constraints and the framework's checks), the rules and checks, JSON rendering and an atomic write "
                        + "add to the YAML parse"));
        table.add(
                cpuRow(
                        "batch: assess / parse-only, CPU less the JIT compiler threads'" + load,
                        assessWork / parseWork,
                        BATCH_TARGET,
                        "the files' own work: validation, the rules and checks, the JSON report and the write add to the parse"));
        table.add(row(
                "batch: validate / parse-only, " + files + " files" + load,
                v,
                p,
                BATCH_TARGET,
                "validation (the field constraints and the framework's own checks) adds to the YAML parse"));
        return r;
    }

    /** Reads every file into the model on a pool as large as the batch's, without validating or assessing. */
    private static void parseOnly(List<Path> inputs, int threads) throws Exception {
        ModelCodec codec = ModelCodec.strict();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Path file : inputs) {
                futures.add(pool.submit(() -> codec.readSelfAssessment(file)
                        .value()
                        .orElseThrow()
                        .evidence()
                        .size()));
            }
            for (Future<Integer> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void inProcess(String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        if (code != 0) {
            throw new IllegalStateException("eflg " + args[0] + " exited " + code + ":\n" + tail(err.toString()));
        }
    }

    /** The load average over the last minute, from {@code /proc/loadavg}; NaN where there is none. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    // ---- 2. scaling

    /** Child JVMs the scaling measure runs, each measuring every size: the target must hold in all of them. */
    static final int SCALING_CHILDREN = 3;

    private void scaling() throws Exception {
        int[] sizes = {10_000, 100_000, 1_000_000};
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("heap", "-Xmx1g");
        r.put("target", SCALING_TARGET);
        List<Map<String, Object>> children = new ArrayList<>();
        // ratios.get(i): the ratio of size i to size i-1 in each child that measured both
        List<List<Double>> ratios = new ArrayList<>();
        List<List<Double>> peaks = new ArrayList<>();
        List<List<Double>> cpuRatios = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            ratios.add(new ArrayList<>());
            peaks.add(new ArrayList<>());
            cpuRatios.add(new ArrayList<>());
        }
        List<Integer> exitCodes = new ArrayList<>();
        for (int run = 1; run <= SCALING_CHILDREN; run++) {
            log("scaling: child JVM " + run + " of " + SCALING_CHILDREN
                    + " assessing 10k, 100k and 1M evidence items with -Xmx1g");
            List<String> command = new ArrayList<>(
                    List.of(javaBin(), "-Xmx1g", "-cp", ownJar(), Harness.class.getName(), "scaling-child"));
            Arrays.stream(sizes).forEach(s -> command.add(String.valueOf(s)));
            Process child = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = child.waitFor();
            exitCodes.add(code);
            Map<Integer, Double> times = new LinkedHashMap<>();
            Map<Integer, Double> peakMiB = new LinkedHashMap<>();
            Map<Integer, Double> cpu = new LinkedHashMap<>();
            Map<Integer, Double> gcPauses = new LinkedHashMap<>();
            Map<Integer, Double> liveMiB = new LinkedHashMap<>();
            for (String line : output.lines().toList()) {
                String[] parts = line.split(" ");
                if (parts.length == 7 && parts[0].equals("assessed")) {
                    int items = Integer.parseInt(parts[1]);
                    times.put(items, Double.parseDouble(parts[2]));
                    peakMiB.put(items, Double.parseDouble(parts[3]));
                    cpu.put(items, Double.parseDouble(parts[4]));
                    gcPauses.put(items, Double.parseDouble(parts[5]));
                    liveMiB.put(items, Double.parseDouble(parts[6]));
                }
            }
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("exitCode", code);
            c.put("secondsByEvidenceItems", times);
            c.put("cpuSecondsByEvidenceItems", cpu);
            c.put("gcPauseSecondsByEvidenceItems", gcPauses);
            c.put("peakHeapMiBByEvidenceItems", peakMiB);
            c.put("liveHeapAfterCollectionMiBByEvidenceItems", liveMiB);
            for (int i = 0; i < sizes.length; i++) {
                if (peakMiB.containsKey(sizes[i])) {
                    peaks.get(i).add(peakMiB.get(sizes[i]));
                }
                if (i > 0 && times.containsKey(sizes[i - 1]) && times.containsKey(sizes[i])) {
                    double ratio = times.get(sizes[i]) / times.get(sizes[i - 1]);
                    ratios.get(i).add(ratio);
                    c.put(label(sizes[i - 1]) + " -> " + label(sizes[i]), round(ratio));
                    if (cpu.get(sizes[i - 1]) > 0) {
                        cpuRatios.get(i).add(cpu.get(sizes[i]) / cpu.get(sizes[i - 1]));
                        c.put(
                                label(sizes[i - 1]) + " -> " + label(sizes[i]) + " CPU",
                                round(cpu.get(sizes[i]) / cpu.get(sizes[i - 1])));
                    }
                }
            }
            log("scaling: child " + run + ": seconds " + times + ", CPU seconds " + cpu + ", GC pauses " + gcPauses
                    + ", peak heap MiB " + peakMiB + ", most heap live after a collection MiB " + liveMiB);
            children.add(c);
        }
        r.put("children", children);
        for (int i = 1; i < sizes.length; i++) {
            String name = label(sizes[i - 1]) + " -> " + label(sizes[i]);
            List<Double> measured = ratios.get(i);
            long met = measured.stream().filter(x -> x <= SCALING_TARGET).count();
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("ratios", measured.stream().map(Harness::round).toList());
            step.put("metInRuns", met + " of " + SCALING_CHILDREN);
            step.put("cpuRatios", cpuRatios.get(i).stream().map(Harness::round).toList());
            r.put(name, step);
            String peak =
                    peaks.get(i).isEmpty() ? "" : "; peak heap " + Math.round(Collections.max(peaks.get(i))) + " MiB";
            if (measured.isEmpty()) {
                table.add(new String[] {
                    "scaling: time x for 10x items, " + name,
                    "-",
                    "-",
                    "-",
                    "<= " + SCALING_TARGET,
                    "MISSED",
                    "did not complete with -Xmx1g (exit codes " + exitCodes + ")"
                });
                continue;
            }
            double worst = Collections.max(measured);
            String[] row = row(
                    "scaling: time x for 10x items, " + name + ", worst of " + measured.size() + " child JVMs",
                    worst,
                    SCALING_TARGET,
                    "loaded? see the CPU ratio; each size's pauses and live heap are in the JSON");
            if (!cpuRatios.get(i).isEmpty()) {
                // the process's CPU time (collector threads included): less inflated by other load than wall time
                row[2] = String.format(Locale.ROOT, "%.2fx", Collections.max(cpuRatios.get(i)));
            }
            row[6] = (met + " of " + SCALING_CHILDREN + " runs within target" + peak + ". " + row[6]).strip();
            table.add(row);
        }
        Map<String, Object> peakByItems = new LinkedHashMap<>();
        for (int i = 0; i < sizes.length; i++) {
            if (!peaks.get(i).isEmpty()) {
                peakByItems.put(String.valueOf(sizes[i]), round(Collections.max(peaks.get(i))));
            }
        }
        r.put("peakHeapMiB", peakByItems);
        results.put("scaling", r);
    }

    /**
     * In the child JVM: assesses each size and prints {@code assessed ITEMS SECONDS PEAK_HEAP_MIB CPU_SECONDS
     * GC_PAUSE_SECONDS LIVE_HEAP_MIB}: the median wall time, the most heap in use at any time while that size was built
     * and assessed, the median CPU time of the process (collector threads included) and of collection pauses per
     * assessment, and the most heap still in use after a collection.
     */
    private static void scalingChild(int[] sizes) throws Exception {
        PeakHeap peak = PeakHeap.watch();
        try (AssessmentEngine engine = Workloads.engine()) {
            SyntheticAssessments generator = SyntheticAssessments.lga2021(Workloads.SEED);
            // Warm the engine up on the smallest size, so that the first size is not measured in the interpreter.
            SelfAssessment warm = generator.council(0, sizes[0]);
            for (int i = 0; i < 10; i++) {
                engine.assess(warm);
            }
            warm = null;
            for (int size : sizes) {
                System.gc();
                peak.reset();
                SelfAssessment assessment = generator.council(0, size);
                int repeats = size >= 1_000_000 ? 3 : 5;
                List<Cost> costs = new ArrayList<>();
                List<Double> pauses = new ArrayList<>();
                for (int i = 0; i < repeats; i++) {
                    System.gc();
                    long paused = collectionMillis();
                    SelfAssessment measured = assessment;
                    costs.add(Cost.of(() -> engine.assess(measured)));
                    pauses.add((double) (collectionMillis() - paused));
                }
                Cost cost = Cost.median(costs);
                System.out.println("assessed " + size + " " + cost.wall() + " "
                        + round(peak.bytes() / (1024.0 * 1024.0)) + " " + cost.cpu() + " " + median(pauses) / 1000.0
                        + " " + round(peak.liveBytes() / (1024.0 * 1024.0)));
                System.out.flush();
                assessment = null;
            }
        }
    }

    /** Milliseconds this JVM's garbage collectors have spent collecting (their pauses, for G1's young and full). */
    private static long collectionMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .filter(t -> t > 0)
                .sum();
    }

    // ---- 3. cold start

    private void startup() throws Exception {
        Path hello = helloLauncher();
        Path eflgJar = root.resolve("framework-cli/target/eflg.jar");
        List<String> eflg = List.of(root.resolve("eflg").toString(), "validate", "examples/data/anytown-2024.yaml");
        List<String> plain =
                List.of(javaBin(), "-jar", eflgJar.toString(), "validate", "examples/data/anytown-2024.yaml");
        List<String> helloCommand = List.of(hello.toString());
        // The first run through the launcher builds the jar if needed and writes the class-data archive.
        log("startup: first run of ./eflg (creates the class-data-sharing archive)");
        time(eflg, Map.of());
        time(eflg, Map.of());
        Path jdk25 = jdk25();
        Map<String, String> on25 = jdk25 == null
                ? Map.of()
                : Map.of("PATH", jdk25.resolve("bin") + File.pathSeparator + System.getenv("PATH"));
        if (jdk25 != null) {
            log("startup: first run of ./eflg on " + jdk25 + " (creates the AOT cache)");
            time(eflg, on25);
            time(eflg, on25);
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("runs", runs);
        r.put("command", "validate examples/data/anytown-2024.yaml");
        r.put("target", STARTUP_TARGET);
        r.put("cpuTarget", STARTUP_CPU_TARGET);
        withoutAndBesideLoad(r, condition -> startupRounds(condition, eflg, plain, helloCommand, on25));
        results.put("coldStart", r);
    }

    /** One pass of interleaved runs: hello world, ./eflg, java -jar, and both again on JDK 25 when there is one. */
    private Map<String, Object> startupRounds(
            String condition,
            List<String> eflg,
            List<String> plain,
            List<String> helloCommand,
            Map<String, String> on25)
            throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("loadAverageBefore", loadAverage());
        List<Cost> helloTimes = new ArrayList<>();
        List<Cost> eflgTimes = new ArrayList<>();
        List<Cost> plainTimes = new ArrayList<>();
        List<Cost> hello25Times = new ArrayList<>();
        List<Cost> eflg25Times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            helloTimes.add(Cost.ofChildren(() -> time(helloCommand, Map.of())));
            eflgTimes.add(Cost.ofChildren(() -> time(eflg, Map.of())));
            plainTimes.add(Cost.ofChildren(() -> time(plain, Map.of())));
            if (!on25.isEmpty()) {
                hello25Times.add(Cost.ofChildren(() -> time(helloCommand, on25)));
                eflg25Times.add(Cost.ofChildren(() -> time(eflg, on25)));
            }
        }
        r.put("loadAverageAfter", loadAverage());
        Cost hc = Cost.median(helloTimes);
        Cost ec = Cost.median(eflgTimes);
        Cost pc = Cost.median(plainTimes);
        log("startup (" + condition + "): hello " + seconds(hc.wall()) + ", ./eflg " + seconds(ec.wall())
                + ", java -jar eflg.jar " + seconds(pc.wall()));
        r.put("hello", hc.toMap());
        r.put("eflgLauncher", ec.toMap());
        r.put("plainJavaJar", pc.toMap());
        r.put("ratio", round(ec.wall() / hc.wall()));
        r.put("cpuRatio", round(ec.cpu() / hc.cpu()));
        r.put("ratioWithoutLauncher", round(pc.wall() / hc.wall()));
        boolean met = ec.wall() / hc.wall() <= STARTUP_TARGET && ec.cpu() / hc.cpu() <= STARTUP_CPU_TARGET;
        r.put("met", met);
        String load = " (" + condition + ", load average " + r.get("loadAverageBefore") + ")";
        table.add(row(
                "cold start, JDK " + Runtime.version().feature() + ": ./eflg validate / hello world" + load,
                ec,
                hc,
                STARTUP_TARGET,
                met
                        ? ""
                        : "CPU target " + STARTUP_CPU_TARGET
                                + "x; -Deflg.timeline=true shows the phases: the JVM, picocli's"
                                + " reflection over the command, the first YAML parse of the file"));
        table.add(row(
                "cold start before: java -jar eflg.jar validate / hello world" + load,
                pc,
                hc,
                STARTUP_TARGET,
                "no class-data archive and the default JIT (the way the tool started before the launcher)"));
        if (!hello25Times.isEmpty()) {
            Cost h25 = Cost.median(hello25Times);
            Cost e25 = Cost.median(eflg25Times);
            r.put("jdk25Hello", h25.toMap());
            r.put("jdk25EflgLauncher", e25.toMap());
            r.put("jdk25Ratio", round(e25.wall() / h25.wall()));
            r.put("jdk25CpuRatio", round(e25.cpu() / h25.cpu()));
            table.add(row(
                    "cold start, JDK 25 with the AOT cache: ./eflg validate / hello world on JDK 25" + load,
                    e25,
                    h25,
                    STARTUP_TARGET,
                    "for comparison; the target is JDK 17's"));
        }
        return r;
    }

    /** A JDK 25 or later to measure the AOT cache with: {@code EFLG_JDK25}, or one under /usr/lib/jvm; else null. */
    private static Path jdk25() throws IOException {
        String given = System.getenv("EFLG_JDK25");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return null;
        }
        try (java.util.stream.Stream<Path> all = Files.list(jvms)) {
            return all.filter(d -> d.getFileName().toString().matches(".*-25(-.*)?")
                            && Files.isExecutable(d.resolve("bin/java")))
                    .sorted()
                    .findFirst()
                    .orElse(null);
        }
    }

    /** A hello-world program started the same way as {@code ./eflg}: a bash launcher that execs {@code java -jar}. */
    private Path helloLauncher() throws IOException {
        Files.createDirectories(work);
        Path jar = work.resolve("hello.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Hello.class.getName());
        String entry = Hello.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream in = Harness.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        Path launcher = work.resolve("hello");
        Files.writeString(
                launcher,
                "#!/usr/bin/env bash\nset -euo pipefail\nexec java ${EFLG_JAVA_OPTS:-} -jar \"" + jar + "\" \"$@\"\n");
        launcher.toFile().setExecutable(true);
        return launcher;
    }

    private double time(List<String> command) throws Exception {
        return time(command, Map.of());
    }

    /** Runs a command to its end, with these variables added to its environment; its wall-clock seconds. */
    private double time(List<String> command, Map<String, String> environment) throws Exception {
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process p = builder.directory(root.toFile()).redirectErrorStream(true).start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        p.getInputStream().transferTo(output);
        int code = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + code + ":\n"
                    + tail(output.toString(StandardCharsets.UTF_8)));
        }
        return seconds;
    }

    // ---- 4. workforce

    /**
     * {@code eflg workforce} on 100,000 and 1,000,000 synthetic employees with {@code -Xmx512m}, against
     * {@code eflg workforce --help} started the same way, interleaved in the same run; medians. What counts is the
     * difference: the analysis above the JVM's start.
     */
    private void workforce() throws Exception {
        Path eflgJar = root.resolve("framework-cli/target/eflg.jar");
        Files.createDirectories(work);
        Map<String, Object> r = new LinkedHashMap<>();
        for (int employees : new int[] {100_000, 1_000_000}) {
            Path csv = work.resolve("workforce-" + label(employees) + ".csv");
            log("workforce: writing " + employees + " synthetic employees");
            writeWorkforce(csv, employees);
            Path out = work.resolve("workforce-" + label(employees) + ".json");
            List<String> analyse = List.of(
                    javaBin(),
                    "-Xmx512m",
                    "-XX:+UseSerialGC",
                    "-jar",
                    eflgJar.toString(),
                    "workforce",
                    csv.toString(),
                    "--out",
                    out.toString());
            // The same start without the analysis: the command line with the plugins' commands built, its help
            // printed. (eflg --version was the start until it stopped building any command.)
            List<String> version = List.of(
                    javaBin(), "-Xmx512m", "-XX:+UseSerialGC", "-jar", eflgJar.toString(), "workforce", "--help");
            int rounds = employees >= 1_000_000 ? 3 : 5;
            time(analyse);
            List<Double> analyseTimes = new ArrayList<>();
            List<Double> versionTimes = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                versionTimes.add(time(version));
                analyseTimes.add(time(analyse));
            }
            double a = median(analyseTimes);
            double v = median(versionTimes);
            log("workforce " + label(employees) + ": " + seconds(a) + ", eflg workforce --help " + seconds(v));
            Map<String, Object> size = new LinkedHashMap<>();
            size.put("employees", employees);
            size.put("csvMegabytes", round(Files.size(csv) / (1024.0 * 1024)));
            size.put("heap", "-Xmx512m");
            size.put("runs", rounds);
            size.put("workforceSeconds", round(a));
            size.put("startSeconds", round(v));
            size.put("aboveStartSeconds", round(a - v));
            r.put(label(employees), size);
            boolean target = employees == 100_000;
            table.add(new String[] {
                "workforce " + label(employees) + " rows (-Xmx512m) - eflg workforce --help",
                String.format(Locale.ROOT, "%+.2f s", a - v),
                "-",
                "-",
                target ? "<= " + WORKFORCE_TARGET + " s" : "fits in 512 MB",
                !target || a - v <= WORKFORCE_TARGET
                        ? "met"
                        : String.format(Locale.ROOT, "MISSED by %.2f s", a - v - WORKFORCE_TARGET),
                "medians of " + rounds + ", interleaved"
            });
        }
        r.put("target", WORKFORCE_TARGET);
        results.put("workforce", r);
    }

    /** A seeded synthetic workforce, written 100,000 employees at a time so that the harness stays small. */
    private static void writeWorkforce(Path csv, int employees) throws IOException {
        try (var out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            for (int done = 0, part = 0; done < employees; part++) {
                int n = Math.min(100_000, employees - done);
                String text = SyntheticWorkforce.toCsv(SyntheticWorkforce.generate(n, Workloads.SEED + part));
                // Ids are unique within a part: give each part its own prefix, and write the header once.
                text = text.replace("anon-", "anon" + part + "-");
                out.write(part == 0 ? text : text.substring(text.indexOf('\n') + 1));
                done += n;
            }
        }
    }

    // ---- helpers

    private static String[] row(String measure, double ratio, double target, String why) {
        boolean met = ratio <= target;
        return new String[] {
            measure,
            String.format(Locale.ROOT, "%.2fx", ratio),
            "-",
            "-",
            "<= " + target + "x",
            met ? "met" : String.format(Locale.ROOT, "MISSED by %.0f%%", (ratio / target - 1) * 100),
            met ? "" : why
        };
    }

    /** A row with a CPU ratio only, against which the target is judged. */
    private static String[] cpuRow(String measure, double ratio, double target, String why) {
        String[] row = row(measure, ratio, target, why);
        row[2] = row[1];
        row[1] = "-";
        return row;
    }

    /** A row with the wall ratio (against which the target is judged), the CPU ratio and both system times. */
    private static String[] row(String measure, Cost measured, Cost baseline, double target, String why) {
        double ratio = measured.wall() / baseline.wall();
        boolean met = ratio <= target;
        return new String[] {
            measure,
            String.format(Locale.ROOT, "%.2fx", ratio),
            String.format(Locale.ROOT, "%.2fx", measured.cpu() / baseline.cpu()),
            String.format(Locale.ROOT, "%.2f s / %.2f s", measured.system(), baseline.system()),
            "<= " + target + "x",
            met ? "met" : String.format(Locale.ROOT, "MISSED by %.0f%%", (ratio / target - 1) * 100),
            met ? "" : why
        };
    }

    private void printTable() {
        int[] widths = {0, 0, 0, 0, 0, 0};
        List<String[]> rows = new ArrayList<>();
        rows.add(
                new String[] {"measure", "wall ratio", "CPU ratio", "system (this / base)", "target", "result", "why"});
        rows.addAll(table);
        rows.forEach(r -> {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        });
        System.out.println();
        for (String[] r : rows) {
            System.out.printf(
                    Locale.ROOT,
                    "%-" + widths[0] + "s  %" + widths[1] + "s  %" + widths[2] + "s  %" + widths[3] + "s  %-"
                            + widths[4] + "s  %-" + widths[5] + "s  %s%n",
                    r[0],
                    r[1],
                    r[2],
                    r[3],
                    r[4],
                    r[5],
                    r[6]);
        }
        System.out.println();
        results.put(
                "table",
                table.stream()
                        .map(r -> Map.of(
                                "measure", r[0],
                                "ratio", r[1],
                                "cpuRatio", r[2],
                                "systemSeconds", r[3],
                                "target", r[4],
                                "result", r[5],
                                "why", r[6]))
                        .map(LinkedHashMap::new)
                        .toList());
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String ownJar() {
        try {
            return Path.of(Harness.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static String label(int items) {
        return items >= 1_000_000 ? items / 1_000_000 + "M" : items / 1_000 + "k";
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f s", s);
    }

    private static String tail(String text) {
        return text.length() <= 2_000 ? text : "..." + text.substring(text.length() - 2_000);
    }

    private static void log(String message) {
        System.err.println("harness: " + message);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
