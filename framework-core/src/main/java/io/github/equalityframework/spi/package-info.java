/**
 * The plugin SDK: a plugin implements {@link io.github.equalityframework.spi.EqualityFrameworkPlugin} and, in
 * {@code setup}, contributes frameworks, rules ({@link io.github.equalityframework.spi.AssessmentCheck} for findings,
 * scoring rules for levels) and rule profiles through its {@link io.github.equalityframework.spi.PluginContext}. Test a
 * plugin with the {@code plugin-testkit} module.
 */
package io.github.equalityframework.spi;
