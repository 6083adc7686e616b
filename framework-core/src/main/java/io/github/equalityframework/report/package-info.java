/**
 * What an assessment gives: {@link io.github.equalityframework.report.AssessmentReport} (levels per module and
 * criterion, findings), and the progress of a council over several years. Render one with
 * {@link io.github.equalityframework.report.render.ReportRenderer}.
 */
package io.github.equalityframework.report;
