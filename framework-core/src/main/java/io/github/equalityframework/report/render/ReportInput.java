package io.github.equalityframework.report.render;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.PlannedAction;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.report.AssessmentReport;
import io.github.equalityframework.report.FindingSubject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * What a rendered report shows: the report, the self-assessment it came from (for claims, evidence and
 * the action plan) and its framework (for titles and level labels).
 *
 * @param report     the engine's report on the assessment, never {@code null}
 * @param assessment the self-assessment the report is about, never {@code null}
 * @param framework  the framework edition the assessment is against, never {@code null}
 * @param language   the language of the text the product writes: {@link Messages#WELSH} for Welsh, anything
 *                   else (or {@code null}) for English; framework content and council data are shown as written
 * @param today      the day actions are judged on (their status today), as {@code eflg assess --today} gives it;
 *                   {@code null} for the last day of the period assessed, so that a report needs no clock
 * @param generatedAt when the report was made, which Markdown and HTML reports then say at their end; {@code null}
 *                   (the default) says nothing, so that the same input gives byte-identical reports
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ReportInput(
        AssessmentReport report,
        SelfAssessment assessment,
        FrameworkDefinition framework,
        Locale language,
        LocalDate today,
        Instant generatedAt) {

    public ReportInput {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(framework, "framework");
        language = Messages.of(language).language();
        if (today == null) {
            today = (report.period() != null ? report.period() : assessment.period()).to();
        }
    }

    /** An input that does not say when it was made. */
    public ReportInput(
            AssessmentReport report,
            SelfAssessment assessment,
            FrameworkDefinition framework,
            Locale language,
            LocalDate today) {
        this(report, assessment, framework, language, today, null);
    }

    /** An input judged at the end of the period assessed. */
    public ReportInput(
            AssessmentReport report, SelfAssessment assessment, FrameworkDefinition framework, Locale language) {
        this(report, assessment, framework, language, null);
    }

    /** An input whose report is in English. */
    public ReportInput(AssessmentReport report, SelfAssessment assessment, FrameworkDefinition framework) {
        this(report, assessment, framework, Messages.ENGLISH);
    }

    /** "Generated 2026-12-07T10:15:30Z by eflg.", to the second, in this input's language; null when not asked for. */
    String generatedLine() {
        return generatedAt == null ? null : text().get("report.generated", generatedAt.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The text the product writes, in this input's language. */
    Messages text() {
        return Messages.of(language);
    }

    /** The label of a level id as reports show it, e.g. "Achieving" (Welsh "Cyflawni"); "None" for no level; an unknown id as it is. */
    String label(String levelId) {
        return text().level(framework, levelId);
    }

    /** The position of a level on the scale: 0 for none or not assessed, 1 for the lowest level, and so on. */
    int position(String levelId) {
        return framework.scale().levels().stream()
                        .map(MaturityLevel::id)
                        .toList()
                        .indexOf(levelId)
                + 1;
    }

    /** A criterion's id and title, e.g. "m1/c2 Equality data"; the id alone when the framework lacks it. */
    String criterionName(String criterionId) {
        return framework
                .criterion(criterionId)
                .map(Criterion::title)
                .map(t -> criterionId + " " + t)
                .orElse(criterionId);
    }

    /** A characteristic's label, e.g. "Religion or belief"; the id when no definition at hand names it. */
    String characteristicLabel(String id) {
        return Stream.of(Characteristic.PROTECTED, framework.localCharacteristics(), assessment.localCharacteristics())
                .flatMap(List::stream)
                .filter(c -> c != null && Objects.equals(c.id(), id) && c.label() != null)
                .map(Characteristic::label)
                .findFirst()
                .orElse(id);
    }

    /** The criterion of the claim a finding's path points into ({@code claims[i]...}), or null. */
    String criterionOf(String path) {
        return FindingSubject.claim(assessment, path).map(Claim::criterion).orElse(null);
    }

    /** The evidence id a finding's path points into ({@code evidence[i]...}), or null. */
    String evidenceOf(String path) {
        return FindingSubject.evidence(assessment, path).map(EvidenceItem::id).orElse(null);
    }

    /** The action a finding's path points into ({@code actionPlan.entries[i].actions[j]...}), or null. */
    PlannedAction actionOf(String path) {
        return FindingSubject.action(assessment, path).orElse(null);
    }

    /** The id of the module that holds a criterion, or null. */
    String moduleOf(String criterionId) {
        return criterionId == null
                ? null
                : framework.moduleOf(criterionId).map(m -> m.id()).orElse(null);
    }
}
