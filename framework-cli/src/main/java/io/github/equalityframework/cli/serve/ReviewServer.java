package io.github.equalityframework.cli.serve;

import io.github.equalityframework.engine.AssessmentEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local web server of {@code eflg serve}, on its own non-blocking transport ({@link ServeHttp}). Every request
 * passes the {@link Guards} before a page sees it:
 * <ul>
 *   <li>a random 128-bit token is the first segment of every path, so another local user or a web page that
 *       does not know the printed URL gets 403 for everything;</li>
 *   <li>bodies over {@link #MAX_BODY} bytes get 413, and only forms are accepted;</li>
 *   <li>every POST carries the CSRF token of its session (an HMAC of a random session id kept in a
 *       {@code SameSite=Strict}, {@code HttpOnly} cookie), and comes from this origin when the browser says;</li>
 *   <li>every response has a strict Content-Security-Policy (no scripts at all; styles only by hash), and
 *       {@code nosniff}, {@code no-referrer}, no framing and no caching.</li>
 * </ul>
 * Then the {@link Routes} table hands it to its page.
 */
public final class ReviewServer implements AutoCloseable {
    /** The largest request body read; a module's form is a few kilobytes. */
    static final int MAX_BODY = 1 << 20;

    private static final int MAX_FIELDS = 5_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ServeHttp http;
    private final String token;
    private final Guards guards;
    private final Filter.Chain chain;
    private final PrintWriter log;

    private ReviewServer(InetSocketAddress address, ServeHttp.Limits limits, Routes routes, PrintWriter log)
            throws IOException {
        this.log = log;
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(random(16));
        this.http = ServeHttp.start(address, limits, 4, this::handle);
        this.guards = new Guards(token, http.address(), random(32));
        this.chain = Filter.chain(guards.all(), exchange -> Reply.of(routes.route(exchange, guards)));
    }

    /**
     * Starts a server on the address (port 0: a free one) over the self-assessments in {@code dir}; errors are
     * logged to {@code log}. The caller closes it.
     */
    public static ReviewServer start(
            InetSocketAddress address, Path dir, AssessmentEngine engine, Clock clock, PrintWriter log)
            throws IOException {
        return start(address, new ServedFolder(dir), engine, clock, log);
    }

    static ReviewServer start(
            InetSocketAddress address, ServedFolder folder, AssessmentEngine engine, Clock clock, PrintWriter log)
            throws IOException {
        return start(address, ServeHttp.Limits.standard(MAX_BODY), folder, engine, clock, log);
    }

    /** Starts a server with the given connection limits (tests shorten the time limits). */
    static ReviewServer start(
            InetSocketAddress address,
            ServeHttp.Limits limits,
            ServedFolder folder,
            AssessmentEngine engine,
            Clock clock,
            PrintWriter log)
            throws IOException {
        return new ReviewServer(address, limits, Routes.over(new Workspace(folder, engine, clock)), log);
    }

    /** The URL to open, with the token. */
    public URI uri() {
        InetSocketAddress at = http.address();
        InetAddress host = at.getAddress();
        String name =
                host.isAnyLocalAddress() ? InetAddress.getLoopbackAddress().getHostAddress() : host.getHostAddress();
        return URI.create(
                "http://" + (name.contains(":") ? "[" + name + "]" : name) + ":" + at.getPort() + "/" + token + "/");
    }

    /** The address it listens on. */
    public InetSocketAddress address() {
        return http.address();
    }

    @Override
    public void close() {
        http.close();
    }

    private byte[] handle(ServeHttp.Request request) {
        URI uri;
        try {
            uri = new URI(request.target());
        } catch (URISyntaxException e) {
            return ServeHttp.response(
                    400,
                    Map.of("Content-Type", "text/plain; charset=utf-8"),
                    "The request's address is malformed.\n".getBytes(StandardCharsets.UTF_8),
                    false);
        }
        Reply reply;
        try {
            reply = chain.proceed(Exchange.of(request, uri));
        } catch (RuntimeException e) {
            // The path without the token: a log is shown and kept where the token must not go.
            String path = uri.getPath().startsWith("/" + token) ? uri.getPath().substring(1 + token.length()) : "/";
            log.println("eflg: internal failure on " + request.method() + " " + path + ": " + e);
            log.flush();
            reply = Reply.of(new Page.Message(
                    500,
                    "Something went wrong",
                    "eflg could not answer this request; the terminal where eflg serve runs says why."));
        }
        return send(request, reply, guards.prefix() + "/");
    }

    private static byte[] send(ServeHttp.Request request, Reply reply, String base) {
        Page.Html page = reply.page() instanceof Page.Redirect ? null : Layout.render(reply.page(), base);
        Map<String, String> h = new LinkedHashMap<>();
        h.put(
                "Content-Security-Policy",
                "default-src 'none'; style-src " + (page == null ? Layout.CSS_SOURCE : page.styleSource())
                        + "; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Frame-Options", "DENY");
        h.put("Cache-Control", "no-store");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        h.put("Cross-Origin-Resource-Policy", "same-origin");
        if (reply.setCookie() != null) {
            h.put("Set-Cookie", reply.setCookie());
        }
        if (reply.page() instanceof Page.Redirect redirect) {
            h.put("Location", redirect.location());
        }
        byte[] bytes = page == null ? new byte[0] : page.body().getBytes(StandardCharsets.UTF_8);
        if (page != null) {
            h.put("Content-Type", "text/html; charset=utf-8");
        }
        return ServeHttp.response(
                reply.page().status(), h, bytes, request.method().equals("HEAD"));
    }

    /** The fields of a form body or a query, in order; a name may repeat. */
    static Map<String, List<String>> form(byte[] body) {
        return query(new String(body, StandardCharsets.UTF_8));
    }

    static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return fields;
        }
        int count = 0;
        for (String pair : raw.split("&")) {
            if (pair.isEmpty() || ++count > MAX_FIELDS) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            try {
                fields.computeIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
                        .add(kv.length == 2 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            } catch (IllegalArgumentException e) {
                // a malformed escape: the field is dropped
            }
        }
        return fields;
    }

    static byte[] random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return b;
    }
}
