package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How a council answers a peer recommendation. Written in data files in lower case. A recommendation
 * {@link #NOT_ACCEPTED} needs the council's reason in the entry's {@code comment}.
 */
@API(status = STABLE, since = "0.1")
public enum RecommendationResponse {
    ACCEPTED,
    DIFFERENT_APPROACH,
    ALREADY_COMPLETED,
    NOT_ACCEPTED
}
