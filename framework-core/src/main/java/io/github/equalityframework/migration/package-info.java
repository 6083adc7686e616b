/**
 * Edition migration for any framework: {@link io.github.equalityframework.migration.EditionMapping} (data a plugin
 * contributes through {@code PluginContext.addEditionMappingResource}), {@link
 * io.github.equalityframework.migration.EditionMigration} (a self-assessment carried to a newer edition, with a report
 * of every claim) and {@link io.github.equalityframework.migration.EditionDiff} (what changed between two editions).
 * Start from {@code PluginRegistry.migration()} and {@code PluginRegistry.diff(from, to)}.
 */
package io.github.equalityframework.migration;
