package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.constraints.NotBlank;
import org.apiguardian.api.API;

/**
 * A member of a peer challenge team.
 *
 * @param name         the peer's name
 * @param role         e.g. lead peer, officer peer, councillor peer; may be {@code null}
 * @param organisation the peer's own organisation, may be {@code null}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PeerReviewer(@NotBlank String name, String role, String organisation) {}
