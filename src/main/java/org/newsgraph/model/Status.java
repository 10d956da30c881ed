package org.newsgraph.model;

/**
 * How firmly the text asserts a relation. Order matters: the strongest status of an edge wins (see README).
 * {@code suggested} is no assertion: a relation the learned scorer was unsure of, kept for an analyst to accept
 * (then it takes the status it was read with) and never part of an edge until then.
 */
public enum Status {
    fact, reported, speculative, denied, suggested;

    /** The statuses an edge (and an analyst's claim) can have, strongest first: {@code suggested} is none. */
    public static final java.util.List<Status> OF_EDGES = java.util.List.of(fact, reported, speculative, denied);

    /** The strongest of these status names (an edge's status from its claims'); denied when none is stronger. */
    public static Status strongest(java.util.Collection<?> names) {
        return OF_EDGES.stream().filter(s -> names.contains(s.name())).findFirst().orElse(denied);
    }

    /**
     * The same in Cypher, for a list expression of status names ({@code [c IN cs | c.status]}): every query that
     * gives an edge its status from its claims' uses this one expression.
     */
    public static String strongestIn(String list) {
        StringBuilder cypher = new StringBuilder("CASE");
        for (Status s : OF_EDGES.subList(0, OF_EDGES.size() - 1)) {
            cypher.append(" WHEN '").append(s).append("' IN ").append(list).append(" THEN '").append(s).append('\'');
        }
        return cypher.append(" ELSE 'denied' END").toString();
    }
}
