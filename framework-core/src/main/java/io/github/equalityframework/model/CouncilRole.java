package io.github.equalityframework.model;

/**
 * The three roles councils report their equality work by. Written in data files in lower case, e.g.
 * {@code service_provider}.
 */
public enum CouncilRole {
    COMMUNITY_LEADER,
    EMPLOYER,
    SERVICE_PROVIDER
}
