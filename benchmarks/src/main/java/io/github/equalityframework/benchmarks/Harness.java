package io.github.equalityframework.benchmarks;

import io.github.equalityframework.cli.Main;
import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.workforce.SyntheticWorkforce;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
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
 * java -jar benchmarks.jar --root REPO [--files 2000] [--runs 11] [--only batch|scaling|startup|workforce]
 * </pre>
 */
public final class Harness {
    static final double BATCH_TARGET = 1.5;
    static final double SCALING_TARGET = 11.0;
    static final double STARTUP_TARGET = 5.0;
    /** Seconds above {@code eflg --version} for 100,000 employees. */
    static final double WORKFORCE_TARGET = 1.0;

    private final Path root;
    private final Path work;
    private final int files;
    private final int runs;
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final List<String[]> table = new ArrayList<>();

    private Harness(Path root, int files, int runs) {
        this.root = root;
        this.work = root.resolve("benchmarks/target/harness");
        this.files = files;
        this.runs = runs;
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
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]);
                case "--files" -> files = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--only" -> only = args[++i];
                default ->
                    throw new IllegalArgumentException("unknown argument " + args[i]
                            + "; use --root DIR, --files N, --runs N, --only batch|scaling|startup|workforce");
            }
        }
        new Harness(root.toAbsolutePath().normalize(), files, runs).run(only);
    }

    private void run(String only) throws Exception {
        long start = System.nanoTime();
        results.put("machine", machine());
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

    /** {@code eflg assess DIR --format json --out OUT} in this JVM, against reading the same files into the model only. */
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
            "2025-06-30"
        };
        // Warm both paths up, then alternate them so that noise from other processes hits both alike.
        log("batch: warming up");
        parseOnly(inputs, threads);
        assessInProcess(assess);
        List<Double> parse = new ArrayList<>();
        List<Double> full = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            parse.add(parseOnly(inputs, threads));
            full.add(assessInProcess(assess));
            log("batch: round " + (round + 1) + ": parse-only " + seconds(parse.get(round)) + ", assess "
                    + seconds(full.get(round)));
        }
        double p = median(parse);
        double f = median(full);
        double ratio = f / p;
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("files", files);
        r.put("evidenceItemsPerFile", Workloads.SMALL);
        r.put("threads", threads);
        r.put("parseOnlySeconds", round(p));
        r.put("assessSeconds", round(f));
        r.put("ratio", round(ratio));
        r.put("target", BATCH_TARGET);
        r.put("met", ratio <= BATCH_TARGET);
        results.put("batchOverhead", r);
        table.add(
                row(
                        "batch overhead: assess / parse-only, " + files + " files",
                        ratio,
                        BATCH_TARGET,
                        ratio <= BATCH_TARGET
                                ? ""
                                : "per file, validation (Hibernate Validator), the rules and checks, the terminal "
                                        + "summary, JSON rendering and an atomic write (temporary file and rename) add to the YAML parse"));
    }

    /** Reads every file into the model on a pool as large as the batch's, without validating or assessing. */
    private static double parseOnly(List<Path> inputs, int threads) throws Exception {
        ModelCodec codec = ModelCodec.strict();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
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
        return (System.nanoTime() - start) / 1e9;
    }

    private static double assessInProcess(String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (code != 0) {
            throw new IllegalStateException("eflg assess exited " + code + ":\n" + tail(err.toString()));
        }
        return seconds;
    }

    // ---- 2. scaling

    private void scaling() throws Exception {
        int[] sizes = {10_000, 100_000, 1_000_000};
        log("scaling: assessing 10k, 100k and 1M evidence items in a child JVM with -Xmx1g");
        List<String> command = new ArrayList<>(
                List.of(javaBin(), "-Xmx1g", "-cp", ownJar(), Harness.class.getName(), "scaling-child"));
        Arrays.stream(sizes).forEach(s -> command.add(String.valueOf(s)));
        Process child = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = child.waitFor();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("heap", "-Xmx1g");
        r.put("childExitCode", code);
        Map<Integer, Double> times = new LinkedHashMap<>();
        for (String line : output.lines().toList()) {
            String[] parts = line.split(" ");
            if (parts.length == 3 && parts[0].equals("assessed")) {
                times.put(Integer.parseInt(parts[1]), Double.parseDouble(parts[2]));
            }
        }
        r.put("secondsByEvidenceItems", times);
        for (int i = 1; i < sizes.length; i++) {
            String name = label(sizes[i - 1]) + " -> " + label(sizes[i]);
            Double before = times.get(sizes[i - 1]);
            Double after = times.get(sizes[i]);
            if (before == null || after == null) {
                r.put(name, "not measured: the child JVM exited " + code);
                table.add(new String[] {
                    "scaling: time x for 10x items, " + name,
                    "-",
                    "<= " + SCALING_TARGET,
                    "MISSED",
                    "did not complete with -Xmx1g (exit " + code + ")"
                });
                continue;
            }
            double ratio = after / before;
            r.put(name, round(ratio));
            table.add(row(
                    "scaling: time x for 10x items, " + name,
                    ratio,
                    SCALING_TARGET,
                    ratio <= SCALING_TARGET
                            ? ""
                            : "super-linear: garbage collection in a heap of -Xmx1g grows with the live set"));
        }
        r.put("target", SCALING_TARGET);
        results.put("scaling", r);
    }

    /** In the child JVM: assesses each size and prints {@code assessed ITEMS SECONDS}, the median of a few runs. */
    private static void scalingChild(int[] sizes) {
        try (AssessmentEngine engine = Workloads.engine()) {
            SyntheticAssessments generator = SyntheticAssessments.lga2021(Workloads.SEED);
            // Warm the engine up on the smallest size, so that the first size is not measured in the interpreter.
            SelfAssessment warm = generator.council(0, sizes[0]);
            for (int i = 0; i < 10; i++) {
                engine.assess(warm);
            }
            warm = null;
            for (int size : sizes) {
                SelfAssessment assessment = generator.council(0, size);
                int repeats = size >= 1_000_000 ? 3 : 5;
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < repeats; i++) {
                    System.gc();
                    long start = System.nanoTime();
                    engine.assess(assessment);
                    times.add((System.nanoTime() - start) / 1e9);
                }
                System.out.println("assessed " + size + " " + median(times));
                System.out.flush();
            }
        }
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
        time(eflg);
        time(eflg);
        List<Double> helloTimes = new ArrayList<>();
        List<Double> eflgTimes = new ArrayList<>();
        List<Double> plainTimes = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            helloTimes.add(time(helloCommand));
            eflgTimes.add(time(eflg));
            plainTimes.add(time(plain));
        }
        double h = median(helloTimes);
        double e = median(eflgTimes);
        double p = median(plainTimes);
        log("startup: hello " + seconds(h) + ", ./eflg " + seconds(e) + ", java -jar eflg.jar " + seconds(p));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("runs", runs);
        r.put("command", "validate examples/data/anytown-2024.yaml");
        r.put("helloSeconds", round(h));
        r.put("eflgLauncherSeconds", round(e));
        r.put("plainJavaJarSeconds", round(p));
        r.put("ratio", round(e / h));
        r.put("ratioWithoutLauncher", round(p / h));
        r.put("target", STARTUP_TARGET);
        r.put("met", e / h <= STARTUP_TARGET);
        results.put("coldStart", r);
        table.add(
                row(
                        "cold start: ./eflg validate / hello world",
                        e / h,
                        STARTUP_TARGET,
                        e / h <= STARTUP_TARGET
                                ? ""
                                : "picocli builds every subcommand, and the plugins read and validate four bundled framework editions "
                                        + "(Jackson, SnakeYAML, Hibernate Validator) before the file is read; the archive removes class loading, not that work"));
        table.add(row(
                "cold start before: java -jar eflg.jar validate / hello world",
                p / h,
                STARTUP_TARGET,
                "no class-data archive (the way the launcher started the tool before)"));
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
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .start();
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
     * {@code eflg --version} started the same way, interleaved in the same run; medians. What counts is the
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
            List<String> version =
                    List.of(javaBin(), "-Xmx512m", "-XX:+UseSerialGC", "-jar", eflgJar.toString(), "--version");
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
            log("workforce " + label(employees) + ": " + seconds(a) + ", eflg --version " + seconds(v));
            Map<String, Object> size = new LinkedHashMap<>();
            size.put("employees", employees);
            size.put("csvMegabytes", round(Files.size(csv) / (1024.0 * 1024)));
            size.put("heap", "-Xmx512m");
            size.put("runs", rounds);
            size.put("workforceSeconds", round(a));
            size.put("versionSeconds", round(v));
            size.put("aboveStartSeconds", round(a - v));
            r.put(label(employees), size);
            boolean target = employees == 100_000;
            table.add(new String[] {
                "workforce " + label(employees) + " rows (-Xmx512m) - eflg --version",
                String.format(Locale.ROOT, "%+.2f s", a - v),
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
            "<= " + target + "x",
            met ? "met" : String.format(Locale.ROOT, "MISSED by %.0f%%", (ratio / target - 1) * 100),
            why
        };
    }

    private void printTable() {
        int[] widths = {0, 0, 0, 0};
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"measure", "ratio", "target", "result", "why"});
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
                    "%-" + widths[0] + "s  %" + widths[1] + "s  %-" + widths[2] + "s  %-" + widths[3] + "s  %s%n",
                    r[0],
                    r[1],
                    r[2],
                    r[3],
                    r[4]);
        }
        System.out.println();
        results.put(
                "table",
                table.stream()
                        .map(r -> Map.of("measure", r[0], "ratio", r[1], "target", r[2], "result", r[3], "why", r[4]))
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
