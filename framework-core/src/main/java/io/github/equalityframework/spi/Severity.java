package io.github.equalityframework.spi;

/** How much a finding matters, least first. Written in data files in lower case. */
public enum Severity {
    /** Worth knowing; nothing to fix. */
    INFO,
    /** Should be looked at before a peer challenge. */
    WARNING,
    /** Must be fixed: the assessment cannot stand as it is. */
    ERROR
}
