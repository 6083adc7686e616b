package io.github.equalityframework.workforce.command;

import io.github.equalityframework.io.CannotWriteException;
import io.github.equalityframework.io.ControlCharacters;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.spi.CommandProvider;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.workforce.ColumnMapping;
import io.github.equalityframework.workforce.EmployeeCsv;
import io.github.equalityframework.workforce.EmployeeFile;
import io.github.equalityframework.workforce.Figure;
import io.github.equalityframework.workforce.GenderPayGap;
import io.github.equalityframework.workforce.PopulationCsv;
import io.github.equalityframework.workforce.PopulationFile;
import io.github.equalityframework.workforce.PopulationTable;
import io.github.equalityframework.workforce.RowProblem;
import io.github.equalityframework.workforce.WorkforceAnalysis;
import io.github.equalityframework.workforce.WorkforceChecks;
import io.github.equalityframework.workforce.WorkforceReport;
import io.github.equalityframework.workforce.WorkforceReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eflg workforce FILE.csv}: pay gaps, representation and checks from employee data, and a workforce report.
 * Contributed to the eflg command by {@link WorkforceCommandProvider}.
 */
@Command(
        name = "workforce",
        footerHeading = "%nExamples:%n",
        footer = {
            "  eflg workforce examples/data/anytown-workforce.csv --out workforce.html",
            "  eflg workforce examples/data/anytown-workforce.csv \\",
            "      --population examples/data/anytown-population.csv --out workforce.md"
        },
        description = {
            "Compute pay gaps and representation from employee records.",
            "The six statutory gender pay gap figures, the same measures by ethnicity and disability, and representation "
                    + "by grade and against the local population, from a CSV file of pseudonymous employee records: prints the "
                    + "six figures and writes a workforce report. The six statutory figures are published whatever the group "
                    + "sizes; in the voluntary breakdowns, figures about fewer than --threshold people are withheld ([c]). "
                    + "Employee rows are never written to the report.",
            "Every problem of a CSV file is reported as FILE.csv:line:column: header: message, at the first character"
                    + " of the value concerned, and nothing is written (exit 2)."
        })
public final class WorkforceCommand implements Callable<Integer> {
    // The eflg command's exit codes.
    static final int OK = 0;
    static final int BAD_INPUT = 2;
    static final int FAILURE = 3;

    private final CommandProvider.Host host;

    @Spec
    CommandSpec spec;

    WorkforceCommand(CommandProvider.Host host) {
        this.host = host;
    }

    @Parameters(
            index = "0",
            paramLabel = "FILE.csv",
            description = "The employee records (see the workforce plugin's README).")
    Path file;

    @Option(
            names = "--population",
            paramLabel = "FILE.csv",
            description = "The local population: characteristic,group,count or percent.")
    Path population;

    @Option(
            names = "--mapping",
            paramLabel = "FILE",
            description = "Which header holds each column: lines of column = header.")
    Path mapping;

    @Option(
            names = "--threshold",
            paramLabel = "N",
            defaultValue = "10",
            description =
                    "In the voluntary breakdowns, withhold figures about fewer than N people (default: ${DEFAULT-VALUE}); "
                            + "the six statutory figures are never withheld.")
    int threshold;

    @Option(
            names = "--encoding",
            paramLabel = "CHARSET",
            description =
                    "The employee file's encoding: utf-8, windows-1252 or utf-16 (default: detected from its bytes).")
    String encoding;

    @Option(names = "--organisation", paramLabel = "NAME", description = "The employer, named in the report.")
    String organisation;

    @Option(
            names = "--snapshot-date",
            paramLabel = "YYYY-MM-DD",
            description = "The date the figures describe (31 March for public authorities), named in the report.")
    LocalDate snapshotDate;

    @Option(
            names = "--senior-grade",
            paramLabel = "GRADE",
            description =
                    "A grade of the senior band, as the file names it; repeat for several (default: the last grade).")
    List<String> seniorGrades = new ArrayList<>();

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "Report format: json, md or html (default: from the --out extension).")
    String format;

    @Option(names = "--out", paramLabel = "PATH", required = true, description = "Write the report here.")
    Path out;

    @Override
    public Integer call() {
        try {
            return analyse();
        } catch (OutOfMemoryError e) {
            // One line, no stack trace: what ran out and the option that gives Java more.
            PrintWriter err = spec.commandLine().getErr();
            err.println("eflg: out of memory analysing " + file.getFileName() + " with a Java heap of "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; raise it with -Xmx, e.g. "
                    + "EFLG_JAVA_OPTS=-Xmx2g ./eflg workforce ...");
            err.flush();
            return FAILURE;
        }
    }

    private int analyse() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        host.refusalToWrite("--out", out, Arrays.asList(file, population, mapping))
                .ifPresent(message -> {
                    throw new ParameterException(spec.commandLine(), message);
                });
        if (threshold < 1) {
            throw new ParameterException(spec.commandLine(), "--threshold must be at least 1, not " + threshold);
        }
        WorkforceReportWriter writer = writer();
        ColumnMapping columns = ColumnMapping.defaults();
        if (mapping != null) {
            try {
                columns = ColumnMapping.parse(
                        Files.readString(mapping, StandardCharsets.UTF_8), String.valueOf(mapping.getFileName()));
            } catch (IOException e) {
                err.println(mapping.getFileName() + ": cannot read the file: " + e.getMessage());
                return BAD_INPUT;
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return BAD_INPUT;
            }
        }
        EmployeeCsv reader = EmployeeCsv.with(columns);
        if (encoding != null) {
            reader = reader.encoding(charset(encoding));
        }
        if (organisation != null && organisation.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--organisation must not be blank");
        }
        EmployeeFile employees = reader.read(file);
        employees.warnings().forEach(w -> err.println("warning: " + ControlCharacters.forTerminal(w.format())));
        List<RowProblem> problems = new ArrayList<>(employees.problems());
        PopulationTable table = PopulationTable.NONE;
        if (population != null) {
            PopulationFile read = PopulationCsv.read(population);
            problems.addAll(read.problems());
            table = read.table();
        }
        if (!problems.isEmpty()) {
            host.printProblems(err, problems.stream().map(RowProblem::toProblem).toList());
            err.println("eflg: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + "; no report written");
            return BAD_INPUT;
        }
        WorkforceAnalysis.Builder analysis = WorkforceAnalysis.builder()
                .minimumGroupSize(threshold)
                .population(table)
                .ethnicMinorities(columns.ethnicMinorities());
        if (organisation != null) {
            analysis.organisation(organisation);
        }
        if (snapshotDate != null) {
            analysis.snapshotDate(snapshotDate);
        }
        WorkforceReport report = analysis.build().analyse(employees.employees());
        if (report.relevantEmployees() == 0) {
            err.println(file.getFileName() + ": no relevant employees: every row has relevant = no; list everyone "
                    + "employed on the snapshot date; no report written");
            return BAD_INPUT;
        }
        List<Finding> findings = WorkforceChecks.run(
                report,
                seniorGrades.isEmpty()
                        ? Map.of()
                        : Map.of("workforce.under-represented-in-grade", Map.of("seniorGrades", seniorGrades)));
        print(report, findings, stdout);
        try {
            ModelCodec.writeAtomically(out, writer.write(report, findings));
        } catch (UncheckedIOException | CannotWriteException e) {
            // The system's reason, e.g. a folder that does not exist or cannot be written: a problem with --out.
            err.println("eflg: " + e.getMessage());
            return BAD_INPUT;
        }
        stdout.println("Report written to " + out);
        stdout.flush();
        return OK;
    }

    private Charset charset(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "windows-1252", "cp1252" -> Charset.forName("windows-1252");
            case "utf-16", "utf16" -> StandardCharsets.UTF_16;
            default ->
                throw new ParameterException(
                        spec.commandLine(), "unknown --encoding '" + name + "'; use utf-8, windows-1252 or utf-16");
        };
    }

    private WorkforceReportWriter writer() {
        String name = format != null ? format : extension(out);
        return WorkforceReportWriter.forName(name)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        format != null
                                ? "unknown format '" + format + "'; use json, md or html"
                                : "cannot tell the report format from '" + out + "'; add --format json, md or html"));
    }

    /** The last extension without its dot, as written; empty when there is none (as eflg's other commands read it). */
    private static String extension(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static void print(WorkforceReport report, List<Finding> findings, PrintWriter out) {
        GenderPayGap g = report.genderPayGap();
        out.println(report.relevantEmployees() + " relevant employees (" + report.fullPayRelevantEmployees()
                + " full-pay relevant)"
                + (report.statutoryDuty() ? "; 250 or more: the gender pay gap must be published" : ""));
        out.println(
                "Gender pay gap, statutory: men and women, whatever the group sizes (positive: women are paid less)");
        out.printf("  1. Mean hourly pay gap     %s%n", percent(g.meanHourlyPayGap()));
        out.printf("  2. Median hourly pay gap   %s%n", percent(g.medianHourlyPayGap()));
        out.printf("  3. Mean bonus gap          %s%n", percent(g.meanBonusGap()));
        out.printf("  4. Median bonus gap        %s%n", percent(g.medianBonusGap()));
        out.printf(
                "  5. Paid a bonus            men %s, women %s%n",
                percent(g.menPaidBonus()), percent(g.womenPaidBonus()));
        out.println("  6. Hourly pay quartiles    men / women");
        for (GenderPayGap.QuartileShares band : g.quartiles()) {
            out.printf("     %-13s          %s / %s%n", band.band(), percent(band.men()), percent(band.women()));
        }
        out.println(
                "Declaration rates: ethnicity " + percent(report.byEthnicity().declarationRate()) + ", disability "
                        + percent(report.byDisability().declarationRate()));
        out.println("Findings: " + (findings.isEmpty() ? "none" : findings.size()));
        findings.forEach(f -> out.println("  " + f.severity().name().toLowerCase(Locale.ROOT) + ": " + f.message()));
    }

    private static String percent(Figure figure) {
        return figure.isPublished() ? figure + "%" : figure.toString();
    }
}
