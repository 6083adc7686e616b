/**
 * Internal to eflg, with no compatibility promise: where each field of a CSV text starts, so that the workforce
 * files and the register and action plan CSV place their problems alike. Exported only to the workforce plugin and
 * the workbook module.
 */
package io.github.equalityframework.internal.csv;
