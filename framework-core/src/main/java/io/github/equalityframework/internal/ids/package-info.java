/**
 * Internal to eflg, with no compatibility promise: compact tables of ids for registers of a million items. Exported
 * only to the LGA plugin, whose checks keep sets of referenced ids, and the workforce plugin (employee ids).
 */
package io.github.equalityframework.internal.ids;
