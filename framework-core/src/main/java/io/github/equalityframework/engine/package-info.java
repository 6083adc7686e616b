/**
 * Assessing: start with {@link io.github.equalityframework.engine.AssessmentEngine#builder()}, which discovers plugins,
 * loads a rule profile and builds a thread-safe engine that validates and assesses self-assessments. Close the engine
 * when done. {@link io.github.equalityframework.engine.PluginRegistry} and
 * {@link io.github.equalityframework.engine.PluginProblem} tell what the plugins contributed and why one did not load.
 */
package io.github.equalityframework.engine;
