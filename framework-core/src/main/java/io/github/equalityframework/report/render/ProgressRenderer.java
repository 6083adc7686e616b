package io.github.equalityframework.report.render;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.report.CouncilProgress;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A council's progress over the years ({@link CouncilProgress}) as Markdown or as one self-contained HTML page
 * with an inline SVG timeline: the annual equality report for cabinet and scrutiny. A renderer as {@link
 * ReportRenderer} is for one assessment: stateless, thread-safe and deterministic; the report's structure is
 * written once and every user-supplied string is escaped, as in the assessment reports. Its words come from the
 * report message bundle ({@link Messages}), English unless a language is given.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ProgressRenderer {
    private final boolean html;
    private final Messages text;

    private ProgressRenderer(boolean html, Messages text) {
        this.html = html;
        this.text = text;
    }

    /** The report in Markdown, for pasting into a cabinet paper, in English. */
    public static ProgressRenderer markdown() {
        return new ProgressRenderer(false, Messages.english());
    }

    /** The report as one self-contained, accessible HTML page (no scripts, no external resources), in English. */
    public static ProgressRenderer html() {
        return new ProgressRenderer(true, Messages.english());
    }

    /** This renderer writing in a language: Welsh for any Welsh locale, English otherwise. */
    public ProgressRenderer in(Locale language) {
        return new ProgressRenderer(html, Messages.of(language));
    }

    /** The document for this progress on this framework's scale. */
    public String render(CouncilProgress progress, FrameworkDefinition framework) {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(framework, "framework");
        var document = new ProgressDocument(text, progress, framework).document();
        return html ? document.html(HtmlStyle.CSS) : document.markdown();
    }

    /** The report in Markdown, in English: {@code markdown().render(progress, framework)}. */
    public static String markdown(CouncilProgress progress, FrameworkDefinition framework) {
        return markdown().render(progress, framework);
    }

    /** The report as an HTML page, in English: {@code html().render(progress, framework)}. */
    public static String html(CouncilProgress progress, FrameworkDefinition framework) {
        return html().render(progress, framework);
    }
}
