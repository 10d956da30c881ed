package org.newsgraph.model;

/** How firmly the text asserts a relation. Order matters: the strongest status of an edge wins (see README). */
public enum Status {
    fact, reported, speculative, denied
}
