/**
 * Internals of the test kit shared by its packages. Not for plugin authors: anything here may change in any release.
 */
package io.github.equalityframework.testkit.internal;
