package org.newsgraph.load;

import org.newsgraph.model.EntityType;

/** The loader's Cypher, parameterised; labels and relationship types come only from the whitelist enums. */
final class LoadQueries {
    private LoadQueries() {
    }

    static final String STORED_ARTICLES = """
            MATCH (a:Article) RETURN a.id AS id, a.sha256 + '/' + coalesce(a.rulesVersion, '') AS state,
                                     coalesce(a.origin, 'folder') AS origin, a.sha256 AS sha256""";

    /** Which of these addresses an article in the store came from (a feed's items are fetched once). */
    static final String KNOWN_URLS = """
            MATCH (a:Article) WHERE a.url IN $urls RETURN collect(a.url) AS urls""";

    /** Articles added from outside the import folder that other rules read: re-read from their kept text. */
    static final String ADDED_ARTICLES_TO_REREAD = """
            MATCH (a:Article {origin: 'added'}) WHERE a.rulesVersion <> $rulesVersion AND a.text IS NOT NULL
            RETURN a.id AS id, a.text AS text, a.title AS title, a.outlet AS outlet, a.published AS published,
                   a.url AS url, a.language AS language, a.author AS author, a.captions AS captions,
                   a.sha256 AS sha256, a.bytes AS bytes, a.readAs AS readAs""";

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

    /**
     * {@code loaded}: when the article's content came into the store (the load that brought it, or a change of its
     * text); a re-read of the same text under other rules keeps it. The digest starts from the last import by it.
     */
    static final String MERGE_ARTICLES = """
            UNWIND $rows AS r
            MERGE (a:Article {id: r.id})
            SET a.loaded = CASE WHEN a.sha256 = r.sha256 THEN coalesce(a.loaded, r.loaded) ELSE r.loaded END
            SET a.file = r.file, a.title = r.title, a.outlet = r.outlet, a.published = r.published,
                a.url = r.url, a.language = r.language, a.author = r.author, a.sha256 = r.sha256,
                a.bytes = r.bytes, a.rulesVersion = r.rulesVersion, a.text = r.text, a.captions = r.captions,
                a.origin = r.origin, a.readAs = r.readAs""";

    /** r.type is an {@link EntityType} name (whitelisted in Java before it gets here). */
    static final String MERGE_ENTITIES = """
            UNWIND $rows AS r
            MERGE (e:Entity {id: r.id})
            SET e:$(r.type), e.name = r.name, e.aliases = r.aliases, e.aliasText = r.aliasText,
                e.discovered = r.discovered, e.type = r.type,
                // a new entity has no edge yet; the entities whose edges a batch changes get theirs from Degrees
                e.degree = coalesce(e.degree, 0), e.ranked = coalesce(e.ranked, []), e.pairs = coalesce(e.pairs, []),
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
            CREATE (c:Claim {id: r.id, type: r.type, subject: r.source, object: r.target, status: r.status,
                             date: r.date, confidence: r.confidence, article: r.article, outlet: r.outlet,
                             attributedTo: r.attributedTo, place: r.place, items: r.items, rule: r.rule, zone: r.zone,
                             reported: r.reported, score: r.score, readStatus: r.readStatus})
            CREATE (c)-[:STATED_IN]->(s), (c)-[:SUBJECT]->(src), (c)-[:OBJECT]->(tgt)""";

    /**
     * A denial contests the claims between the same two entities (either way round, of a contestable type:
     * {@link org.newsgraph.model.RelationType#CONTESTABLE}) from the same year or undated: the batch's denials find
     * the claims they contest ...
     */
    static final String LINK_DENIALS_TO_CONTESTED = """
            UNWIND $articles AS aid
            MATCH (d:Claim {article: aid}) WHERE d.type = 'DENIED' AND d.subject <> d.object
            MATCH (c:Claim)-[:SUBJECT|OBJECT]->(:Entity {id: d.subject})
            WHERE c.type IN $contestable AND c.subject IN [d.subject, d.object] AND c.object IN [d.subject, d.object]
              AND (d.date IS NULL OR c.date IS NULL OR left(c.date, 4) = left(d.date, 4))
            MERGE (d)-[:CONTESTS]->(c)""";

    /** ... and the batch's other claims find the denials that contest them. */
    static final String LINK_CONTESTED_TO_DENIALS = """
            UNWIND $articles AS aid
            MATCH (c:Claim {article: aid}) WHERE c.type IN $contestable AND c.subject <> c.object
            MATCH (d:Claim)-[:SUBJECT|OBJECT]->(:Entity {id: c.subject})
            WHERE d.type = 'DENIED' AND d.subject IN [c.subject, c.object] AND d.object IN [c.subject, c.object]
              AND (d.date IS NULL OR c.date IS NULL OR left(c.date, 4) = left(d.date, 4))
            MERGE (d)-[:CONTESTS]->(c)""";

    /** r.role is one of ITEM, AT, ASSERTED_BY (fixed in {@link GraphLoader}). */
    static final String LINK_CLAIM_ROLES = """
            UNWIND $rows AS r
            MATCH (c:Claim {id: r.claim})
            MATCH (e:Entity {id: r.entity})
            CREATE (c)-[:$(r.role)]->(e)""";

    /**
     * Folds the claims {@code cs} into edge {@code e}: claim and article counts, the first {@value #ARTICLE_IDS}
     * article ids and all outlets (sorted, so the result does not depend on load order), first and last date, the
     * day it was first reported ({@code firstReported}: "as known on" paths read it),
     * status (fact if any claim is a fact, else reported, else speculative, else denied), {@code disputed}
     * (some claim is denied) and the best confidence. The claims of one article always arrive together, so
     * adding the new articles' count keeps {@code articles} exact.
     */
    private static final String ADD_CLAIMS_TO_EDGE = """
            CALL {
              WITH e, cs
              UNWIND e.articleIds + [c IN cs | c.article] AS a
              WITH DISTINCT a ORDER BY a LIMIT 50
              RETURN collect(a) AS ids
            }
            CALL {
              WITH cs
              UNWIND cs AS c
              RETURN count(DISTINCT c.article) AS newArticles
            }
            CALL {
              WITH e, cs
              UNWIND e.outlets + [c IN cs WHERE c.outlet IS NOT NULL | c.outlet] AS o
              WITH DISTINCT o ORDER BY o
              RETURN collect(o) AS outlets
            }
            WITH e, cs, ids, newArticles, outlets, [c IN cs WHERE c.date IS NOT NULL | c.date] AS dates,
                 [c IN cs | c.status] + CASE WHEN e.status IS NULL THEN [] ELSE [e.status] END AS sts
            SET e.claims = e.claims + size(cs), e.articles = e.articles + newArticles, e.articleIds = ids,
                e.outlets = outlets, e.sources = size(outlets),
                e.firstDate = reduce(m = e.firstDate, d IN dates | CASE WHEN m IS NULL OR d < m THEN d ELSE m END),
                e.lastDate = reduce(m = e.lastDate, d IN dates | CASE WHEN m IS NULL OR d > m THEN d ELSE m END),
                e.firstReported = reduce(m = e.firstReported, c IN cs | CASE WHEN c.reported IS NOT NULL
                                         AND (m IS NULL OR c.reported < m) THEN c.reported ELSE m END),
                e.status = %s,
                e.disputed = e.disputed OR any(c IN cs WHERE c.status = 'denied'),
                e.confidence = reduce(m = e.confidence, c IN cs | CASE WHEN c.confidence > m THEN c.confidence ELSE m END)"""
            .formatted(org.newsgraph.model.Status.strongestIn("sts"));

    /** How many article ids an exploration edge lists (its {@code articles} count is always exact). */
    static final int ARTICLE_IDS = 50;

    /** Properties of a new, empty exploration edge. */
    private static final String EMPTY_EDGE = """
            SET e.claims = 0, e.articles = 0, e.articleIds = [], e.outlets = [], e.disputed = false,
                e.confidence = 0.0""";

    /**
     * Rebuilds the exploration edges of triples that lost claims, from all their remaining claims (found by the
     * claim_triple index) but those an analyst rejected; an edge with no claim left disappears.
     */
    static final String REBUILD_EDGES = """
            UNWIND $triples AS p
            MATCH (s:Entity {id: p.source})
            MATCH (t:Entity {id: p.target})
            OPTIONAL MATCH (s)-[old:$(p.type)]->(t)
            DELETE old
            WITH DISTINCT p, s, t
            MATCH (c:Claim {type: p.type, subject: p.source, object: p.target})
            WHERE (c.verdict IS NULL OR c.verdict <> 'rejected') AND c.status <> 'suggested'
            WITH p, s, t, collect(c) AS cs
            CREATE (s)-[e:$(p.type)]->(t)
            """ + EMPTY_EDGE + "\n" + """
            WITH e, cs
            """ + ADD_CLAIMS_TO_EDGE;

    /**
     * Creates the empty exploration edges of triples that gain their first claims. (An explicit OPTIONAL MATCH +
     * CREATE: MERGE with a dynamic relationship type is planned as a scan of every relationship in 5.26.)
     */
    static final String CREATE_MISSING_EDGES = """
            UNWIND $triples AS p
            MATCH (s:Entity {id: p.source})
            MATCH (t:Entity {id: p.target})
            OPTIONAL MATCH (s)-[old:$(p.type)]->(t)
            WITH p, s, t, old WHERE old IS NULL
            CREATE (s)-[e:$(p.type)]->(t)
            """ + EMPTY_EDGE;

    /** Adds the claims the batch created ({@code p.claims}, ids) to their edges, never re-reading older claims. */
    static final String ADD_TO_EDGES = """
            UNWIND $triples AS p
            MATCH (s:Entity {id: p.source})
            MATCH (t:Entity {id: p.target})
            UNWIND p.claims AS claimId
            MATCH (c:Claim {id: claimId})
            WITH p, s, t, collect(c) AS cs
            MATCH (s)-[e:$(p.type)]->(t)
            WITH e, cs
            """ + ADD_CLAIMS_TO_EDGE;

    /** Entities that no sentence mentions and no claim uses any more. */
    static final String DELETE_ORPHANS = """
            UNWIND $ids AS id
            MATCH (e:Entity {id: id})
            WHERE NOT (e)<-[:MENTIONS]-() AND NOT (e)<-[:SUBJECT|OBJECT|ITEM|AT|ASSERTED_BY]-(:Claim)
            DETACH DELETE e""";
}
