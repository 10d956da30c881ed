package org.newsgraph.load;

import org.newsgraph.model.EntityType;

/** The loader's Cypher, parameterised; labels and relationship types come only from the whitelist enums. */
final class LoadQueries {
    private LoadQueries() {
    }

    static final String STORED_ARTICLES = """
            MATCH (a:Article) RETURN a.id AS id, a.sha256 + '/' + coalesce(a.rulesVersion, '') AS state""";

    /** Before an article's content is removed: which exploration edges and entities it touched. */
    static final String TOUCHED_BY_ARTICLES = """
            UNWIND $ids AS id
            MATCH (c:Claim {article: id})-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(t:Entity)
            RETURN DISTINCT s.id AS source, c.type AS type, t.id AS target""";

    static final String ENTITIES_OF_ARTICLES = """
            UNWIND $ids AS id
            CALL {
              WITH id
              MATCH (:Sentence {article: id})-[:MENTIONS]->(e:Entity) RETURN e
              UNION
              WITH id
              MATCH (:Claim {article: id})-[:SUBJECT|OBJECT|ITEM|AT|ASSERTED_BY]->(e:Entity) RETURN e
            }
            RETURN collect(DISTINCT e.id) AS ids""";

    static final String DELETE_ARTICLE_CONTENT = """
            UNWIND $ids AS id
            OPTIONAL MATCH (c:Claim {article: id})
            DETACH DELETE c
            WITH DISTINCT id
            OPTIONAL MATCH (s:Sentence {article: id})
            DETACH DELETE s""";

    static final String DELETE_ARTICLES = """
            UNWIND $ids AS id
            MATCH (a:Article {id: id})
            DETACH DELETE a""";

    static final String MERGE_ARTICLES = """
            UNWIND $rows AS r
            MERGE (a:Article {id: r.id})
            SET a.file = r.file, a.title = r.title, a.outlet = r.outlet, a.published = r.published,
                a.url = r.url, a.language = r.language, a.author = r.author, a.sha256 = r.sha256,
                a.bytes = r.bytes, a.rulesVersion = r.rulesVersion""";

    /** r.type is an {@link EntityType} name (whitelisted in Java before it gets here). */
    static final String MERGE_ENTITIES = """
            UNWIND $rows AS r
            MERGE (e:Entity {id: r.id})
            SET e:$(r.type), e.name = r.name, e.aliases = r.aliases, e.aliasText = r.aliasText,
                e.discovered = r.discovered, e.type = r.type,
                e.role = CASE WHEN r.discovered AND e.role IS NOT NULL AND e.role <> '' THEN e.role ELSE r.role END""";

    static final String CREATE_SENTENCES = """
            UNWIND $rows AS r
            MATCH (a:Article {id: r.article})
            CREATE (s:Sentence {id: r.id, article: r.article, text: r.text, index: r.index, zone: r.zone,
                                start: r.start, end: r.end})-[:IN]->(a)""";

    static final String CREATE_MENTIONS = """
            UNWIND $rows AS r
            MATCH (s:Sentence {id: r.sentence})
            MATCH (e:Entity {id: r.entity})
            CREATE (s)-[:MENTIONS {surface: r.surface, start: r.start, end: r.end, kind: r.kind}]->(e)""";

    static final String CREATE_CLAIMS = """
            UNWIND $rows AS r
            MATCH (s:Sentence {id: r.sentence})
            MATCH (src:Entity {id: r.source})
            MATCH (tgt:Entity {id: r.target})
            CREATE (c:Claim {id: r.id, type: r.type, status: r.status, date: r.date, confidence: r.confidence,
                             article: r.article, attributedTo: r.attributedTo, place: r.place, items: r.items,
                             rule: r.rule, zone: r.zone})
            CREATE (c)-[:STATED_IN]->(s), (c)-[:SUBJECT]->(src), (c)-[:OBJECT]->(tgt)""";

    /** r.role is one of ITEM, AT, ASSERTED_BY (fixed in {@link GraphLoader}). */
    static final String LINK_CLAIM_ROLES = """
            UNWIND $rows AS r
            MATCH (c:Claim {id: r.claim})
            MATCH (e:Entity {id: r.entity})
            CREATE (c)-[:$(r.role)]->(e)""";

    /**
     * Rebuilds the exploration edges of one type for the given (source, target) pairs from their claims.
     * Status: fact if any claim is a fact, else reported, else speculative, else denied; {@code disputed}
     * is true when at least one claim is denied.
     */
    static final String REBUILD_EDGES = """
            UNWIND $triples AS p
            MATCH (s:Entity {id: p.source})
            MATCH (t:Entity {id: p.target})
            OPTIONAL MATCH (s)-[old:$(p.type)]->(t)
            DELETE old
            WITH DISTINCT p, s, t
            MATCH (s)<-[:SUBJECT]-(c:Claim {type: p.type})-[:OBJECT]->(t)
            MATCH (c)-[:STATED_IN]->(:Sentence)-[:IN]->(a:Article)
            WITH p, s, t, c, a ORDER BY a.id, c.id
            WITH p, s, t, collect(c) AS cs, collect(DISTINCT a.id) AS arts, collect(DISTINCT a.outlet) AS outlets
            WITH p, s, t, cs, arts, outlets, [x IN cs WHERE x.date IS NOT NULL | x.date] AS dates,
                 [x IN cs | x.status] AS sts
            CREATE (s)-[e:$(p.type)]->(t)
            SET e.claims = size(cs), e.articles = arts, e.outlets = outlets, e.sources = size(outlets),
                e.firstDate = reduce(m = null, d IN dates | CASE WHEN m IS NULL OR d < m THEN d ELSE m END),
                e.lastDate = reduce(m = null, d IN dates | CASE WHEN m IS NULL OR d > m THEN d ELSE m END),
                e.status = CASE WHEN 'fact' IN sts THEN 'fact' WHEN 'reported' IN sts THEN 'reported'
                                WHEN 'speculative' IN sts THEN 'speculative' ELSE 'denied' END,
                e.disputed = 'denied' IN sts,
                e.confidence = reduce(m = 0.0, x IN cs | CASE WHEN x.confidence > m THEN x.confidence ELSE m END)""";

    /** Entities that no sentence mentions and no claim uses any more. */
    static final String DELETE_ORPHANS = """
            UNWIND $ids AS id
            MATCH (e:Entity {id: id})
            WHERE NOT (e)<-[:MENTIONS]-() AND NOT (e)<-[:SUBJECT|OBJECT|ITEM|AT|ASSERTED_BY]-(:Claim)
            DETACH DELETE e""";
}
