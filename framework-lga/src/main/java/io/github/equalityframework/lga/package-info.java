/**
 * The LGA Equality Framework for Local Government as a plugin: its editions (2009, 2014, 2021), its rules and the
 * {@code lga-default} profile. Found by {@link java.util.ServiceLoader}; a host needs only to have it on its path.
 */
package io.github.equalityframework.lga;
