package org.newsgraph.model;

/**
 * A change refused because what it would change has moved on since the caller read it (another analyst's
 * decision came first): carries the current state, so the caller can look again instead of overwriting.
 */
public final class Conflict extends Problem {
    private final Object current;

    public Conflict(String detail, Object current) {
        super(Kind.CONFLICT, "conflict", detail);
        this.current = current;
    }

    public Object current() {
        return current;
    }
}
