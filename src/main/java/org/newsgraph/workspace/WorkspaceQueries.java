package org.newsgraph.workspace;

/**
 * The shared workspace's Cypher: notes and saved views, each kept with the log file it came from ({@code log}), so a
 * replay makes the graph say what that file says and leaves another server's (on the same Neo4j) alone.
 */
final class WorkspaceQueries {
    private WorkspaceQueries() {
    }

    /** Notes written or replayed, by their stable id (a replay changes nothing it has already written). */
    static final String SAVE_NOTES = """
            UNWIND $rows AS row
            MERGE (n:Note {id: row.id})
            SET n.targetKind = row.kind, n.targetKey = row.key, n.text = row.text, n.analyst = row.analyst,
                n.at = row.at, n.log = $log""";

    /** The notes of this log the log no longer holds (deleted, or their lines removed by hand or by a revert). */
    static final String DROP_NOTES_NOT_LOGGED = """
            MATCH (n:Note) WHERE (n.log IS NULL OR n.log = $log) AND NOT n.id IN $ids
            DETACH DELETE n""";

    static final String NOTE_EXISTS = "MATCH (n:Note {id: $id}) RETURN n.id AS id";

    static final String DELETE_NOTE = "MATCH (n:Note {id: $id}) DETACH DELETE n RETURN count(*) AS deleted";

    /**
     * Notes newest first, of one target or of all; {@code $q} (lower case) found in the text, the analyst's name or
     * the target's key. Each with what its target is called now (null when it is gone). A note on an entity an
     * analyst merged into another follows it: it is listed with, and named as, the entity it went into.
     */
    static final String NOTES = """
            MATCH (n:Note)
            WHERE ($kind IS NULL OR (n.targetKind = $kind AND (n.targetKey = $key
                   OR n.targetKind = 'entity' AND EXISTS { MATCH (:Redirect {id: n.targetKey, into: $key}) })))
              AND ($q IS NULL OR toLower(n.text) CONTAINS $q OR toLower(n.analyst) CONTAINS $q
                   OR toLower(n.targetKey) CONTAINS $q)
            WITH n ORDER BY n.at DESC, n.id DESC LIMIT $limit
            OPTIONAL MATCH (r:Redirect {id: n.targetKey}) WHERE n.targetKind = 'entity'
            OPTIONAL MATCH (e:Entity) WHERE n.targetKind = 'entity' AND e.id = coalesce(r.into, n.targetKey)
            OPTIONAL MATCH (a:Article {id: n.targetKey}) WHERE n.targetKind = 'article'
            WITH n, e, a, CASE WHEN n.targetKind = 'relation' THEN split(n.targetKey, '|') ELSE [] END AS parts
            OPTIONAL MATCH (s:Entity {id: parts[0]})
            OPTIONAL MATCH (t:Entity {id: parts[2]})
            RETURN n.id AS id, n.targetKind AS kind, n.targetKey AS key, n.text AS text, n.analyst AS analyst, n.at AS at,
                   CASE n.targetKind WHEN 'entity' THEN e.name WHEN 'article' THEN coalesce(a.title, a.id)
                        ELSE CASE WHEN s IS NULL OR t IS NULL THEN null
                                  ELSE s.name + ' — ' + toLower(replace(parts[1], '_', ' ')) + ' — ' + t.name END
                   END AS label
            ORDER BY at DESC, id DESC""";

    static final String SAVE_VIEWS = """
            UNWIND $rows AS row
            MERGE (v:SavedView {name: row.name})
            SET v.link = row.link, v.analyst = row.analyst, v.at = row.at, v.log = $log""";

    static final String DROP_VIEWS_NOT_LOGGED = """
            MATCH (v:SavedView) WHERE (v.log IS NULL OR v.log = $log) AND NOT v.name IN $names
            DELETE v""";

    static final String VIEW_EXISTS = "MATCH (v:SavedView {name: $name}) RETURN v.at AS at";

    static final String DELETE_VIEW = "MATCH (v:SavedView {name: $name}) DELETE v RETURN count(*) AS deleted";

    static final String VIEWS = """
            MATCH (v:SavedView)
            RETURN v.name AS name, v.link AS link, v.analyst AS analyst, v.at AS at
            ORDER BY toLower(v.name), v.name""";
}
