package io.github.equalityframework.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Each guard of {@code eflg serve} on its own: what it refuses, with which page, and what it lets through. */
class GuardsTest {
    private static final String TOKEN = "t0ken";
    private static final int PORT = 8123;
    private static final String SESSION = "0123456789abcdef0123456789abcdef";
    private static final Reply PASSED = Reply.of(new Page.Html(200, "the page"));

    private final Guards guards =
            new Guards(TOKEN, new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT), new byte[32]);
    /** The exchanges that reached the rest of the chain. */
    private final List<Exchange> reached = new ArrayList<>();

    private Reply run(Filter filter, Exchange exchange) {
        return filter.filter(exchange, e -> {
            reached.add(e);
            return PASSED;
        });
    }

    private static Exchange exchange(String method, String target, Map<String, String> headers, String body) {
        Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.put("Host", List.of("127.0.0.1:" + PORT));
        headers.forEach((k, v) -> h.put(k, List.of(v)));
        ServeHttp.Request request =
                new ServeHttp.Request(method, target, h, body.getBytes(StandardCharsets.UTF_8), false);
        return Exchange.of(request, URI.create(target));
    }

    private static Exchange get(String target) {
        return exchange("GET", target, Map.of(), "");
    }

    private void assertRefused(Reply reply, int status, String heading) {
        Page.Message page = assertInstanceOf(Page.Message.class, reply.page());
        assertEquals(status, page.status());
        assertEquals(heading, page.heading());
        assertTrue(reached.isEmpty(), "the pages were reached");
    }

    @Test
    void aRequestForAnotherHostIsRefusedBeforeItsTokenIsLookedAt() {
        assertRefused(
                run(guards.host(), exchange("GET", "/" + TOKEN + "/", Map.of("Host", "attacker.example:" + PORT), "")),
                421,
                "Misdirected request");
        assertRefused(
                run(guards.host(), exchange("GET", "/", Map.of("Host", "127.0.0.1:1"), "")),
                421,
                "Misdirected request");
        assertSame(PASSED, run(guards.host(), exchange("GET", "/", Map.of("Host", "localhost:" + PORT), "")));
    }

    @Test
    void aRequestMissingTheTokenIsRefused() {
        assertRefused(run(guards.token(), get("/")), 403, "Forbidden");
        assertRefused(run(guards.token(), get("/a/anytown")), 403, "Forbidden");
        assertRefused(run(guards.token(), get("/" + TOKEN + "x/")), 403, "Forbidden");
        assertSame(PASSED, run(guards.token(), get("/" + TOKEN + "/a/anytown")));
    }

    @Test
    void aMethodOtherThanGetHeadOrPostIsRefused() {
        assertRefused(
                run(guards.method(), exchange("PUT", "/" + TOKEN + "/", Map.of(), "")), 405, "Method not allowed");
        assertSame(PASSED, run(guards.method(), exchange("HEAD", "/" + TOKEN + "/", Map.of(), "")));
    }

    @Test
    void aBodyOverTheLimitIsRefused() {
        Exchange big = Exchange.of(
                new ServeHttp.Request("POST", "/" + TOKEN + "/", Map.of(), new byte[0], true),
                URI.create("/" + TOKEN + "/"));
        Reply reply = run(guards.size(), big);
        assertRefused(reply, 413, "Too large");
        assertEquals("The request is larger than 1024 KiB, so it was not read.", ((Page.Message) reply.page()).text());
    }

    @Test
    void theTokenAloneGoesToTheList() {
        Reply reply = run(guards.slash(), get("/" + TOKEN));
        assertEquals(new Page.Redirect("/" + TOKEN + "/"), reply.page());
        assertTrue(reached.isEmpty());
    }

    @Test
    void aRequestWithoutASessionGetsOneWithItsCookie() {
        Reply reply = run(guards.session(), get("/" + TOKEN + "/"));
        Exchange passed = reached.get(0);
        assertTrue(passed.newSession());
        assertTrue(passed.session().matches("[0-9a-f]{32}"), passed.session());
        assertEquals(
                "eflg-session-" + PORT + "=" + passed.session() + "; Path=/" + TOKEN + "/; HttpOnly; SameSite=Strict",
                reply.setCookie());
    }

    @Test
    void aRequestWithItsSessionKeepsIt() {
        Reply reply = run(
                guards.session(),
                exchange(
                        "GET",
                        "/" + TOKEN + "/",
                        Map.of("Cookie", "other=1; eflg-session-" + PORT + "=" + SESSION),
                        ""));
        assertNull(reply.setCookie());
        assertEquals(SESSION, reached.get(0).session());
        assertFalse(reached.get(0).newSession());
    }

    @Test
    void aPostThatIsNotAFormIsRefused() {
        assertRefused(
                run(guards.formType(), exchange("POST", "/" + TOKEN + "/", Map.of("Content-Type", "text/plain"), "")),
                415,
                "This form was not accepted");
        assertRefused(
                run(guards.formType(), exchange("POST", "/" + TOKEN + "/", Map.of(), "")),
                415,
                "This form was not accepted");
        assertSame(
                PASSED,
                run(
                        guards.formType(),
                        exchange(
                                "POST",
                                "/" + TOKEN + "/",
                                Map.of("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"),
                                "")));
        assertSame(PASSED, run(guards.formType(), get("/" + TOKEN + "/")));
    }

    private Exchange post(Map<String, String> headers, String body, boolean newSession) {
        return exchange("POST", "/" + TOKEN + "/a/anytown/plan", headers, body).withSession(SESSION, newSession);
    }

    @Test
    void aPostWithoutTheCsrfTokenOfItsSessionIsRefused() {
        String expected = "The form's security token is missing or out of date (the session cookie may have been"
                + " cleared, or eflg serve restarted). Go back, reload the page and send the form again.";
        for (Exchange refused : List.of(
                post(Map.of(), "status=complete", false),
                post(Map.of(), "csrf=wrong", false),
                post(Map.of(), "csrf=" + guards.csrf(SESSION) + "&csrf=" + guards.csrf(SESSION), false),
                post(Map.of(), "csrf=" + guards.csrf(SESSION), true),
                post(Map.of(), "csrf=" + guards.csrf("ffffffffffffffffffffffffffffffff"), false))) {
            Reply reply = run(guards.csrf(), refused);
            assertRefused(reply, 403, "This form was not accepted");
            assertEquals(expected, ((Page.Message) reply.page()).text());
        }
    }

    @Test
    void aPostFromAnotherSiteIsRefusedWhateverItsToken() {
        String body = "csrf=" + guards.csrf(SESSION);
        Reply origin = run(guards.csrf(), post(Map.of("Origin", "http://attacker.example"), body, false));
        assertRefused(origin, 403, "This form was not accepted");
        assertEquals(
                "The form came from another site (http://attacker.example).", ((Page.Message) origin.page()).text());
        Reply site = run(guards.csrf(), post(Map.of("Sec-Fetch-Site", "cross-site"), body, false));
        assertRefused(site, 403, "This form was not accepted");
        assertEquals("The form came from another site.", ((Page.Message) site.page()).text());
    }

    @Test
    void anAcceptedPostGoesOnWithItsFields() {
        Reply reply = run(
                guards.csrf(),
                post(
                        Map.of("Origin", "http://127.0.0.1:" + PORT, "Sec-Fetch-Site", "same-origin"),
                        "csrf=" + guards.csrf(SESSION) + "&status=on_track&note=a+b",
                        false));
        assertSame(PASSED, reply);
        assertEquals(List.of("on_track"), reached.get(0).form().get("status"));
        assertEquals(List.of("a b"), reached.get(0).form().get("note"));
    }

    @Test
    void theGuardsRunInOrderAndTheFirstRefusalAnswers() {
        Filter.Chain chain = Filter.chain(guards.all(), e -> {
            reached.add(e);
            return PASSED;
        });
        // a PUT without the token and for another host: the Host guard answers
        Reply reply = chain.proceed(exchange("PUT", "/", Map.of("Host", "attacker.example:" + PORT), ""));
        assertEquals(421, reply.page().status());
        // a POST of no form with the token: refused as not a form, with the new session's cookie
        Reply notAForm = chain.proceed(exchange("POST", "/" + TOKEN + "/", Map.of(), ""));
        assertEquals(415, notAForm.page().status());
        assertTrue(notAForm.setCookie().startsWith("eflg-session-" + PORT + "="), notAForm.setCookie());
        assertTrue(reached.isEmpty());
        assertSame(PASSED.page(), chain.proceed(get("/" + TOKEN + "/")).page());
        assertEquals(1, reached.size());
    }
}
