/**
 * Workforce equality figures from an employee CSV file (declaration rates, pay gaps and more), as a plugin
 * and as the library behind {@code eflg workforce}.
 */
package io.github.equalityframework.workforce;
