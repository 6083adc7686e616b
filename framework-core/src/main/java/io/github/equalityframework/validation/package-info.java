/**
 * Checks of documents against the catalogue: {@link io.github.equalityframework.validation.SelfAssessmentValidator}
 * (a self-assessment with its review and plan) and
 * {@link io.github.equalityframework.validation.FrameworkDefinitionValidator} (a framework edition). They report
 * {@link io.github.equalityframework.problem.ValidationProblem}s; the engine runs them for you.
 */
package io.github.equalityframework.validation;
