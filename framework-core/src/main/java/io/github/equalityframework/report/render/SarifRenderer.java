package io.github.equalityframework.report.render;

import io.github.equalityframework.internal.markup.MarkdownText;
import io.github.equalityframework.model.Severity;
import io.github.equalityframework.problem.DataPath;
import io.github.equalityframework.problem.SourceLocation;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.FindingSubject;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.spi.Parameter;
import io.github.equalityframework.spi.Rule;
import io.github.equalityframework.spi.RuleDocumentation;
import io.github.equalityframework.spi.Sdk;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The findings as a SARIF 2.1.0 log, for code-scanning and review tools: one run whose driver lists the
 * rules with their documentation, and one result per finding with the file, line and column of the claim,
 * evidence or action concerned and its data path.
 *
 * <p>Each result carries a partial fingerprint, {@code eflgFinding/v1}, that identifies it across runs: a
 * hash of the rule, the finding code and what the finding is about, named by criterion, evidence or action
 * id rather than by list position, so that reordering claims or adding evidence does not make old findings
 * look new. Two findings that would share a fingerprint are told apart by their order.
 */
final class SarifRenderer implements ReportRenderer {
    static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** Where to read about eflg; the project's GitHub organisation, which its Maven group id names. */
    static final String INFORMATION_URI = "https://github.com/equalityframework";

    static final String FINGERPRINT = "eflgFinding/v1";

    /** Writes every value given, empty ones too (SARIF needs "results": [] for a run with no findings), indented as the JSON report is. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(new DefaultPrettyPrinter(
                            Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .build();

    private final List<Rule> rules;
    private final Function<String, SourceLocation> locator;
    private final Path baseDirectory;

    SarifRenderer(Collection<? extends Rule> rules, Function<String, SourceLocation> locator, Path baseDirectory) {
        this.rules = rules.stream()
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(Rule::id))
                .map(Rule.class::cast)
                .toList();
        this.locator = locator == null ? path -> null : locator;
        this.baseDirectory =
                baseDirectory == null ? null : baseDirectory.toAbsolutePath().normalize();
    }

    @Override
    public String render(ReportInput in) {
        AssessmentReport report = in.report();
        List<Rule> applicable =
                rules.stream().filter(r -> r.appliesTo(in.framework())).toList();
        Map<String, Integer> ruleIndex = new HashMap<>();
        List<Map<String, Object>> descriptors = new ArrayList<>();
        for (Rule rule : applicable) {
            if (ruleIndex.putIfAbsent(rule.id(), descriptors.size()) == null) {
                descriptors.add(descriptor(rule));
            }
        }

        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "eflg");
        driver.put("version", Sdk.version());
        driver.put("semanticVersion", Sdk.version());
        driver.put("informationUri", INFORMATION_URI);
        driver.put("rules", descriptors);

        Map<String, Integer> seen = new HashMap<>();
        List<Map<String, Object>> results = new ArrayList<>();
        for (Finding f : report.findings()) {
            results.add(result(in, f, ruleIndex, seen));
        }

        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("invocations", List.of(Map.of("executionSuccessful", report.complete())));
        run.put("language", "en-GB");
        run.put("results", results);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("organisation", report.organisation());
        properties.put("framework", report.framework());
        if (report.profile() != null) {
            properties.put("profile", report.profile());
        }
        properties.put("overall", report.overall() == null ? "none" : report.overall());
        run.put("properties", properties);

        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return JSON.writeValueAsString(log) + "\n";
    }

    /** A rule as SARIF describes it: what it checks, how to act on it, and the level of its findings by default. */
    private static Map<String, Object> descriptor(Rule rule) {
        RuleDocumentation doc = rule.documentation();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", rule.id());
        d.put("name", name(rule.id()));
        d.put("shortDescription", text(doc.title()));
        d.put("fullDescription", text(doc.description()));
        d.put("help", help(rule.id(), doc));
        d.put("defaultConfiguration", Map.of("level", level(doc.defaultSeverity())));
        return d;
    }

    private static Map<String, Object> help(String id, RuleDocumentation doc) {
        StringBuilder text = new StringBuilder(doc.description());
        StringBuilder markdown = new StringBuilder(MarkdownText.text(doc.description()));
        if (!doc.parameters().isEmpty()) {
            text.append("\n\nParameters:");
            markdown.append("\n\n**Parameters**\n");
            for (Parameter<?> p : doc.parameters()) {
                String defaultValue = p.defaultValue() == null ? "" : " (default: " + p.defaultValue() + ")";
                text.append("\n- ")
                        .append(p.name())
                        .append(": ")
                        .append(p.description())
                        .append(defaultValue);
                markdown.append("\n- ")
                        .append(MarkdownText.code(p.name()))
                        .append(": ")
                        .append(MarkdownText.text(p.description() + defaultValue));
            }
        }
        text.append("\n\nSee 'eflg explain ").append(id).append("'.");
        markdown.append("\n\nSee eflg explain ").append(MarkdownText.code(id)).append('.');
        Map<String, Object> help = new LinkedHashMap<>();
        help.put("text", text.toString());
        help.put("markdown", markdown.toString());
        return help;
    }

    private Map<String, Object> result(
            ReportInput in, Finding f, Map<String, Integer> ruleIndex, Map<String, Integer> seen) {
        Map<String, Object> r = new LinkedHashMap<>();
        if (!f.rule().isEmpty()) {
            r.put("ruleId", f.rule());
            Integer index = ruleIndex.get(f.rule());
            if (index != null) {
                r.put("ruleIndex", index);
            }
        }
        r.put("level", level(f.severity()));
        r.put("message", text(f.message()));
        Map<String, Object> location = new LinkedHashMap<>();
        SourceLocation where = locator.apply(f.path());
        if (where != null) {
            Map<String, Object> physical = new LinkedHashMap<>();
            physical.put("artifactLocation", Map.of("uri", uri(where.source())));
            if (where.line() > 0) {
                Map<String, Object> region = new LinkedHashMap<>();
                region.put("startLine", where.line());
                if (where.column() > 0) {
                    region.put("startColumn", where.column());
                }
                physical.put("region", region);
            }
            location.put("physicalLocation", physical);
        }
        if (!f.path().isEmpty()) {
            Map<String, Object> logical = new LinkedHashMap<>();
            logical.put("name", lastSegment(f.path()));
            logical.put("fullyQualifiedName", f.path());
            logical.put("kind", f.path().endsWith("]") ? "object" : "property");
            location.put("logicalLocations", List.of(logical));
        }
        if (!location.isEmpty()) {
            r.put("locations", List.of(location));
        }
        String subject = subject(in, f.path());
        String identity = f.rule() + "\n" + f.code() + "\n" + subject;
        int occurrence = seen.merge(identity, 1, Integer::sum);
        r.put("partialFingerprints", Map.of(FINGERPRINT, sha256(identity + "\n" + occurrence)));
        Map<String, Object> properties = new TreeMap<>();
        properties.put("code", f.code());
        properties.put("dataPath", f.path());
        if (!f.plugin().isEmpty()) {
            properties.put("plugin", f.plugin());
        }
        String criterion = in.criterionOf(f.path());
        if (criterion != null) {
            properties.put("criterion", in.framework().id() + "/" + criterion);
        }
        r.put("properties", properties);
        return r;
    }

    /** What a finding is about, named by id rather than list position ({@link FindingSubject#named}). */
    private static String subject(ReportInput in, String path) {
        return FindingSubject.named(in.assessment(), path);
    }

    /** The file as a URI reference: relative to the base directory where there is one, with / separators. */
    private String uri(String source) {
        String reference = source;
        try {
            Path file = Path.of(source);
            if (baseDirectory != null) {
                Path absolute = file.toAbsolutePath().normalize();
                if (absolute.getRoot() != null && absolute.getRoot().equals(baseDirectory.getRoot())) {
                    reference = baseDirectory.relativize(absolute).toString();
                } else {
                    return absolute.toUri().toString();
                }
            }
            reference = reference.replace(file.getFileSystem().getSeparator(), "/");
        } catch (InvalidPathException notAPath) {
            // Not a file name (for example a URL or "standard input"): escape it as it is.
        }
        try {
            return new URI(null, null, reference, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot make a URI reference of " + reference, e);
        }
    }

    /** A readable identifier from a rule id: {@code lga.claim-without-evidence} reads "ClaimWithoutEvidence". */
    static String name(String ruleId) {
        String local = ruleId.substring(ruleId.lastIndexOf('.') + 1);
        StringBuilder name = new StringBuilder();
        for (String word : local.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.isEmpty() ? ruleId : name.toString();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** The last field of a path with its index, if it has one: {@code claims[3].evidence[0]} gives {@code evidence[0]}. */
    private static String lastSegment(String path) {
        List<DataPath.Step> steps = DataPath.parse(path).map(DataPath::steps).orElse(List.of());
        int last = steps.size() - 1;
        if (last >= 0 && steps.get(last) instanceof DataPath.Field field) {
            return field.name();
        }
        if (last >= 1
                && steps.get(last) instanceof DataPath.Index index
                && steps.get(last - 1) instanceof DataPath.Field field) {
            return field.name() + "[" + index.index() + "]";
        }
        return path;
    }

    private static Map<String, Object> text(String text) {
        return Map.of("text", text);
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
