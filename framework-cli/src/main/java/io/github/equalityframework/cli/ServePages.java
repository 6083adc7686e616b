package io.github.equalityframework.cli;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.ActionPlan;
import io.github.equalityframework.model.ActionPlanEntry;
import io.github.equalityframework.model.ActionStatus;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.ProgressNote;
import io.github.equalityframework.model.Recommendation;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.ValidatedLevel;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.CriterionResult;
import io.github.equalityframework.report.render.ReportInput;
import io.github.equalityframework.report.render.ReportRenderer;
import io.github.equalityframework.spi.Finding;
import io.github.equalityframework.validation.SelfAssessmentValidator;
import io.github.equalityframework.validation.ValidationProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages of {@code eflg serve}, rendered on the server: the folder's self-assessments, one assessment with
 * its claims, evidence and levels, the CLI's HTML report, the action plan, and the review form of a module.
 * Every value from a file goes through {@link ServeHtml}'s escaping.
 */
final class ServePages {
    private static final ModelCodec CODEC = ModelCodec.strict();
    /** The hash field's value when the review file does not exist yet. */
    static final String ABSENT = "absent";

    private static final Pattern STYLE_ELEMENT = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile(" style=\"([^\"&]*)\"");
    /** The path of an engine finding about one action of the plan. */
    private static final Pattern FINDING_ACTION =
            Pattern.compile("actionPlan\\.entries\\[(\\d{1,9})]\\.actions\\[(\\d{1,9})](?:\\..*)?");

    /**
     * What a page request gives.
     *
     * @param status      the HTTP status
     * @param body        the page, or {@code null} for a redirect
     * @param styleSource the CSP {@code style-src} that the page needs
     * @param location    where a redirect goes, or {@code null}
     */
    record Response(int status, String body, String styleSource, String location) {
        static Response page(int status, String body) {
            return new Response(status, body, ServeHtml.CSS_SOURCE, null);
        }

        static Response redirect(String location) {
            return new Response(303, null, ServeHtml.CSS_SOURCE, location);
        }
    }

    /**
     * The request a page answers.
     *
     * @param base  the path every link starts with ({@code /TOKEN/})
     * @param csrf  the CSRF token the forms carry
     * @param query the decoded query parameters
     * @param form  the decoded form fields of a POST (empty for GET)
     */
    record Request(String base, String csrf, Map<String, List<String>> query, Map<String, List<String>> form) {}

    private final ServedFolder folder;
    private final AssessmentEngine engine;
    private final SelfAssessmentValidator validator;
    private final Clock clock;
    /** The list page's rows, validated again only when a file changes. */
    private final ListedFiles listed;
    /**
     * Saving checks the file's hash and writes it in one step, one save at a time: in this server by this monitor,
     * and across servers and processes by {@link ServedFolder.SaveLock}.
     */
    private final Object saving = new Object();
    /** How long a save waits for another server's save of the same file. */
    private static final Duration SAVE_WAIT = Duration.ofSeconds(10);

    ServePages(ServedFolder folder, AssessmentEngine engine, Clock clock) {
        this.folder = folder;
        this.engine = engine;
        this.validator = new SelfAssessmentValidator(engine.catalogue());
        this.clock = clock;
        this.listed = new ListedFiles(file -> LoadedFile.load(file, CODEC, validator));
    }

    /** How many self-assessments the list page has validated, for the tests. */
    long listValidations() {
        return listed.validations();
    }

    // ---------------------------------------------------------------- the folder

    Response list(Request r) {
        ServeHtml h = ServeHtml.page("Self-assessments");
        h.open("main", "id", "main").line();
        h.element("h1", "Self-assessments").line();
        h.open("p")
                .text("In " + folder.dir() + ". Reviews and plans are the files named after each self-assessment: ")
                .element("code", "NAME-review.yaml")
                .text(" and ")
                .element("code", "NAME-plan.yaml")
                .text(".")
                .close("p");
        ServedFolder.Listing listing = folder.listing();
        List<ServedFolder.Entry> entries = listing.entries();
        listed.keepOnly(entries.stream().map(ServedFolder.Entry::file).toList());
        if (entries.isEmpty()) {
            h.element("p", "There are no YAML or JSON files in this folder.").line();
        } else {
            h.open("table")
                    .element(
                            "caption",
                            entries.size() + (entries.size() == 1 ? " self-assessment" : " self-assessments"))
                    .line();
            h.open("thead").open("tr");
            for (String heading :
                    List.of("File", "Organisation", "Framework", "Period", "Peer review", "Action plan", "Checks")) {
                h.element("th", heading, "scope", "col");
            }
            h.close("tr").close("thead").open("tbody").line();
            for (ServedFolder.Entry e : entries) {
                ListedFiles.Row row = listed.row(e.file());
                h.open("tr")
                        .open("th", "scope", "row")
                        .element("a", e.file().getFileName().toString(), "href", r.base() + "a/" + e.name())
                        .close("th");
                h.element("td", row.organisation());
                h.element("td", row.framework());
                h.element("td", row.period());
                h.element("td", e.hasReview() ? e.review().getFileName().toString() : "none yet");
                h.element("td", e.plan() != null ? e.plan().getFileName().toString() : "none");
                int n = row.problems();
                h.element("td", n == 0 ? "valid" : n + (n == 1 ? " problem" : " problems"));
                h.close("tr");
            }
            h.close("tbody").close("table");
        }
        if (!listing.skipped().isEmpty()) {
            h.element("h2", "Not listed").line().open("ul").line();
            for (ServedFolder.Skipped skipped : listing.skipped()) {
                h.open("li")
                        .element("code", skipped.file().getFileName().toString())
                        .text(": " + skipped.why())
                        .close("li")
                        .line();
            }
            h.close("ul").line();
        }
        h.close("main");
        return Response.page(200, h.end());
    }

    // ---------------------------------------------------------------- one assessment

    Response assessment(Request r, String name) {
        ServedFolder.Entry e = folder.entry(name).orElse(null);
        if (e == null) {
            return notFound(r, "There is no self-assessment '" + name + "' in " + folder.dir() + ".");
        }
        LoadedFile alone = LoadedFile.load(e.file(), CODEC, validator);
        if (!alone.valid()) {
            return problems(
                    r,
                    e,
                    "Problems in " + e.file().getFileName(),
                    alone.problems(),
                    "Fix these in a text editor (or run eflg validate " + e.file() + ") and reload this page.");
        }
        SelfAssessment a = alone.assessment();
        FrameworkDefinition framework =
                engine.catalogue().framework(a.framework()).orElseThrow();
        PeerReview review = null;
        List<ValidationProblem> reviewProblems = List.of();
        if (e.hasReview()) {
            LoadedFile withReview = LoadedFile.load(e.file(), e.review(), null, CODEC, validator);
            review = withReview.valid() ? withReview.assessment().peerReview() : null;
            reviewProblems = withReview.problems();
        }
        AssessmentReport report = engine.assess(review == null ? a : withReview(a, review));
        Map<String, CriterionResult> results = new LinkedHashMap<>();
        report.criteria().forEach(c -> results.put(c.criterion(), c));

        ServeHtml h = ServeHtml.page(a.organisation().name());
        crumbs(h, r, e, null);
        h.open("main", "id", "main").line();
        h.element(
                        "h1",
                        a.organisation().name() + ": self-assessment "
                                + a.period().from() + " to " + a.period().to())
                .line();
        h.open("p")
                .text(framework.title() + " " + framework.edition() + " (" + framework.id() + "), "
                        + e.file().getFileName() + ". ")
                .element("a", "The full report", "href", r.base() + "a/" + e.name() + "/report")
                .text(" · ")
                .element("a", "The action plan", "href", r.base() + "a/" + e.name() + "/plan")
                .close("p");
        h.open("p")
                .text(
                        e.hasReview()
                                ? "Peer review: " + e.review().getFileName() + "."
                                : "No peer review yet: the first module you save starts "
                                        + e.review().getFileName() + " from the template of eflg review init.")
                .close("p");
        if (!reviewProblems.isEmpty()) {
            problemList(h, "The peer review has problems, so its levels are not shown", reviewProblems);
        }
        h.element("h2", "Modules").line().open("ul");
        for (FrameworkModule m : framework.modules()) {
            h.open("li")
                    .element("a", m.title(), "href", "#" + anchor(m.id()))
                    .text(" · ")
                    .element("a", "Review " + m.title(), "href", r.base() + "a/" + e.name() + "/review/" + m.id())
                    .close("li");
        }
        h.close("ul");
        for (FrameworkModule m : framework.modules()) {
            h.element("h2", m.title(), "id", anchor(m.id())).line();
            h.open("p")
                    .element("a", "Review this module", "href", r.base() + "a/" + e.name() + "/review/" + m.id())
                    .close("p");
            h.open("table")
                    .element("caption", "Claims, evidence and levels in " + m.title())
                    .line();
            h.open("thead").open("tr");
            for (String heading : List.of("Criterion", "Claim", "Evidence", "Evidenced level", "Validated level")) {
                h.element("th", heading, "scope", "col");
            }
            h.close("tr").close("thead").open("tbody").line();
            for (Criterion c : m.criteria()) {
                Claim claim = a.claim(c.id()).orElse(null);
                CriterionResult result = results.get(c.id());
                h.open("tr").element("th", c.id() + " " + c.title(), "scope", "row");
                h.open("td");
                if (claim == null) {
                    h.text("No claim");
                } else {
                    h.element("strong", label(framework, claim.level()));
                    if (claim.narrative() != null) {
                        h.element("p", claim.narrative(), "class", "narrative");
                    }
                }
                h.close("td").open("td");
                evidence(h, a, claim);
                h.close("td");
                h.element(
                        "td",
                        result == null
                                ? ""
                                : result.evidenced() == null
                                        ? "No rule scores it"
                                        : label(framework, result.evidenced()));
                h.open("td");
                ValidatedLevel v = review == null
                        ? null
                        : review.validatedLevels().stream()
                                .filter(l -> c.id().equals(l.criterion()))
                                .findFirst()
                                .orElse(null);
                if (v == null) {
                    h.text("Not validated");
                } else {
                    h.element("strong", label(framework, v.level()));
                    if (v.rationale() != null) {
                        h.element("p", v.rationale(), "class", "narrative");
                    }
                }
                h.close("td").close("tr");
            }
            h.close("tbody").close("table");
        }
        h.close("main");
        return Response.page(200, h.end());
    }

    private static void evidence(ServeHtml h, SelfAssessment a, Claim claim) {
        if (claim == null || claim.evidence().isEmpty()) {
            h.text("None linked");
            return;
        }
        h.open("ul");
        for (String id : claim.evidence()) {
            EvidenceItem item = a.evidence(id).orElse(null);
            h.open("li");
            if (item == null) {
                h.text(id + " (not in the register)");
            } else {
                String title = item.title() + " (" + item.kind() + ", " + item.date() + ")";
                if (item.location() != null && item.location().matches("(?i)https?://[^\\s]+")) {
                    h.element("a", title, "href", item.location(), "rel", "noreferrer noopener");
                } else {
                    h.text(title + (item.location() == null ? "" : ", " + item.location()));
                }
            }
            h.close("li");
        }
        h.close("ul");
    }

    // ---------------------------------------------------------------- the CLI's report

    Response report(Request r, String name) {
        ServedFolder.Entry e = folder.entry(name).orElse(null);
        if (e == null) {
            return notFound(r, "There is no self-assessment '" + name + "' in " + folder.dir() + ".");
        }
        LoadedFile loaded = LoadedFile.load(e.file(), e.hasReview() ? e.review() : null, e.plan(), CODEC, validator);
        if (!loaded.valid()) {
            return problems(
                    r,
                    e,
                    "The report cannot be made",
                    loaded.problems(),
                    "eflg assess " + e.file() + (e.hasReview() ? " --review " + e.review() : "")
                            + (e.plan() != null ? " --plan " + e.plan() : "")
                            + " reports the same problems. Fix them and reload this page.");
        }
        FrameworkDefinition framework =
                engine.catalogue().framework(loaded.assessment().framework()).orElseThrow();
        String html = ReportRenderer.html()
                .render(new ReportInput(engine.assess(loaded.assessment()), loaded.assessment(), framework));
        return new Response(200, html, styleSources(html), null);
    }

    /**
     * The CSP sources for the report's own inline style sheet and style attributes, by hash: the report is
     * used as the CLI writes it, and nothing else inline is allowed. A value from a file cannot add one, since
     * the renderer escapes the quotes it would need.
     */
    static String styleSources(String html) {
        Set<String> sources = new LinkedHashSet<>();
        Matcher element = STYLE_ELEMENT.matcher(html);
        while (element.find()) {
            sources.add("'" + ServeHtml.sha256(element.group(1)) + "'");
        }
        Matcher attribute = STYLE_ATTRIBUTE.matcher(html);
        boolean attributes = false;
        while (attribute.find()) {
            sources.add("'" + ServeHtml.sha256(attribute.group(1)) + "'");
            attributes = true;
        }
        return (attributes ? "'unsafe-hashes' " : "") + String.join(" ", sources);
    }

    // ---------------------------------------------------------------- the action plan

    /**
     * The plan file as it is now: its hash, the plan (null when it cannot be read, with the reader's problems),
     * and its text, which a save is written over.
     */
    private record CurrentPlan(String hash, ActionPlan plan, String original, List<ValidationProblem> problems) {}

    private static CurrentPlan currentPlan(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReadResult<ActionPlan> read =
                CODEC.read(bytes, file.toString(), Format.fromFileName(file).orElse(null), ActionPlan.class);
        if (!read.isClean()) {
            return new CurrentPlan(sha256(bytes), null, "", read.problems());
        }
        return new CurrentPlan(sha256(bytes), read.value().get(), new String(bytes, StandardCharsets.UTF_8), null);
    }

    /**
     * What the plan page shows beyond the file: the action whose form was sent (with its entries), and what
     * saving it found.
     */
    private record PlanState(
            PlanForm submitted,
            String notice,
            String conflict,
            List<ValidationProblem> problems,
            Map<ValidationProblem, String> fieldOf,
            Map<String, List<String>> byField) {
        static PlanState of(String notice) {
            return new PlanState(null, notice, null, List.of(), Map.of(), Map.of());
        }
    }

    Response plan(Request r, String name) {
        ServedFolder.Entry e = folder.entry(name).orElse(null);
        if (e == null) {
            return notFound(r, "There is no self-assessment '" + name + "' in " + folder.dir() + ".");
        }
        String notice = r.query().containsKey("saved") && e.plan() != null
                ? "Saved " + e.plan().getFileName() + "."
                : null;
        return Response.page(
                200, planPage(r, e, e.plan() == null ? null : currentPlan(e.plan()), PlanState.of(notice)));
    }

    Response savePlan(Request r, String name) {
        ServedFolder.Entry e = folder.entry(name).orElse(null);
        if (e == null) {
            return notFound(r, "There is no self-assessment '" + name + "' in " + folder.dir() + ".");
        }
        if (e.plan() == null) {
            return notFound(
                    r,
                    "There is no action plan beside " + e.file().getFileName()
                            + " to update; start one with eflg action-plan init.");
        }
        PlanForm submitted = PlanForm.of(r.form(), LocalDate.now(clock));
        String expected = first(r.form(), "hash");
        synchronized (saving) {
            try (ServedFolder.SaveLock lock = ServedFolder.SaveLock.acquire(e.plan(), SAVE_WAIT)) {
                if (lock == null) {
                    return busy(r, e, e.plan());
                }
                CurrentPlan current = currentPlan(e.plan());
                if (current.plan() == null) {
                    return Response.page(200, planPage(r, e, current, PlanState.of(null)));
                }
                if (!current.hash().equals(expected)) {
                    return planConflict(r, e, submitted, current);
                }
                int[] at = locate(current.plan(), submitted.action());
                if (at == null) {
                    String conflict = "There is no action '" + submitted.action() + "' in "
                            + e.plan().getFileName()
                            + " now, so nothing was saved. Reload the page to see the plan as it is now.";
                    return Response.page(
                            409,
                            planPage(
                                    r, e, current, new PlanState(null, null, conflict, List.of(), Map.of(), Map.of())));
                }
                PlannedAction before =
                        current.plan().entries().get(at[0]).actions().get(at[1]);
                int notes = before.progress().size() + (submitted.addsNote() ? 1 : 0);
                Format format = Format.fromFileName(e.plan()).orElse(Format.YAML);
                // Values the model cannot hold (a bad date or status) are refused by the reader, with its messages.
                ReadResult<ActionPlan> applied = CODEC.read(
                        submitted.applyTo(current.plan(), at[0], at[1], CODEC),
                        e.plan().toString(),
                        Format.JSON,
                        ActionPlan.class);
                List<ValidationProblem> problems = submitted.refusals(LocalDate.now(clock), at[0], at[1]);
                String text = null;
                if (!problems.isEmpty()) {
                    // refused before the file is read with the form applied
                } else if (!applied.isClean()) {
                    // The lines of the document made to read the form's values are no lines of the file: paths and
                    // messages
                    // only.
                    problems = applied.problems().stream()
                            .map(p -> new ValidationProblem(p.path(), p.message(), null))
                            .toList();
                } else {
                    text = CODEC.rewrite(current.original(), applied.value().get(), format);
                    ReadResult<ActionPlan> reread = CODEC.read(text, e.plan().toString(), format, ActionPlan.class);
                    ReadResult<PeerReview> review = e.hasReview() ? CODEC.read(e.review(), PeerReview.class) : null;
                    problems = LoadedFile.loadRead(
                                    e.file(),
                                    review != null && review.isClean() ? review : null,
                                    reread,
                                    CODEC,
                                    validator)
                            .problems();
                }
                if (!problems.isEmpty()) {
                    Map<String, List<String>> byField = new LinkedHashMap<>();
                    Map<ValidationProblem, String> fieldOf = new LinkedHashMap<>();
                    for (ValidationProblem p : problems) {
                        boolean inPlan = p.location() == null
                                || p.location().source().equals(e.plan().toString());
                        String field = inPlan ? submitted.field(p, at[0], at[1], notes) : null;
                        if (field != null) {
                            byField.computeIfAbsent(field, k -> new ArrayList<>())
                                    .add(p.message());
                            fieldOf.put(p, field);
                        }
                    }
                    return Response.page(
                            422,
                            planPage(r, e, current, new PlanState(submitted, null, null, problems, fieldOf, byField)));
                }
                // An editor that does not take the lock may have saved meanwhile: check again just before replacing.
                if (!hashOnDisk(e.plan()).equals(current.hash())) {
                    return planConflict(r, e, submitted, currentPlan(e.plan()));
                }
                ModelCodec.writeAtomically(e.plan(), text);
            }
        }
        return Response.redirect(r.base() + "a/" + e.name() + "/plan?saved");
    }

    private Response planConflict(Request r, ServedFolder.Entry e, PlanForm submitted, CurrentPlan current) {
        String conflict = e.plan().getFileName()
                + " has changed on disk since this page was opened (in another tab or a text editor),"
                + " so nothing was saved. Reload the page to see the file as it is now (your entries below are then lost), or save"
                + " again to apply your entries for action " + submitted.action() + " to the changed file.";
        return Response.page(
                409, planPage(r, e, current, new PlanState(submitted, null, conflict, List.of(), Map.of(), Map.of())));
    }

    /** The page when a folder has the name of the review file, so that nothing can be read or saved there. */
    private Response notAFile(Request r, ServedFolder.Entry e, Path file, int status) {
        return Response.page(
                status,
                problems(
                                r,
                                e,
                                "The peer review is a folder",
                                List.of(),
                                file.getFileName()
                                        + " is a folder, not a review file. Rename or remove it, then reload this page.")
                        .body());
    }

    /** The page when another server's save of the file held its lock for all of {@link #SAVE_WAIT}. */
    private Response busy(Request r, ServedFolder.Entry e, Path file) {
        return Response.page(
                409,
                problems(
                                r,
                                e,
                                "Another save is under way",
                                List.of(),
                                file.getFileName()
                                        + " is being saved by another eflg serve, so nothing was saved. Go back and save again.")
                        .body());
    }

    /** The hash of the file as it is on disk now ({@link #ABSENT} when there is none). */
    private static String hashOnDisk(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return ABSENT;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the action of that id is in the plan: entry and action index, or null. */
    private static int[] locate(ActionPlan plan, String id) {
        for (int i = 0; i < plan.entries().size(); i++) {
            ActionPlanEntry entry = plan.entries().get(i);
            for (int j = 0; entry != null && j < entry.actions().size(); j++) {
                PlannedAction action = entry.actions().get(j);
                if (action != null && id.equals(action.id())) {
                    return new int[] {i, j};
                }
            }
        }
        return null;
    }

    private String planPage(Request r, ServedFolder.Entry e, CurrentPlan current, PlanState state) {
        LoadedFile alone = LoadedFile.load(e.file(), CODEC, validator);
        SelfAssessment a = alone.read().value().orElse(null);
        String council = a == null || a.organisation() == null
                ? e.name()
                : a.organisation().name();
        String title = "Action plan of " + council;
        boolean failed = !state.problems().isEmpty() || state.conflict() != null;
        ServeHtml h = ServeHtml.page((failed ? "Error: " : "") + title);
        crumbs(h, r, e, "Action plan");
        h.open("main", "id", "main").line();
        h.element("h1", title).line();
        LocalDate today = LocalDate.now(clock);
        h.element(
                        "p",
                        "Statuses today (" + today
                                + "): an action past its due date and not complete is overdue, whatever it states.")
                .line();
        if (state.notice() != null) {
            h.open("div", "class", "notice", "role", "status")
                    .element("p", state.notice())
                    .close("div");
        }
        if (state.conflict() != null) {
            h.open("div", "class", "summary", "role", "alert")
                    .element("h2", "Not saved: the file has changed")
                    .line()
                    .element("p", state.conflict())
                    .open("p")
                    .element("a", "Reload the page from the file", "href", r.base() + "a/" + e.name() + "/plan")
                    .close("p")
                    .close("div");
        }
        if (!state.problems().isEmpty()) {
            h.open("div", "class", "summary", "role", "alert", "tabindex", "-1")
                    .element("h2", "Not saved: there is a problem")
                    .line();
            h.element("p", "eflg assess --plan would report these (file:line:column: path: message):")
                    .open("ul", "class", "problems");
            for (ValidationProblem p : state.problems()) {
                if (state.fieldOf().containsKey(p)) {
                    h.open("li")
                            .element(
                                    "a",
                                    p.format(),
                                    "href",
                                    "#" + state.fieldOf().get(p))
                            .close("li");
                } else {
                    h.element("li", p.format());
                }
            }
            h.close("ul").close("div");
        }
        ActionPlan plan;
        Map<String, List<String>> warnings = new LinkedHashMap<>();
        if (current != null) {
            if (current.plan() == null) {
                problemList(h, "The plan cannot be read (eflg assess --plan reports the same)", current.problems());
                h.element("p", "Fix " + e.plan().getFileName() + " in a text editor and reload this page.")
                        .close("main");
                return h.end();
            }
            plan = current.plan();
            h.element(
                            "p",
                            "From " + e.plan().getFileName()
                                    + (plan.agreedOn() != null ? ", agreed on " + plan.agreedOn() : "")
                                    + ". The form under each action sets its status, adds a dated progress note and next steps, and saves "
                                    + e.plan().getFileName() + ", which eflg assess --plan reads.")
                    .line();
            LoadedFile checked =
                    LoadedFile.load(e.file(), e.hasReview() ? e.review() : null, e.plan(), CODEC, validator);
            if (!checked.valid() && state.problems().isEmpty()) {
                problemList(h, "Problems in the plan (eflg assess --plan reports the same)", checked.problems());
            }
            if (checked.valid()) {
                // The checks of eflg assess (an action complete without a progress note, an overdue one), next to the
                // action's status.
                for (Finding f : engine.assess(checked.assessment()).findings()) {
                    Matcher m = FINDING_ACTION.matcher(f.path() == null ? "" : f.path());
                    if (m.matches()) {
                        warnings.computeIfAbsent("status-" + m.group(1) + "-" + m.group(2), k -> new ArrayList<>())
                                .add(f.severity().name().charAt(0)
                                        + f.severity().name().substring(1).toLowerCase(Locale.ROOT) + ": "
                                        + f.message());
                    }
                }
            }
        } else {
            plan = a == null ? null : a.actionPlan();
            if (plan == null) {
                h.open("p")
                        .text("There is no action plan yet. When the review has recommendations, start one with ")
                        .element(
                                "code",
                                "eflg action-plan init " + e.review() + " --assessment " + e.file() + " --out "
                                        + folder.dir().resolve(e.name() + "-plan.yaml"))
                        .text(", then update it here.")
                        .close("p");
                h.close("main");
                return h.end();
            }
            h.element(
                            "p",
                            "From " + e.file().getFileName()
                                    + (plan.agreedOn() != null ? ", agreed on " + plan.agreedOn() : "")
                                    + ". To update it here, keep it in " + e.name() + "-plan.yaml beside "
                                    + e.file().getFileName()
                                    + " (eflg action-plan init starts one); change this one in a text editor, then reload.")
                    .line();
        }
        for (int i = 0; i < plan.entries().size(); i++) {
            ActionPlanEntry entry = plan.entries().get(i);
            if (entry == null) {
                continue;
            }
            h.element(
                            "h2",
                            "Recommendation " + entry.recommendation()
                                    + (entry.module() != null ? " (" + entry.module() + ")" : ""))
                    .line();
            h.open("p")
                    .text("Response: "
                            + words(
                                    entry.response() == null
                                            ? null
                                            : entry.response().name()));
            if (entry.comment() != null) {
                h.text(". " + entry.comment());
            }
            h.close("p");
            if (entry.actions().isEmpty()) {
                continue;
            }
            h.open("table")
                    .element("caption", "Actions for recommendation " + entry.recommendation())
                    .line();
            h.open("thead").open("tr");
            for (String heading : List.of(
                    "Action", "What will be done", "Lead", "Due", "Stated status", "Status today", "Latest progress")) {
                h.element("th", heading, "scope", "col");
            }
            h.close("tr").close("thead").open("tbody");
            for (PlannedAction action : entry.actions()) {
                if (action == null) {
                    continue;
                }
                String due = action.due() != null
                        ? action.due().toString()
                        : action.timescale() == null ? "" : action.timescale();
                String now = action.status() == null
                        ? ""
                        : words(action.statusOn(today, plan.agreedOn()).name());
                ProgressNote latest = action.progress().isEmpty()
                        ? null
                        : action.progress().get(action.progress().size() - 1);
                h.open("tr")
                        .element("th", action.id(), "scope", "row")
                        .element("td", action.description())
                        .element("td", action.lead())
                        .element("td", due)
                        .element(
                                "td",
                                words(
                                        action.status() == null
                                                ? null
                                                : action.status().name()))
                        .element("td", now, "class", now.equals("overdue") ? "overdue" : null)
                        .element("td", latest == null ? "None" : latest.date() + ": " + latest.note())
                        .close("tr");
            }
            h.close("tbody").close("table");
            if (current == null) {
                continue;
            }
            for (int j = 0; j < entry.actions().size(); j++) {
                PlannedAction action = entry.actions().get(j);
                if (action != null && action.id() != null) {
                    boolean sent = state.submitted() != null
                            && action.id().equals(state.submitted().action());
                    actionForm(
                            h,
                            r,
                            e,
                            current.hash(),
                            i,
                            j,
                            sent ? state.submitted() : PlanForm.of(action, today),
                            sent ? state.byField() : Map.of(),
                            warnings);
                }
            }
        }
        h.close("main");
        return h.end();
    }

    private static void actionForm(
            ServeHtml h,
            Request r,
            ServedFolder.Entry e,
            String hash,
            int i,
            int j,
            PlanForm values,
            Map<String, List<String>> byField,
            Map<String, List<String>> warnings) {
        String n = "-" + i + "-" + j;
        h.open(
                        "form",
                        "method",
                        "post",
                        "action",
                        r.base() + "a/" + e.name() + "/plan",
                        "novalidate",
                        "",
                        "id",
                        "update" + n)
                .line();
        h.open("input", "type", "hidden", "name", "csrf", "value", r.csrf())
                .open("input", "type", "hidden", "name", "hash", "value", hash)
                .open("input", "type", "hidden", "name", "action", "value", values.action())
                .line();
        h.open("fieldset").element("legend", "Update action " + values.action()).line();
        String statusId = "status" + n;
        field(h, statusId, "Status", byField);
        List<String> said = warnings.getOrDefault(statusId, List.of());
        for (int k = 0; k < said.size(); k++) {
            h.element("p", said.get(k), "class", "warning", "id", statusId + "-warning-" + k)
                    .line();
        }
        String describedBy = describedBy(statusId, null, byField);
        for (int k = 0; k < said.size(); k++) {
            describedBy = (describedBy == null ? "" : describedBy + " ") + statusId + "-warning-" + k;
        }
        h.open(
                "select",
                "id",
                statusId,
                "name",
                "status",
                "aria-describedby",
                describedBy,
                "aria-invalid",
                byField.containsKey(statusId) ? "true" : null);
        boolean known = false;
        for (ActionStatus s : ActionStatus.values()) {
            String value = s.name().toLowerCase(Locale.ROOT);
            known |= value.equals(values.status());
            h.element("option", words(s.name()), "value", value, "selected", value.equals(values.status()) ? "" : null);
        }
        if (!known) {
            h.element("option", values.status(), "value", values.status(), "selected", "");
        }
        h.close("select");
        closeField(h, statusId, byField);
        datedInput(
                h,
                "completed" + n,
                "completed",
                "Completed on",
                "As YYYY-MM-DD, when the status is complete; today unless it was completed on another day. The"
                        + " progress report judges on time or late from this date.",
                values.completed(),
                byField);
        datedInput(
                h,
                "date" + n,
                "date",
                "Date of the progress note",
                "As YYYY-MM-DD; today unless the progress was reported on another day.",
                values.date(),
                byField);
        String noteId = "note" + n;
        field(h, noteId, "Progress note", byField);
        h.element(
                        "p",
                        "What happened; added after the earlier notes. Leave it empty to add no note.",
                        "class",
                        "hint",
                        "id",
                        noteId + "-hint")
                .line();
        h.open(
                        "textarea",
                        "id",
                        noteId,
                        "name",
                        "note",
                        "rows",
                        "3",
                        "aria-describedby",
                        describedBy(noteId, noteId + "-hint", byField),
                        "aria-invalid",
                        byField.containsKey(noteId) ? "true" : null)
                .line()
                .text(values.note())
                .close("textarea");
        closeField(h, noteId, byField);
        String reportedId = "reported" + n;
        field(h, reportedId, "Reported to (optional)", byField);
        h.open(
                "input",
                "type",
                "text",
                "id",
                reportedId,
                "name",
                "reported-to",
                "value",
                values.reportedTo(),
                "aria-describedby",
                describedBy(reportedId, null, byField),
                "aria-invalid",
                byField.containsKey(reportedId) ? "true" : null);
        closeField(h, reportedId, byField);
        String nextId = "next" + n;
        field(h, nextId, "Next steps", byField);
        textarea(h, nextId, "next-steps", values.nextSteps(), byField);
        closeField(h, nextId, byField);
        savingKeeps(h, e.plan());
        h.open("button", "type", "submit")
                .text("Save action " + values.action())
                .close("button");
        h.close("fieldset").close("form");
    }

    /** A labelled one-line date field with its hint and any error, as the plan form asks for its dates. */
    private static void datedInput(
            ServeHtml h,
            String id,
            String name,
            String label,
            String hint,
            String value,
            Map<String, List<String>> byField) {
        field(h, id, label, byField);
        h.element("p", hint, "class", "hint", "id", id + "-hint").line();
        h.open(
                "input",
                "type",
                "text",
                "id",
                id,
                "name",
                name,
                "value",
                value,
                "aria-describedby",
                describedBy(id, id + "-hint", byField),
                "aria-invalid",
                byField.containsKey(id) ? "true" : null);
        closeField(h, id, byField);
    }

    // ---------------------------------------------------------------- the review form

    /** What the form of a module works on: the assessment, its framework and module, and the review as it is. */
    private record Context(
            ServedFolder.Entry entry,
            LoadedFile assessment,
            FrameworkDefinition framework,
            FrameworkModule module,
            AssessmentReport report) {}

    Response reviewForm(Request r, String name, String moduleId) {
        Object found = context(r, name, moduleId);
        if (found instanceof Response response) {
            return response;
        }
        Context c = (Context) found;
        if (Files.isDirectory(c.entry().review())) {
            return notAFile(r, c.entry(), c.entry().review(), 200);
        }
        Current current = current(c);
        if (current.problems != null) {
            return problems(
                    r,
                    c.entry(),
                    "The peer review cannot be read",
                    current.problems,
                    "Fix " + c.entry().review().getFileName() + " in a text editor and reload this page.");
        }
        String notice =
                r.query().containsKey("saved") ? "Saved " + c.entry().review().getFileName() + "." : null;
        return Response.page(
                200,
                form(
                        r,
                        c,
                        ReviewForm.of(current.review, c.module()),
                        current.hash,
                        notice,
                        null,
                        Map.of(),
                        List.of(),
                        Map.of()));
    }

    Response saveReview(Request r, String name, String moduleId) {
        Object found = context(r, name, moduleId);
        if (found instanceof Response response) {
            return response;
        }
        Context c = (Context) found;
        if (Files.isDirectory(c.entry().review())) {
            return notAFile(r, c.entry(), c.entry().review(), 409);
        }
        ReviewForm submitted = ReviewForm.of(r.form(), c.module());
        String expected = first(r.form(), "hash");
        synchronized (saving) {
            try (ServedFolder.SaveLock lock =
                    ServedFolder.SaveLock.acquire(c.entry().review(), SAVE_WAIT)) {
                if (lock == null) {
                    return busy(r, c.entry(), c.entry().review());
                }
                Current current = current(c);
                if (current.problems != null) {
                    return problems(
                            r,
                            c.entry(),
                            "The peer review cannot be read",
                            current.problems,
                            "Fix " + c.entry().review().getFileName() + " in a text editor and reload this page.");
                }
                if (!current.hash.equals(expected)) {
                    return reviewConflict(r, c, submitted, current.hash);
                }
                PeerReview updated = submitted.applyTo(current.review, c.framework(), c.module());
                Format format = Format.fromFileName(c.entry().review()).orElse(Format.YAML);
                String text = CODEC.rewrite(current.original, updated, format);
                ReadResult<PeerReview> reread =
                        CODEC.read(text, c.entry().review().toString(), format, PeerReview.class);
                LoadedFile checked = LoadedFile.loadRead(c.entry().file(), reread, null, CODEC, validator);
                if (!checked.valid()) {
                    PeerReview shown = reread.value().orElse(updated);
                    Map<String, List<String>> byField = new LinkedHashMap<>();
                    Map<ValidationProblem, String> fieldOf = new LinkedHashMap<>();
                    for (ValidationProblem p : checked.problems()) {
                        boolean inReview = p.location() != null
                                && p.location()
                                        .source()
                                        .equals(c.entry().review().toString());
                        String field = inReview ? ReviewForm.field(p, shown, c.module()) : null;
                        if (field != null) {
                            byField.computeIfAbsent(field, k -> new ArrayList<>())
                                    .add(p.message());
                            fieldOf.put(p, field);
                        }
                    }
                    return Response.page(
                            422, form(r, c, submitted, current.hash, null, null, fieldOf, checked.problems(), byField));
                }
                // An editor that does not take the lock may have saved meanwhile: check again just before replacing.
                String now = hashOnDisk(c.entry().review());
                if (!now.equals(current.hash)) {
                    return reviewConflict(r, c, submitted, now);
                }
                ModelCodec.writeAtomically(c.entry().review(), text);
            }
        }
        return Response.redirect(
                r.base() + "a/" + c.entry().name() + "/review/" + c.module().id() + "?saved");
    }

    private Response reviewConflict(Request r, Context c, ReviewForm submitted, String hash) {
        String conflict = c.entry().review().getFileName()
                + " has changed on disk since this form was opened (in another tab or a"
                + " text editor), so nothing was saved. Reload the form to see the file as it is now (your entries below are then lost),"
                + " or save again to replace this module's levels and feedback in the changed file with your entries.";
        return Response.page(409, form(r, c, submitted, hash, null, conflict, Map.of(), List.of(), Map.of()));
    }

    /** The review file as it is now: its hash, the review (or the template when there is none), and its text (the header when there is none). */
    private record Current(String hash, PeerReview review, String original, List<ValidationProblem> problems) {}

    private Current current(Context c) {
        Path file = c.entry().review();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            PeerReview template =
                    ReviewCommand.Init.template(c.assessment(), c.framework(), c.report(), LocalDate.now(clock));
            return new Current(
                    ABSENT,
                    template,
                    ReviewCommand.Init.header(
                            c.assessment(), c.framework(), c.entry().file(), file),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReadResult<PeerReview> read =
                CODEC.read(bytes, file.toString(), Format.fromFileName(file).orElse(null), PeerReview.class);
        if (!read.isClean()) {
            return new Current(sha256(bytes), null, "", read.problems());
        }
        return new Current(sha256(bytes), read.value().get(), new String(bytes, StandardCharsets.UTF_8), null);
    }

    /** The context of a module's form, or the page that says why there is none. */
    private Object context(Request r, String name, String moduleId) {
        ServedFolder.Entry e = folder.entry(name).orElse(null);
        if (e == null) {
            return notFound(r, "There is no self-assessment '" + name + "' in " + folder.dir() + ".");
        }
        LoadedFile alone = LoadedFile.load(e.file(), CODEC, validator);
        if (!alone.valid()) {
            return problems(
                    r,
                    e,
                    "Problems in " + e.file().getFileName(),
                    alone.problems(),
                    "The assessment must be valid before it can be reviewed. Fix these in a text editor and reload this page.");
        }
        FrameworkDefinition framework =
                engine.catalogue().framework(alone.assessment().framework()).orElseThrow();
        FrameworkModule module = framework.module(moduleId).orElse(null);
        if (module == null) {
            return notFound(r, "There is no module '" + moduleId + "' in " + framework.id() + ".");
        }
        return new Context(e, alone, framework, module, engine.assess(alone.assessment()));
    }

    private String form(
            Request r,
            Context c,
            ReviewForm values,
            String hash,
            String notice,
            String conflict,
            Map<ValidationProblem, String> fieldOf,
            List<ValidationProblem> problems,
            Map<String, List<String>> byField) {
        SelfAssessment a = c.assessment().assessment();
        FrameworkModule m = c.module();
        String title = "Review of " + m.title();
        ServeHtml h = ServeHtml.page((problems.isEmpty() && conflict == null ? "" : "Error: ") + title + ", "
                + a.organisation().name());
        crumbs(h, r, c.entry(), "Review of " + m.id());
        h.open("main", "id", "main").line();
        h.element("h1", title).line();
        h.element(
                        "p",
                        a.organisation().name() + ", " + c.framework().title() + " "
                                + c.framework().edition() + ". Saved to "
                                + c.entry().review().getFileName() + ", which eflg assess --review reads.")
                .line();
        if (notice != null) {
            h.open("div", "class", "notice", "role", "status")
                    .element("p", notice)
                    .close("div");
        }
        if (conflict != null) {
            h.open("div", "class", "summary", "role", "alert")
                    .element("h2", "Not saved: the file has changed")
                    .line()
                    .element("p", conflict)
                    .open("p")
                    .element(
                            "a",
                            "Reload the form from the file",
                            "href",
                            r.base() + "a/" + c.entry().name() + "/review/" + m.id())
                    .close("p")
                    .close("div");
        }
        if (!problems.isEmpty()) {
            h.open("div", "class", "summary", "role", "alert", "tabindex", "-1")
                    .element("h2", "Not saved: there is a problem")
                    .line();
            h.element("p", "eflg assess --review would report these (file:line:column: path: message):")
                    .open("ul", "class", "problems");
            for (ValidationProblem p : problems) {
                // A problem with a field of this form links to it, so that the keyboard gets there in one step.
                if (fieldOf.containsKey(p)) {
                    h.open("li")
                            .element("a", p.format(), "href", "#" + fieldOf.get(p))
                            .close("li");
                } else {
                    h.element("li", p.format());
                }
            }
            h.close("ul").close("div");
        }
        Map<String, CriterionResult> results = new LinkedHashMap<>();
        c.report().criteria().forEach(cr -> results.put(cr.criterion(), cr));
        h.open(
                        "form",
                        "method",
                        "post",
                        "action",
                        r.base() + "a/" + c.entry().name() + "/review/" + m.id(),
                        "novalidate",
                        "")
                .line();
        h.open("input", "type", "hidden", "name", "csrf", "value", r.csrf())
                .open("input", "type", "hidden", "name", "hash", "value", hash)
                .line();
        h.element("h2", "Validated levels").line();
        for (int i = 0; i < m.criteria().size(); i++) {
            Criterion cr = m.criteria().get(i);
            CriterionResult result = results.get(cr.id());
            Claim claim = a.claim(cr.id()).orElse(null);
            h.open("fieldset").element("legend", cr.id() + " " + cr.title()).line();
            h.open("p", "class", "hint", "id", "context-" + i)
                    .text("Claimed: " + (claim == null ? "no claim" : label(c.framework(), claim.level()))
                            + ". Evidenced: "
                            + (result == null || result.evidenced() == null
                                    ? "no rule scores it"
                                    : label(c.framework(), result.evidenced()))
                            + ". Evidence linked: "
                            + (claim == null ? 0 : claim.evidence().size()) + ".")
                    .close("p");
            String levelId = "level-" + i;
            field(h, levelId, "Validated level", byField);
            h.open(
                    "select",
                    "id",
                    levelId,
                    "name",
                    "level." + cr.id(),
                    "aria-describedby",
                    describedBy(levelId, "context-" + i, byField),
                    "aria-invalid",
                    byField.containsKey(levelId) ? "true" : null);
            String chosen = values.levels().getOrDefault(cr.id(), "");
            h.element("option", "Not validated", "value", "", "selected", chosen.isEmpty() ? "" : null);
            for (MaturityLevel level : c.framework().scale().levels()) {
                h.element(
                        "option",
                        level.label(),
                        "value",
                        level.id(),
                        "selected",
                        level.id().equals(chosen) ? "" : null);
            }
            if (!chosen.isEmpty() && c.framework().scale().level(chosen).isEmpty()) {
                h.element("option", chosen, "value", chosen, "selected", "");
            }
            h.close("select");
            closeField(h, levelId, byField);
            String rationaleId = "rationale-" + i;
            field(h, rationaleId, "Rationale", byField);
            textarea(h, rationaleId, "rationale." + cr.id(), values.rationales().getOrDefault(cr.id(), ""), byField);
            closeField(h, rationaleId, byField);
            h.close("fieldset");
        }
        list(h, "Strengths", "strength", "Strength", values.strengths(), byField);
        list(h, "Areas to develop", "area", "Area to develop", values.areas(), byField);
        h.element("h2", "Recommendations").line();
        h.element(
                        "p",
                        "Each needs an id that is unique in the review, such as R3, and the recommendation. Leave both empty to remove one.",
                        "class",
                        "hint")
                .line();
        List<Recommendation> recs = new ArrayList<>(values.recommendations());
        recs.add(null);
        for (int i = 0; i < recs.size(); i++) {
            Recommendation rec = recs.get(i);
            h.open("fieldset")
                    .element("legend", rec == null ? "New recommendation" : "Recommendation " + (i + 1))
                    .line();
            String idField = "rec-id-" + i;
            field(h, idField, "Id", byField);
            h.open(
                    "input",
                    "type",
                    "text",
                    "id",
                    idField,
                    "name",
                    "rec-id",
                    "value",
                    rec == null ? "" : rec.id(),
                    "aria-describedby",
                    describedBy(idField, null, byField),
                    "aria-invalid",
                    byField.containsKey(idField) ? "true" : null);
            closeField(h, idField, byField);
            String textField = "rec-text-" + i;
            field(h, textField, "Recommendation", byField);
            textarea(h, textField, "rec-text", rec == null ? "" : rec.text(), byField);
            closeField(h, textField, byField);
            h.close("fieldset");
        }
        savingKeeps(h, c.entry().review());
        h.open("button", "type", "submit")
                .text("Save the review of this module")
                .close("button");
        h.close("form");
        h.close("main");
        return h.end();
    }

    private static void list(
            ServeHtml h,
            String heading,
            String name,
            String itemLabel,
            List<String> items,
            Map<String, List<String>> byField) {
        h.element("h2", heading).line();
        h.element("p", "One per box; leave a box empty to remove it. Save to get another empty box.", "class", "hint")
                .line();
        List<String> shown = new ArrayList<>(items);
        shown.add("");
        for (int i = 0; i < shown.size(); i++) {
            String id = name + "-" + i;
            field(
                    h,
                    id,
                    i < items.size() ? itemLabel + " " + (i + 1) : "New " + itemLabel.toLowerCase(Locale.ROOT),
                    byField);
            textarea(h, id, name, shown.get(i), byField);
            closeField(h, id, byField);
        }
    }

    private static void field(ServeHtml h, String id, String label, Map<String, List<String>> byField) {
        h.open("div", "class", byField.containsKey(id) ? "invalid" : null)
                .element("label", label, "for", id)
                .line();
        for (String message : byField.getOrDefault(id, List.of())) {
            // The validator's messages about a value ("is required", "must not be blank") read after the field's name.
            String shown = message.startsWith("is ") || message.startsWith("must ") ? label + " " + message : message;
            h.element("p", "Error: " + shown, "class", "error", "id", id + "-error")
                    .line();
        }
    }

    private static void closeField(ServeHtml h, String id, Map<String, List<String>> byField) {
        h.close("div");
    }

    private static void textarea(ServeHtml h, String id, String name, String value, Map<String, List<String>> byField) {
        // A newline after the start tag is dropped by HTML parsers, so text that starts with one keeps it.
        h.open(
                        "textarea",
                        "id",
                        id,
                        "name",
                        name,
                        "rows",
                        "3",
                        "aria-describedby",
                        describedBy(id, null, byField),
                        "aria-invalid",
                        byField.containsKey(id) ? "true" : null)
                .line()
                .text(value)
                .close("textarea");
    }

    private static String describedBy(String id, String hint, Map<String, List<String>> byField) {
        String error = byField.containsKey(id) ? id + "-error" : null;
        return hint == null ? error : error == null ? hint : hint + " " + error;
    }

    // ---------------------------------------------------------------- shared parts

    Response notFound(Request r, String message) {
        ServeHtml h = ServeHtml.page("Not found");
        h.open("main", "id", "main")
                .element("h1", "Not found")
                .element("p", message)
                .open("p")
                .element("a", "All self-assessments", "href", r.base())
                .close("p")
                .close("main");
        return Response.page(404, h.end());
    }

    private Response problems(
            Request r, ServedFolder.Entry e, String heading, List<ValidationProblem> problems, String advice) {
        ServeHtml h = ServeHtml.page(heading);
        crumbs(h, r, e, null);
        h.open("main", "id", "main").line().element("h1", heading).line();
        if (!problems.isEmpty()) {
            problemList(h, null, problems);
        }
        h.element("p", advice).close("main");
        return Response.page(200, h.end());
    }

    private static void problemList(ServeHtml h, String heading, List<ValidationProblem> problems) {
        h.open("div", "class", "summary");
        if (heading != null) {
            h.element("h2", heading);
        }
        h.open("ul", "class", "problems");
        for (ValidationProblem p : problems) {
            h.element("li", p.format());
        }
        h.close("ul").close("div");
    }

    /**
     * Says before saving what a save keeps (a reviewer who also edits the file in a text editor must know): only
     * what the form changes is rewritten, comments and layout elsewhere stay as they are.
     */
    static void savingKeeps(ServeHtml h, Path file) {
        h.element(
                        "p",
                        "Saving changes only what you edit here in " + file.getFileName()
                                + ": comments and layout everywhere else in it are kept.",
                        "class",
                        "hint")
                .line();
    }

    private static void crumbs(ServeHtml h, Request r, ServedFolder.Entry e, String here) {
        h.open("nav", "class", "crumbs", "aria-label", "Where you are")
                .open("ol")
                .open("li")
                .element("a", "Self-assessments", "href", r.base())
                .close("li");
        if (e != null) {
            h.open("li");
            if (here == null) {
                h.element("span", e.name(), "aria-current", "page");
            } else {
                h.element("a", e.name(), "href", r.base() + "a/" + e.name());
            }
            h.close("li");
        }
        if (here != null) {
            h.open("li").element("span", here, "aria-current", "page").close("li");
        }
        h.close("ol").close("nav");
    }

    private static SelfAssessment withReview(SelfAssessment a, PeerReview review) {
        return new SelfAssessment(
                a.organisation(),
                a.framework(),
                a.period(),
                a.scope(),
                a.localCharacteristics(),
                a.claims(),
                a.evidence(),
                review,
                a.actionPlan());
    }

    private static String label(FrameworkDefinition framework, String levelId) {
        return TerminalSummary.label(framework, levelId);
    }

    private static String anchor(String moduleId) {
        return "module-" + moduleId.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static String words(String constant) {
        return constant == null ? "" : constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
