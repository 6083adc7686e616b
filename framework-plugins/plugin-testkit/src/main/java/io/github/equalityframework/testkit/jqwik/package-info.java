/**
 * jqwik helpers for a plugin's own properties: {@link io.github.equalityframework.testkit.jqwik.SelfAssessmentArbitraries}.
 * The only package of the test kit whose API has jqwik types. jqwik is an optional dependency of the kit: a plugin
 * project that uses this package adds jqwik to its own test dependencies; the rest of the kit works without it.
 */
package io.github.equalityframework.testkit.jqwik;
