/**
 * JSON Schemas of the documents (self-assessment, peer review, action plan, framework definition, rule profile,
 * report), for editors and other tools: start with {@link io.github.equalityframework.schema.Schemas}.
 */
package io.github.equalityframework.schema;
