package io.github.equalityframework.model;

/** How a council answers a peer recommendation. Written in data files in lower case. */
public enum RecommendationResponse {
    ACCEPTED,
    DIFFERENT_APPROACH,
    ALREADY_COMPLETED
}
