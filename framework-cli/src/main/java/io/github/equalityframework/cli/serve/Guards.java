package io.github.equalityframework.cli.serve;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The guards every request passes before a page sees it, in {@link #all() order}: the Host header, the token in the
 * path, the method, the body's size, then the session and, for a POST, the form's content type and its CSRF token.
 */
final class Guards {
    private static final Pattern SESSION = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern FORM = Pattern.compile(
            "application/x-www-form-urlencoded(\\s*;\\s*charset=\"?utf-8\"?)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|\\[[0-9a-f:.]+]");

    private final String token;
    private final InetSocketAddress address;
    private final byte[] secret;
    private final String cookie;

    /**
     * @param token   the first segment of every path
     * @param address where the server listens
     * @param secret  the key of the CSRF tokens
     */
    Guards(String token, InetSocketAddress address, byte[] secret) {
        this.token = token;
        this.address = address;
        this.secret = secret.clone();
        // Cookies are not kept apart by port; the name is, so two servers on one machine do not mix sessions.
        this.cookie = "eflg-session-" + address.getPort();
    }

    /** Every guard, in the order a request meets them. */
    List<Filter> all() {
        return List.of(host(), token(), method(), size(), slash(), session(), formType(), csrf());
    }

    /** The path every page is under: {@code /TOKEN}. */
    String prefix() {
        return "/" + token;
    }

    /** 421 unless the Host header names this server (see {@link #hostAllowed}). */
    Filter host() {
        return (exchange, next) -> hostAllowed(exchange.header("Host"))
                ? next.proceed(exchange)
                : refuse(
                        421,
                        "Misdirected request",
                        "This server answers only to the address it printed (or localhost with its port).");
    }

    /** 403 unless the path's first segment is the token; compared in constant time. */
    Filter token() {
        return (exchange, next) -> {
            String path = exchange.uri().getRawPath();
            String first = path.length() > 1 ? path.substring(1).split("/", -1)[0] : "";
            return MessageDigest.isEqual(first.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))
                    ? next.proceed(exchange)
                    : refuse(
                            403,
                            "Forbidden",
                            "This address needs the token that eflg serve printed when it started. Open the URL it printed.");
        };
    }

    /** 405 for any method but GET, HEAD and POST. */
    Filter method() {
        return (exchange, next) -> List.of("GET", "HEAD", "POST").contains(exchange.method())
                ? next.proceed(exchange)
                : refuse(405, "Method not allowed", "Only GET and POST are answered here.");
    }

    /** 413 for a body over {@link ReviewServer#MAX_BODY}, which the transport read and dropped. */
    Filter size() {
        return (exchange, next) -> !exchange.request().tooLarge()
                ? next.proceed(exchange)
                : refuse(
                        413,
                        "Too large",
                        "The request is larger than " + ReviewServer.MAX_BODY / 1024 + " KiB, so it was not read.");
    }

    /** The token alone ({@code /TOKEN}) goes to the list ({@code /TOKEN/}), whose links are relative to it. */
    Filter slash() {
        return (exchange, next) -> exchange.uri().getRawPath().equals(prefix())
                ? Reply.of(new Page.Redirect(prefix() + "/"))
                : next.proceed(exchange);
    }

    /**
     * The session of the request's cookie; a new one when there is none, whose cookie is set on the answer
     * ({@code SameSite=Strict}, {@code HttpOnly}, for this server's paths only).
     */
    Filter session() {
        return (exchange, next) -> {
            String session = session(exchange.request().headers());
            if (session != null) {
                return next.proceed(exchange.withSession(session, false));
            }
            String made = HexFormat.of().formatHex(ReviewServer.random(16));
            return next.proceed(exchange.withSession(made, true))
                    .withCookie(cookie + "=" + made + "; Path=" + prefix() + "/; HttpOnly; SameSite=Strict");
        };
    }

    /** 415 for a POST that is not a form: its content type exactly, with no parameter but an optional UTF-8 charset. */
    Filter formType() {
        return (exchange, next) -> {
            String type = exchange.header("Content-Type");
            return !exchange.method().equals("POST")
                            || (type != null && FORM.matcher(type.strip()).matches())
                    ? next.proceed(exchange)
                    : refuse(415, "This form was not accepted", "Only forms of these pages are accepted.");
        };
    }

    /**
     * 403 for a POST from another site, or without the CSRF token of its session; an accepted one goes on with its
     * form fields read.
     */
    Filter csrf() {
        return (exchange, next) -> {
            if (!exchange.method().equals("POST")) {
                return next.proceed(exchange);
            }
            Map<String, List<String>> form =
                    ReviewServer.form(exchange.request().body());
            String refusal = refusal(exchange, form);
            return refusal == null
                    ? next.proceed(exchange.withForm(form))
                    : refuse(403, "This form was not accepted", refusal);
        };
    }

    /** Why a POST is refused, or null when it is accepted. */
    private String refusal(Exchange exchange, Map<String, List<String>> form) {
        String origin = exchange.header("Origin");
        String host = exchange.header("Host");
        if (origin != null && !origin.equals("null") && (host == null || !origin.equals("http://" + host))) {
            return "The form came from another site (" + origin + ").";
        }
        String site = exchange.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return "The form came from another site.";
        }
        List<String> sent = form.getOrDefault("csrf", List.of());
        byte[] expected = csrf(exchange.session()).getBytes(StandardCharsets.UTF_8);
        if (exchange.newSession()
                || sent.size() != 1
                || !MessageDigest.isEqual(sent.get(0).getBytes(StandardCharsets.UTF_8), expected)) {
            return "The form's security token is missing or out of date (the session cookie may have been cleared, or eflg serve restarted)."
                    + " Go back, reload the page and send the form again.";
        }
        return null;
    }

    private static Reply refuse(int status, String heading, String text) {
        return Reply.of(new Page.Message(status, heading, text));
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
        String suffix = ":" + address.getPort();
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
        InetAddress bound = address.getAddress();
        return named.getHostAddress().equals("127.0.0.1") || named.equals(bound) || bound.isAnyLocalAddress();
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
    String csrf(String session) {
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
}
