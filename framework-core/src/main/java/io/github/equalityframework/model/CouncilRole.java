package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The three roles councils report their equality work by. Written in data files in lower case, e.g.
 * {@code service_provider}.
 */
@API(status = STABLE, since = "0.1")
public enum CouncilRole {
    COMMUNITY_LEADER,
    EMPLOYER,
    SERVICE_PROVIDER
}
