/**
 * Tests for a plugin: start with {@link io.github.equalityframework.testkit.PluginConformance} (one test that checks
 * the plugin the way the engine will use it) and {@link io.github.equalityframework.testkit.RuleVerifier} (an
 * assessment file annotated with the findings expected at each line).
 */
package io.github.equalityframework.testkit;
