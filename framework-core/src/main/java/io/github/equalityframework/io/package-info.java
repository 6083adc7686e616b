/**
 * Reading and writing the model as YAML or JSON. Start with {@link io.github.equalityframework.io.ModelCodec}: it never
 * throws for a bad document, and its {@link io.github.equalityframework.io.ReadResult} places every problem at
 * {@code file:line:column}.
 */
package io.github.equalityframework.io;
