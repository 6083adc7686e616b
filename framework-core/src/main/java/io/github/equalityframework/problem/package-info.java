/**
 * The vocabulary every part of the library reports problems in: a
 * {@link io.github.equalityframework.problem.ValidationProblem} (a {@link io.github.equalityframework.problem.DataPath},
 * a message and a {@link io.github.equalityframework.problem.SourceLocation}), printed as
 * {@code file:line:col: path: message}, and {@link io.github.equalityframework.problem.EqualityFrameworkException},
 * the root of the library's exceptions. It depends on nothing else of the library.
 */
package io.github.equalityframework.problem;
