package io.github.equalityframework.model;

import jakarta.validation.constraints.NotBlank;

/**
 * A member of a peer challenge team.
 *
 * @param name         the peer's name
 * @param role         e.g. lead peer, officer peer, councillor peer; may be {@code null}
 * @param organisation the peer's own organisation, may be {@code null}
 */
public record PeerReviewer(@NotBlank String name, String role, String organisation) {}
