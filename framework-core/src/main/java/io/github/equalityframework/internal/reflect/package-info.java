/**
 * Internal to eflg, with no compatibility promise: what the readers and checkers that work by reflection may take
 * as checked when the library was built. Not exported.
 */
package io.github.equalityframework.internal.reflect;
