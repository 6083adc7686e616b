package io.github.equalityframework.cli.serve;

import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.ReviewTemplate;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Function;

/**
 * What the review form of a module works on: the self-assessment (valid), its framework and the module, and its
 * report, from which a review not written yet starts.
 */
record ModuleReview(
        ServedFolder.Entry entry,
        SelfAssessment assessment,
        FrameworkDefinition framework,
        FrameworkModule module,
        AssessmentReport report) {

    /**
     * The page of module {@code moduleId} of the self-assessment {@code name}; not found, or the page that says why
     * it cannot be reviewed (the assessment's problems, a folder where the review should be) when there is none.
     *
     * @param folderStatus the status of the page when the review file is a folder
     */
    static Page with(
            Workspace workspace, String name, String moduleId, int folderStatus, Function<ModuleReview, Page> page) {
        return workspace.withValid(
                name,
                e ->
                        "The assessment must be valid before it can be reviewed. Fix these in a text editor and reload this page.",
                (e, alone) -> {
                    SelfAssessment assessment = alone.assessment().orElseThrow();
                    FrameworkDefinition framework = workspace.framework(assessment);
                    FrameworkModule module = framework.module(moduleId).orElse(null);
                    if (module == null) {
                        return new Page.NotFound("There is no module '" + moduleId + "' in " + framework.id() + ".");
                    }
                    if (Files.isDirectory(e.review())) {
                        return new Page.Problems(
                                folderStatus,
                                e,
                                "The peer review is a folder",
                                List.of(),
                                e.review().getFileName()
                                        + " is a folder, not a review file. Rename or remove it, then reload this page.");
                    }
                    return page.apply(new ModuleReview(
                            e, assessment, framework, module, workspace.engine().assess(assessment)));
                });
    }

    /** The review file as it is now; when there is none yet, the template of {@code eflg review init}. */
    EditableFile<PeerReview> review(Workspace workspace) {
        return EditableFile.read(
                entry.review(),
                PeerReview.class,
                () -> EditableFile.absent(
                        entry.review(),
                        ReviewTemplate.from(report, framework, assessment.scope(), workspace.today()),
                        ReviewTemplate.header(assessment, framework, entry.file(), entry.review())));
    }

    /** The page when the review file cannot be read. */
    Page unreadable(EditableFile<PeerReview> review) {
        return new Page.Problems(
                entry,
                "The peer review cannot be read",
                review.problems(),
                "Fix " + entry.review().getFileName() + " in a text editor and reload this page.");
    }
}
