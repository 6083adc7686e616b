/**
 * jqwik helpers for a plugin's own properties: {@link io.github.equalityframework.testkit.jqwik.SelfAssessmentArbitraries}.
 * The only package of the test kit whose API has jqwik types; the rest of the kit works in plain JUnit tests.
 */
package io.github.equalityframework.testkit.jqwik;
