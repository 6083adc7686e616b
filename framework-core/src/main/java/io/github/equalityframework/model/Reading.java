package io.github.equalityframework.model;

import java.time.LocalDate;
import java.time.Period;

/** What a piece of a timescale's words reads as, before {@link Timescale} judges the whole text. */
sealed interface Reading {

    /** A named day or period, first and last day included. */
    record Span(LocalDate start, LocalDate end) implements Reading {}

    /** A period counted from the day the plan was agreed. */
    record After(Period length) implements Reading {}

    /** Wording that deliberately names no date ("ongoing"). */
    record Open() implements Reading {}

    /** Words that look like a date but name none; the problem is one line for the user. */
    record NotADate(String problem) implements Reading {}
}
