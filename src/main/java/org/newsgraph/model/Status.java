package org.newsgraph.model;

/**
 * How firmly the text asserts a relation. Order matters: the strongest status of an edge wins (see README).
 * {@code suggested} is no assertion: a relation the learned scorer was unsure of, kept for an analyst to accept
 * (then it takes the status it was read with) and never part of an edge until then.
 */
public enum Status {
    fact, reported, speculative, denied, suggested
}
