package org.newsgraph.structure;

import org.newsgraph.model.RelationType;

/** The Cypher of the structure measures: what they are computed from, how they are written back and read. */
final class StructureQueries {
    /** Every entity, its name (communities are named by their leaders) and the measures it holds now. */
    static final String ENTITIES = """
            MATCH (e:Entity)
            RETURN e.id AS id, e.name AS name, e.pagerank AS pagerank, e.betweenness AS betweenness,
                   e.community AS community""";

    /**
     * The accepted relations between two entities, per ordered pair: the exploration edges, which only claims that are
     * not suggestions (and not rejected) make.
     */
    static final String LINKS = RelationType.expand("""
            MATCH (s:Entity)-[r:EXPLORATION]->(t:Entity) WHERE s <> t
            RETURN s.id AS source, t.id AS target, count(r) AS relations""");

    /** Measures that changed, one row per entity (an entity gone meanwhile is skipped). */
    static final String WRITE = """
            UNWIND $rows AS row
            MATCH (e:Entity {id: row.id})
            SET e.pagerank = row.pagerank, e.betweenness = row.betweenness, e.community = row.community""";

    /** The measures the given entities hold. */
    static final String MEASURES = """
            MATCH (e:Entity) WHERE e.id IN $ids
            RETURN e.id AS id, e.pagerank AS pagerank, e.betweenness AS betweenness, e.community AS community
            ORDER BY id""";

    private StructureQueries() {
    }
}
