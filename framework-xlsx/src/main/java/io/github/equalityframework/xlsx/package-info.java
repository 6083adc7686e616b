/**
 * Self-assessments as Excel workbooks: {@link io.github.equalityframework.xlsx.WorkbookReader} reads a council's
 * workbook with every problem at its sheet and cell, {@link io.github.equalityframework.xlsx.WorkbookWriter} writes one.
 */
package io.github.equalityframework.xlsx;
