/**
 * Internal to eflg, with no compatibility promise: the generator the build runs to write the JSON Schemas from the
 * model. Not exported; read the schemas through {@link io.github.equalityframework.schema.Schemas}.
 */
package io.github.equalityframework.internal.schema;
