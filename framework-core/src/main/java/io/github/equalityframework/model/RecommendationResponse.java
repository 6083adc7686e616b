package io.github.equalityframework.model;

/**
 * How a council answers a peer recommendation. Written in data files in lower case. A recommendation
 * {@link #NOT_ACCEPTED} needs the council's reason in the entry's {@code comment}.
 */
public enum RecommendationResponse {
    ACCEPTED,
    DIFFERENT_APPROACH,
    ALREADY_COMPLETED,
    NOT_ACCEPTED
}
