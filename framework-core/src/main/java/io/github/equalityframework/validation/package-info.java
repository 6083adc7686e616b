/**
 * Problems in a document and where they are: {@link io.github.equalityframework.validation.ValidationProblem} (a data
 * path, a message and a {@link io.github.equalityframework.validation.SourceLocation}), printed as
 * {@code file:line:col: path: message}. The engine validates; this package holds the vocabulary.
 */
package io.github.equalityframework.validation;
