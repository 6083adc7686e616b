package io.github.equalityframework.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The route table: the first row whose method and path match answers, with the path's groups. */
class RoutesTest {
    private static final PageRequest REQUEST = new PageRequest("/t/", "c", Map.of(), Map.of());

    private static Routes.Handler says(String what) {
        return (r, groups) -> new Page.Html(200, what + groups);
    }

    private final Routes routes = new Routes(List.of(
            Routes.Route.of("GET", "/", says("list")),
            Routes.Route.of("GET", "/a/([^/]*)", says("assessment")),
            Routes.Route.of("POST", "/a/([^/]*)/review/([^/]*)", says("save"))));

    private String body(String method, String path) {
        Page page = routes.route(method, path, REQUEST);
        return page instanceof Page.Html html ? html.body() : page.toString();
    }

    @Test
    void aRouteGetsTheGroupsOfItsPath() {
        assertEquals("list[]", body("GET", "/"));
        assertEquals("assessment[anytown]", body("GET", "/a/anytown"));
        assertEquals("save[anytown, m1]", body("POST", "/a/anytown/review/m1"));
        assertEquals("assessment[]", body("GET", "/a/"));
    }

    @Test
    void headIsAnsweredAsGet() {
        assertEquals("assessment[anytown]", body("HEAD", "/a/anytown"));
    }

    @Test
    void anyOtherMethodOrPathIsNotFound() {
        Page.NotFound notFound = new Page.NotFound("There is no page at this address.");
        assertEquals(notFound, routes.route("POST", "/", REQUEST));
        assertEquals(notFound, routes.route("GET", "/a/anytown/review/m1", REQUEST));
        assertEquals(notFound, routes.route("GET", "/a/anytown/", REQUEST));
        assertEquals(notFound, routes.route("GET", "//", REQUEST));
    }
}
