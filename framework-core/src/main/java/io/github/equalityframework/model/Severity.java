package io.github.equalityframework.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How much a finding matters, least first. Written in data files in lower case. */
@API(status = STABLE, since = "0.1")
public enum Severity {
    /** Worth knowing; nothing to fix. */
    INFO,
    /** Should be looked at before a peer challenge. */
    WARNING,
    /** Must be fixed: the assessment cannot stand as it is. */
    ERROR
}
