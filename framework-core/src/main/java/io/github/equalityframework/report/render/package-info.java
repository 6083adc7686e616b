/**
 * Reports as documents: {@link io.github.equalityframework.report.render.ReportRenderer} writes Markdown, a
 * self-contained accessible HTML page, or SARIF for code-scanning tools, from a
 * {@link io.github.equalityframework.report.render.ReportInput}.
 */
package io.github.equalityframework.report.render;
