package org.newsgraph.model;

/**
 * Whitelist of relationship types: the only types ever written as exploration edges.
 * Symmetric types are stored once per unordered pair (source id &lt; target id).
 */
public enum RelationType {
    MET(true), VISITED(false), SUPPLIED(false), VETOED(false), SANCTIONED(false), SIGNED(true), DENIED(false),
    WANTS(false), USES(false), RECOGNIZED(false), EXCHANGED_LETTERS(true), INVITED(false), PROPOSED(false),
    ACCOMPANIED(false), ATTENDED(false), TRADE_PARTNER(true), COOPERATES_WITH(true), ALLIED_WITH(true),
    OPPOSES(false), SUPPORTS(false), CRITICIZED(false), TESTED(false), DEVELOPS(false), AT_WAR_WITH(false),
    DEPENDS_ON(false), FOUGHT_TOGETHER(true), NEGOTIATED(true), AFFILIATED_WITH(false), DEPLOYED(false),
    ABSTAINED(false), RATIFIED(false), SEVERED_TIES(false), BORDERS(true), INSTRUCTED(false), AGREED(true),
    ANNEXED(false), EXPELLED(false), CONFIRMED(false), PUBLISHED_IN(false);

    private final boolean symmetric;

    RelationType(boolean symmetric) {
        this.symmetric = symmetric;
    }

    public boolean symmetric() {
        return symmetric;
    }

    public static RelationType parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown relation type '" + text + "'");
        }
    }

    /**
     * The types a denial can contest: deeds and deals ("Pyongyang und Moskau dementieren Waffendeals" contests a
     * delivery or a signed deal, not that the two are allies or depend on each other).
     */
    public static final java.util.List<String> CONTESTABLE = java.util.stream.Stream.of(SUPPLIED, SIGNED, AGREED,
            NEGOTIATED, TRADE_PARTNER, DEPLOYED, USES, VISITED, MET).map(Enum::name).toList();

    /** "MET|VISITED|…": every exploration type, for patterns that must not wander into claims and sentences. */
    public static final String CYPHER_UNION = java.util.Arrays.stream(values()).map(Enum::name)
            .collect(java.util.stream.Collectors.joining("|"));

    /**
     * The query with every ":EXPLORATION" relationship type replaced by the union of the whitelist, so degree
     * counts become O(1) lookups and expansions skip the (many) mention and claim relationships.
     */
    public static String expand(String cypher) {
        return cypher.replace(":EXPLORATION", ":" + CYPHER_UNION);
    }

    public static boolean isKnown(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
