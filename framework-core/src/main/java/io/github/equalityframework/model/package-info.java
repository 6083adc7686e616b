/**
 * The documents a council writes and reads, as immutable records: a {@link io.github.equalityframework.model.SelfAssessment}
 * (claims and evidence against one framework edition), its {@link io.github.equalityframework.model.PeerReview} and
 * {@link io.github.equalityframework.model.ActionPlan}, and the {@link io.github.equalityframework.model.FrameworkDefinition}s
 * of a {@link io.github.equalityframework.model.Catalogue}. Start with {@code SelfAssessment}; read one with
 * {@link io.github.equalityframework.io.ModelCodec}.
 */
package io.github.equalityframework.model;
