package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How a council answers a peer recommendation. Written in data files in lower case. */
@API(status = STABLE, since = "0.1")
public enum RecommendationResponse {
    ACCEPTED,
    DIFFERENT_APPROACH,
    ALREADY_COMPLETED
}
