/**
 * Internal to eflg, with no compatibility promise: "did you mean" suggestions and invisible characters written out
 * in messages. Not exported; the command-line tool uses it from the class path.
 */
package io.github.equalityframework.internal.text;
