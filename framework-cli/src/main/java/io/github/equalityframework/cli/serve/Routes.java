package io.github.equalityframework.cli.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages of {@code eflg serve} by method and path (below the token): the first route that matches answers. HEAD
 * is answered as GET, without the body; anything else is not found.
 */
final class Routes {
    /** A page handler, given the request and the path's groups (the assessment's name, the module's id). */
    @FunctionalInterface
    interface Handler {
        Page handle(PageRequest request, List<String> groups);
    }

    /** One row of the table: a method and a path pattern, whose groups go to the handler. */
    record Route(String method, Pattern path, Handler handler) {
        static Route of(String method, String path, Handler handler) {
            return new Route(method, Pattern.compile(path), handler);
        }
    }

    private final List<Route> table;

    Routes(List<Route> table) {
        this.table = List.copyOf(table);
    }

    /** The table of the workbench's pages over one folder. */
    static Routes over(Workspace workspace) {
        ListPage list = new ListPage(workspace);
        AssessmentPage assessment = new AssessmentPage(workspace);
        ReportPage report = new ReportPage(workspace);
        PlanPage plan = new PlanPage(workspace);
        PlanSave savePlan = new PlanSave(workspace, plan);
        ReviewFormPage review = new ReviewFormPage(workspace);
        ReviewSave saveReview = new ReviewSave(workspace, review);
        String name = "/a/([^/]*)";
        return new Routes(List.of(
                Route.of("GET", "/", (r, g) -> list.show(r)),
                Route.of("GET", name, (r, g) -> assessment.show(r, g.get(0))),
                Route.of("GET", name + "/report", (r, g) -> report.show(r, g.get(0))),
                Route.of("GET", name + "/plan", (r, g) -> plan.show(r, g.get(0))),
                Route.of("POST", name + "/plan", (r, g) -> savePlan.save(r, g.get(0))),
                Route.of("GET", name + "/review/([^/]*)", (r, g) -> review.show(r, g.get(0), g.get(1))),
                Route.of("POST", name + "/review/([^/]*)", (r, g) -> saveReview.save(r, g.get(0), g.get(1)))));
    }

    /** The page for an exchange the guards let through: its path below the token, decoded. */
    Page route(Exchange exchange, Guards guards) {
        String prefix = guards.prefix();
        PageRequest request = new PageRequest(
                prefix + "/",
                guards.csrf(exchange.session()),
                ReviewServer.query(exchange.uri().getRawQuery()),
                exchange.form());
        return route(exchange.method(), exchange.uri().getPath().substring(prefix.length()), request);
    }

    /** The page of the first route that matches, or not found. */
    Page route(String method, String path, PageRequest request) {
        String as = method.equals("HEAD") ? "GET" : method;
        for (Route route : table) {
            Matcher m = route.path().matcher(path);
            if (route.method().equals(as) && m.matches()) {
                List<String> groups = new ArrayList<>();
                for (int i = 1; i <= m.groupCount(); i++) {
                    groups.add(m.group(i));
                }
                return route.handler().handle(request, groups);
            }
        }
        return new Page.NotFound("There is no page at this address.");
    }
}
