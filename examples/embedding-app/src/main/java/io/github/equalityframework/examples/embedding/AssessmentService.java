package io.github.equalityframework.examples.embedding;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.render.ReportInput;
import io.github.equalityframework.report.render.ReportRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A small council web service that embeds the library: one engine built at start-up and shared by
 * every request thread.
 *
 * <ul>
 *   <li>{@code POST /assessments} with a JSON or YAML self-assessment: 201 and the JSON report, or 400
 *       and the same problem list {@code eflg validate} prints</li>
 *   <li>{@code GET /assessments/{id}} the JSON report of an assessment posted before, and
 *       {@code GET /assessments/{id}/report.html} its HTML report</li>
 *   <li>{@code GET /frameworks} the installed frameworks</li>
 * </ul>
 */
public final class AssessmentService implements AutoCloseable {
    /** Larger bodies are refused with 413; a self-assessment of thousands of evidence items is well under it. */
    static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    /**
     * The reports kept for {@code GET} take at most this many bytes in all; past it the oldest are dropped. Only the
     * rendered reports are kept (JSON and HTML), not the assessments, so one client cannot pin more than this.
     */
    static final long KEPT_BYTES = 64L * 1024 * 1024;

    /**
     * The JDK's server reads a request's line and headers on a thread of its executor, blocking: so the executor is
     * not a fixed pool that idle sockets could fill, but grows to this many threads (a new connection past it is
     * closed at once), and the server closes a request not read within {@link #MAX_REQUEST_SECONDS}.
     */
    static final int MAX_CONNECTION_THREADS = 256;

    /** {@code sun.net.httpserver.maxReqTime}: seconds for a request's line, headers and body to arrive. */
    static final String MAX_REQUEST_SECONDS = "10";

    /** {@code sun.net.httpserver.maxRspTime}: seconds for an answer, assessing included, to be sent. */
    static final String MAX_RESPONSE_SECONDS = "60";

    private final AssessmentEngine engine;
    private final ModelCodec codec = ModelCodec.strict();
    private final HttpServer server;
    private final ExecutorService threads;
    /** Reading, validating, assessing and rendering, the work that costs CPU, run by this many requests at once. */
    private final Semaphore working;
    /** The rendered reports by id, oldest first; guarded by itself, as is {@link #keptTotal}. */
    private final Map<String, Rendered> reports = new LinkedHashMap<>();

    private final long keptBytes;
    private long keptTotal;

    /** A report as it is answered: its JSON and its HTML, in UTF-8. */
    private record Rendered(byte[] json, byte[] html) {
        long bytes() {
            return (long) json.length + html.length;
        }
    }

    private AssessmentService(AssessmentEngine engine, HttpServer server, int threadCount, long keptBytes) {
        this.engine = engine;
        this.server = server;
        this.keptBytes = keptBytes;
        this.working = new Semaphore(threadCount);
        this.threads =
                new ThreadPoolExecutor(0, MAX_CONNECTION_THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>());
        server.setExecutor(threads);
        server.createContext("/assessments", this::assessments);
        server.createContext("/frameworks", this::frameworks);
        server.createContext("/", exchange -> send(exchange, 404, "text/plain", "not found\n"));
    }

    /** Starts the service on 127.0.0.1 and the given port (0 for any free port). */
    public static AssessmentService start(int port) throws IOException {
        return start(port, KEPT_BYTES);
    }

    /** As {@link #start(int)}, keeping at most {@code keptBytes} of reports. */
    static AssessmentService start(int port, long keptBytes) throws IOException {
        return start(port, keptBytes, Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
    }

    /** As {@link #start(int, long)}, assessing at most {@code working} requests at once. */
    static AssessmentService start(int port, long keptBytes, int working) throws IOException {
        // The JDK's server reads these once, when its first server starts; whoever runs the service may set others.
        System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", MAX_REQUEST_SECONDS);
        System.getProperties().putIfAbsent("sun.net.httpserver.maxRspTime", MAX_RESPONSE_SECONDS);
        AssessmentEngine engine = AssessmentEngine.builder().discoverPlugins().build();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        AssessmentService service = new AssessmentService(engine, server, working, keptBytes);
        server.start();
        return service;
    }

    /** The port the service listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    public static void main(String[] args) throws IOException {
        AssessmentService service = start(args.length > 0 ? Integer.parseInt(args[0]) : 8080);
        System.out.println("Listening on http://127.0.0.1:" + service.port() + "/");
    }

    private void assessments(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/assessments") && method.equals("POST")) {
                post(exchange);
            } else if (path.matches("/assessments/[0-9a-f]{16}(/report\\.html)?") && method.equals("GET")) {
                String id = path.substring("/assessments/".length(), "/assessments/".length() + 16);
                Rendered stored;
                synchronized (reports) {
                    stored = reports.get(id);
                }
                if (stored == null) {
                    send(exchange, 404, "text/plain", "no such assessment\n");
                } else if (path.endsWith(".html")) {
                    exchange.getResponseHeaders()
                            .set(
                                    "Content-Security-Policy",
                                    "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
                    send(exchange, 200, "text/html", stored.html());
                } else {
                    send(exchange, 200, "application/json", stored.json());
                }
            } else if (path.equals("/assessments")) {
                exchange.getResponseHeaders().add("Allow", "POST");
                send(exchange, 405, "text/plain", "use POST\n");
            } else {
                send(exchange, 404, "text/plain", "not found\n");
            }
        } catch (RuntimeException e) {
            // Only a bug of ours gets here: user input is answered with 400 before it can cause one.
            send(exchange, 500, "text/plain", "internal error\n");
        }
    }

    private void post(HttpExchange exchange) throws IOException {
        byte[] body = readLimited(exchange.getRequestBody());
        if (body == null) {
            send(exchange, 413, "text/plain", "the body is larger than " + MAX_BODY_BYTES + " bytes\n");
            return;
        }
        working.acquireUninterruptibly();
        try {
            assess(exchange, body);
        } finally {
            working.release();
        }
    }

    private void assess(HttpExchange exchange, byte[] body) throws IOException {
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        Format format = type.contains("json") ? Format.JSON : type.contains("yaml") ? Format.YAML : null;
        ReadResult<SelfAssessment> read = codec.read(body, "request", format, SelfAssessment.class);
        List<ValidationProblem> problems =
                read.value().map(a -> read.place(engine.validate(a))).orElse(read.problems());
        if (!problems.isEmpty()) {
            send(
                    exchange,
                    400,
                    "application/json",
                    codec.write(new Problems(problems.stream().map(Problem::of).toList()), Format.JSON));
            return;
        }
        SelfAssessment assessment = read.value().orElseThrow();
        AssessmentReport report = engine.assess(assessment);
        String json = codec.write(report, Format.JSON);
        String html = ReportRenderer.html()
                .render(new ReportInput(
                        report,
                        assessment,
                        engine.catalogue().framework(assessment.framework()).orElseThrow()));
        String id = idOf(body);
        if (keep(id, new Rendered(json.getBytes(StandardCharsets.UTF_8), html.getBytes(StandardCharsets.UTF_8)))) {
            exchange.getResponseHeaders().add("Location", "/assessments/" + id);
        }
        send(exchange, 201, "application/json", json);
    }

    /**
     * Keeps a report for {@code GET}, dropping the oldest until all fit in {@link #keptBytes}; a report larger than
     * that on its own is not kept (its answer then has no {@code Location}).
     */
    private boolean keep(String id, Rendered rendered) {
        synchronized (reports) {
            Rendered before = reports.remove(id);
            if (before != null) {
                keptTotal -= before.bytes();
            }
            if (rendered.bytes() > keptBytes) {
                return false;
            }
            var oldest = reports.values().iterator();
            while (keptTotal + rendered.bytes() > keptBytes) {
                keptTotal -= oldest.next().bytes();
                oldest.remove();
            }
            reports.put(id, rendered);
            keptTotal += rendered.bytes();
            return true;
        }
    }

    /** How many bytes the kept reports take, for the tests. */
    long keptTotal() {
        synchronized (reports) {
            return keptTotal;
        }
    }

    private void frameworks(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.getResponseHeaders().add("Allow", "GET");
                send(exchange, 405, "text/plain", "use GET\n");
                return;
            }
            List<FrameworkSummary> frameworks = engine.catalogue().frameworks().stream()
                    .map(f -> new FrameworkSummary(
                            f.id(), f.edition(), f.title(), f.modules().size(), (int)
                                    f.criteria().count()))
                    .toList();
            send(exchange, 200, "application/json", codec.write(frameworks, Format.JSON));
        } catch (RuntimeException e) {
            send(exchange, 500, "text/plain", "internal error\n");
        }
    }

    /** The problem list of a 400 answer: the lines {@code eflg validate} prints, and their parts. */
    record Problems(List<Problem> problems) {}

    record Problem(String text, String path, String message, int line, int column) {
        static Problem of(ValidationProblem p) {
            return new Problem(
                    p.format(),
                    p.path(),
                    p.message(),
                    p.location() == null ? 0 : p.location().line(),
                    p.location() == null ? 0 : p.location().column());
        }
    }

    record FrameworkSummary(String id, String edition, String title, int modules, int criteria) {}

    /** The same body gets the same id, so re-posting an assessment does not pile up copies. */
    private static String idOf(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body, or {@code null} when it is over the limit. */
    private static byte[] readLimited(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    private static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
        send(exchange, status, type, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        engine.close();
    }
}
