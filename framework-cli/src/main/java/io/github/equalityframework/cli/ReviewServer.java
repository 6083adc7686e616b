package io.github.equalityframework.cli;

import io.github.equalityframework.engine.AssessmentEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The local web server of {@code eflg serve}, on the JDK's HTTP server. It guards every request before a page
 * sees it:
 * <ul>
 *   <li>a random 128-bit token is the first segment of every path, so another local user or a web page that
 *       does not know the printed URL gets 403 for everything;</li>
 *   <li>bodies over {@link #MAX_BODY} bytes get 413, and only forms are accepted;</li>
 *   <li>every POST carries the CSRF token of its session (an HMAC of a random session id kept in a
 *       {@code SameSite=Strict}, {@code HttpOnly} cookie), and comes from this origin when the browser says;</li>
 *   <li>every response has a strict Content-Security-Policy (no scripts at all; styles only by hash), and
 *       {@code nosniff}, {@code no-referrer}, no framing and no caching.</li>
 * </ul>
 */
final class ReviewServer implements AutoCloseable {
    /** The largest request body read; a module's form is a few kilobytes. */
    static final int MAX_BODY = 1 << 20;

    private static final int MAX_FIELDS = 5_000;
    private static final Pattern SESSION = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern FORM = Pattern.compile(
            "application/x-www-form-urlencoded(\\s*;\\s*charset=\"?utf-8\"?)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|\\[[0-9a-f:.]+]");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ServeHttp http;
    private final String token;
    private final byte[] secret = random(32);
    private final String cookie;
    private final ServePages pages;
    private final PrintWriter log;

    private ReviewServer(InetSocketAddress address, ServeHttp.Limits limits, ServePages pages, PrintWriter log)
            throws IOException {
        this.pages = pages;
        this.log = log;
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(random(16));
        this.http = ServeHttp.start(address, limits, 4, this::handle);
        // Cookies are not kept apart by port; the name is, so two servers on one machine do not mix sessions.
        this.cookie = "eflg-session-" + http.address().getPort();
    }

    /** Starts a server on the address (port 0: a free one) over the folder; errors are logged to {@code log}. */
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
        return new ReviewServer(address, limits, new ServePages(folder, engine, clock), log);
    }

    /** The URL to open, with the token. */
    URI uri() {
        InetSocketAddress at = http.address();
        InetAddress host = at.getAddress();
        String name =
                host.isAnyLocalAddress() ? InetAddress.getLoopbackAddress().getHostAddress() : host.getHostAddress();
        return URI.create(
                "http://" + (name.contains(":") ? "[" + name + "]" : name) + ":" + at.getPort() + "/" + token + "/");
    }

    InetSocketAddress address() {
        return http.address();
    }

    @Override
    public void close() {
        http.close();
    }

    private byte[] handle(ServeHttp.Request exchange) {
        URI uri;
        try {
            uri = new URI(exchange.target());
        } catch (URISyntaxException e) {
            return ServeHttp.response(
                    400,
                    Map.of("Content-Type", "text/plain; charset=utf-8"),
                    "The request's address is malformed.\n".getBytes(StandardCharsets.UTF_8),
                    false);
        }
        Answer answer;
        try {
            answer = answer(exchange, uri);
        } catch (RuntimeException e) {
            // The path without the token: a log is shown and kept where the token must not go.
            String path = uri.getPath().startsWith("/" + token) ? uri.getPath().substring(1 + token.length()) : "/";
            log.println("eflg: internal failure on " + exchange.method() + " " + path + ": " + e);
            log.flush();
            answer = new Answer(
                    ServePages.Response.page(
                            500,
                            message(
                                    "Something went wrong",
                                    "eflg could not answer this request; the terminal where eflg serve runs says why.")),
                    null);
        }
        return send(exchange, answer);
    }

    /** A response, and the session cookie to set with it (or null). */
    private record Answer(ServePages.Response response, String setCookie) {}

    private Answer answer(ServeHttp.Request exchange, URI uri) {
        if (!hostAllowed(exchange.header("Host"))) {
            return new Answer(
                    ServePages.Response.page(
                            421,
                            message(
                                    "Misdirected request",
                                    "This server answers only to the address it printed (or localhost with its port).")),
                    null);
        }
        String path = uri.getRawPath();
        String prefix = "/" + token;
        String first = path.length() > 1 ? path.substring(1).split("/", -1)[0] : "";
        if (!MessageDigest.isEqual(first.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return new Answer(
                    ServePages.Response.page(
                            403,
                            message(
                                    "Forbidden",
                                    "This address needs the token that eflg serve printed when it started. Open the URL it printed.")),
                    null);
        }
        String method = exchange.method();
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("POST")) {
            return new Answer(
                    ServePages.Response.page(
                            405, message("Method not allowed", "Only GET and POST are answered here.")),
                    null);
        }
        if (exchange.tooLarge()) {
            return new Answer(tooLarge(), null);
        }
        byte[] body = exchange.body();
        if (path.equals(prefix)) {
            return new Answer(ServePages.Response.redirect(prefix + "/"), null);
        }
        String session = session(exchange.headers());
        String setCookie = null;
        if (session == null) {
            session = HexFormat.of().formatHex(random(16));
            setCookie = cookie + "=" + session + "; Path=" + prefix + "/; HttpOnly; SameSite=Strict";
        }
        ServePages.Request request =
                new ServePages.Request(prefix + "/", csrf(session), query(uri.getRawQuery()), Map.of());
        if (method.equals("POST")) {
            if (!isForm(exchange.header("Content-Type"))) {
                return new Answer(
                        ServePages.Response.page(
                                415, message("This form was not accepted", "Only forms of these pages are accepted.")),
                        setCookie);
            }
            String refusal = refusal(exchange, setCookie != null, body, session);
            if (refusal != null) {
                return new Answer(
                        ServePages.Response.page(403, message("This form was not accepted", refusal)), setCookie);
            }
            request = new ServePages.Request(request.base(), request.csrf(), request.query(), form(body));
        }
        return new Answer(route(method, uri.getPath().substring(prefix.length()), request), setCookie);
    }

    /** Why a POST is refused, or null when it is accepted. */
    private String refusal(ServeHttp.Request exchange, boolean newSession, byte[] body, String session) {
        String origin = exchange.header("Origin");
        String host = exchange.header("Host");
        if (origin != null && !origin.equals("null") && (host == null || !origin.equals("http://" + host))) {
            return "The form came from another site (" + origin + ").";
        }
        String site = exchange.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return "The form came from another site.";
        }
        List<String> sent = form(body).getOrDefault("csrf", List.of());
        byte[] expected = csrf(session).getBytes(StandardCharsets.UTF_8);
        if (newSession
                || sent.size() != 1
                || !MessageDigest.isEqual(sent.get(0).getBytes(StandardCharsets.UTF_8), expected)) {
            return "The form's security token is missing or out of date (the session cookie may have been cleared, or eflg serve restarted)."
                    + " Go back, reload the page and send the form again.";
        }
        return null;
    }

    private ServePages.Response route(String method, String path, ServePages.Request request) {
        String[] parts = path.equals("/") ? new String[0] : path.substring(1).split("/", -1);
        boolean post = method.equals("POST");
        if (parts.length == 0 && !post) {
            return pages.list(request);
        }
        if (parts.length >= 2 && parts[0].equals("a")) {
            String name = parts[1];
            if (parts.length == 2 && !post) {
                return pages.assessment(request, name);
            }
            if (parts.length == 3 && parts[2].equals("report") && !post) {
                return pages.report(request, name);
            }
            if (parts.length == 3 && parts[2].equals("plan")) {
                return post ? pages.savePlan(request, name) : pages.plan(request, name);
            }
            if (parts.length == 4 && parts[2].equals("review")) {
                return post ? pages.saveReview(request, name, parts[3]) : pages.reviewForm(request, name, parts[3]);
            }
        }
        return pages.notFound(request, "There is no page at this address.");
    }

    private static byte[] send(ServeHttp.Request exchange, Answer answer) {
        ServePages.Response r = answer.response();
        Map<String, String> h = new LinkedHashMap<>();
        h.put(
                "Content-Security-Policy",
                "default-src 'none'; style-src " + r.styleSource()
                        + "; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Frame-Options", "DENY");
        h.put("Cache-Control", "no-store");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        h.put("Cross-Origin-Resource-Policy", "same-origin");
        if (answer.setCookie() != null) {
            h.put("Set-Cookie", answer.setCookie());
        }
        if (r.location() != null) {
            h.put("Location", r.location());
        }
        byte[] bytes = r.body() == null ? new byte[0] : r.body().getBytes(StandardCharsets.UTF_8);
        if (r.body() != null) {
            h.put("Content-Type", "text/html; charset=utf-8");
        }
        return ServeHttp.response(r.status(), h, bytes, exchange.method().equals("HEAD"));
    }

    /**
     * Whether the Host header names this server: its port with {@code localhost}, {@code 127.0.0.1} or the address
     * it is bound to ({@code [::1]} when bound there); with a wildcard bind (0.0.0.0), any address written as
     * numbers. No other name: a page on a name that an attacker's DNS points at this machine (DNS rebinding) is
     * refused before the token is looked at.
     */
    private boolean hostAllowed(String host) {
        if (host == null) {
            return false;
        }
        InetSocketAddress at = http.address();
        String suffix = ":" + at.getPort();
        String lower = host.strip().toLowerCase(Locale.ROOT);
        if (!lower.endsWith(suffix)) {
            return false;
        }
        String name = lower.substring(0, lower.length() - suffix.length());
        if (name.equals("localhost")) {
            return true;
        }
        if (!IP_LITERAL.matcher(name).matches()) {
            return false;
        }
        InetAddress named;
        try {
            // a literal: parsed, never looked up
            named = InetAddress.getByName(name.replace("[", "").replace("]", ""));
        } catch (UnknownHostException e) {
            return false;
        }
        InetAddress bound = at.getAddress();
        return named.getHostAddress().equals("127.0.0.1") || named.equals(bound) || bound.isAnyLocalAddress();
    }

    /** A form's content type exactly, with no parameter but an optional UTF-8 charset. */
    private static boolean isForm(String type) {
        return type != null && FORM.matcher(type.strip()).matches();
    }

    private ServePages.Response tooLarge() {
        return ServePages.Response.page(
                413,
                message("Too large", "The request is larger than " + MAX_BODY / 1024 + " KiB, so it was not read."));
    }

    /** The session id of the request's cookie, when it is one this server could have made. */
    private String session(Map<String, List<String>> headers) {
        for (String line : headers.getOrDefault("Cookie", List.of())) {
            for (String pair : line.split(";")) {
                String[] kv = pair.strip().split("=", 2);
                if (kv.length == 2
                        && kv[0].equals(cookie)
                        && SESSION.matcher(kv[1]).matches()) {
                    return kv[1];
                }
            }
        }
        return null;
    }

    /** The CSRF token of a session: nothing to store, and a token from another session or server does not fit. */
    private String csrf(String session) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(session.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fields of a form body or a query, in order; a name may repeat. */
    static Map<String, List<String>> form(byte[] body) {
        return query(new String(body, StandardCharsets.UTF_8));
    }

    private static Map<String, List<String>> query(String raw) {
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

    private static String message(String heading, String text) {
        ServeHtml h = ServeHtml.page(heading);
        h.open("main", "id", "main").element("h1", heading).element("p", text).close("main");
        return h.end();
    }

    private static byte[] random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return b;
    }
}
