/**
 * Internal to eflg, with no compatibility promise: the one HTML writer, Markdown escaper, style sheet and report
 * structure that the core's renderers, the workforce report and {@code eflg serve} share. Exported only to the
 * workforce plugin.
 */
package io.github.equalityframework.internal.markup;
