/**
 * The NHS Equality Delivery System (EDS 2022) as a plugin: its framework, score card and rules. Found by
 * {@link java.util.ServiceLoader}; a host needs only to have it on its path.
 */
package io.github.equalityframework.nhseds;
