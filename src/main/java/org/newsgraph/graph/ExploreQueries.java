package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.model.Problem;
import org.newsgraph.model.RelationType;

/** Read queries behind the explorer: search, entity details, neighbours, evidence of an edge. */
public final class ExploreQueries {
    private static final String SEARCH = """
            CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
            RETURN node.id AS id, node.name AS name, node.type AS type, node.role AS role, score,
                   coalesce(node.aliases, []) AS aliases, coalesce(node.degree, 0) AS degree, node.pagerank AS pagerank
            ORDER BY score DESC, name
            LIMIT $limit""";

    private static final String ENTITY = RelationType.expand("""
            MATCH (e:Entity {id: $id})
            OPTIONAL MATCH (e)<-[:MENTIONS]-(:Sentence)-[:IN]->(a:Article)
            WITH e, a, count(*) AS mentions ORDER BY mentions DESC, a.id
            WITH e, collect(CASE WHEN a IS NULL THEN NULL ELSE {id: a.id, title: a.title, outlet: a.outlet,
                 published: a.published, mentions: mentions} END) AS articles
            RETURN e.id AS id, e.name AS name, e.type AS type, e.role AS role, e.aliases AS aliases,
                   e.discovered AS discovered, COUNT { (e)-[:EXPLORATION]-() } AS degree,
                   articles[0..$articles] AS articles, size(articles) AS articlesTotal,
                   coalesce(e.rev, 0) AS rev""");

    /** How many distinct neighbours of each type: the page asks before a large expansion. */
    private static final String NEIGHBOUR_TYPES = RelationType.expand("""
            MATCH (:Entity {id: $id})-[:EXPLORATION]-(n:Entity)
            WITH DISTINCT n
            RETURN n.type AS type, count(*) AS count ORDER BY count DESC, type""");

    private static final String NEIGHBOURS = RelationType.expand("""
            MATCH (e:Entity {id: $id})-[r:EXPLORATION]-(n:Entity)
            WHERE size($types) = 0 OR n.type IN $types
            WITH n, sum(r.claims) AS claims, sum(r.independentSources) AS sources
            ORDER BY claims DESC, sources DESC, n.id LIMIT $limit
            RETURN collect(n.id) AS ids""");

    /**
     * The entity the id names (or was merged into; null when none) and the neighbours the loader keeps ranked for it
     * (null when the store has no ranking yet), in one query.
     */
    private static final String NEIGHBOURS_RANKED = EntityIds.RESOLVED_ID + """

            OPTIONAL MATCH (e:Entity {id: id})
            RETURN e.id AS id, e.ranked[0..$limit] AS ids""";

    private static final String EVIDENCE = """
            MATCH (c:Claim {type: $type, subject: $source, object: $target})-[:STATED_IN]->(s:Sentence)-[:IN]->(a:Article)
            WHERE (c.status <> 'suggested' OR c.verdict IS NOT NULL) AND ($asOf IS NULL OR c.reported <= $asOf)
            OPTIONAL MATCH (s)-[m:MENTIONS]->(e:Entity) WHERE e.id IN [$source, $target]
            WITH c, s, a, collect({entity: e.id, start: m.start - s.start, end: m.end - s.start}) AS marks
            ORDER BY a.published, a.id, s.index
            RETURN c.id AS claim, c.status AS status, c.date AS date, c.attributedTo AS attributedTo,
                   c.items AS items, c.place AS place, c.confidence AS confidence, s.text AS sentence,
                   s.zone AS zone, a.id AS article, a.title AS title, a.outlet AS outlet, a.published AS published,
                   a.url AS url, [x IN marks WHERE x.entity IS NOT NULL] AS marks, s.id AS sentenceId,
                   coalesce(c.rev, 0) AS rev, c.verdict AS verdict, c.reviewReason AS reason, c.reviewedBy AS reviewedBy,
                   coalesce(c.origin, 'machine') AS origin, c.decision AS decision,
                   COLLECT { MATCH (s)-[:MENTIONS]->(n:Entity) RETURN DISTINCT {id: n.id, name: n.name} } AS named,
                   COLLECT { MATCH (d:Claim)-[:CONTESTS]->(c) MATCH (d)-[:STATED_IN]->(ds:Sentence)
                             OPTIONAL MATCH (x:Entity {id: d.subject})
                             RETURN {claim: d.id, sentence: ds.text, attributedTo: d.attributedTo, subject: d.subject,
                                     subjectName: x.name, article: d.article, reported: d.reported} } AS contestedBy
            LIMIT $limit""";

    /**
     * Only exploration edges between entities count: claims and sentences are not shortcuts. The predicates are
     * plain {@code all(…)} over the path's nodes or relationships, which the planner checks during its breadth-first
     * search; one written as {@code $asOf IS NULL OR all(…)} made it fall back to trying every path (a minute and more
     * between two entities of a 1.1M-relationship graph).
     */
    private static final String PATH = RelationType.expand("""
            MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
            MATCH p = shortestPath((a)-[:EXPLORATION*..%d]-(b))
            WHERE all(n IN nodes(p) WHERE n:Entity)%s
            RETURN [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | elementId(r)] AS edges""");

    /** The relations a path as known on {@code $asOf} may use. */
    private static final String PATH_AS_OF = """

              AND all(r IN relationships(p) WHERE r.firstReported <= $asOf)""";

    /** Event dates' span, and the days articles were published on (the "as known on" slider's stops). */
    private static final String TIMELINE = """
            CALL {
              MATCH (a:Article) WHERE a.published IS NOT NULL
              WITH DISTINCT a.published AS day ORDER BY day
              RETURN collect(day) AS reported
            }
            OPTIONAL MATCH (:Entity)-[r]->(:Entity) WHERE r.firstDate IS NOT NULL
            RETURN min(r.firstDate) AS first, max(r.lastDate) AS last, count(r) AS dated, reported""";

    private static final String ARTICLES = """
            MATCH (a:Article)
            RETURN a.id AS id, a.title AS title, a.outlet AS outlet, a.published AS published, a.url AS url,
                   coalesce(a.origin, 'folder') AS origin, COUNT { (c:Claim {article: a.id}) WHERE c.status <> 'suggested' } AS claims
            ORDER BY a.published DESC, a.id""";

    private static final String ARTICLE_EDGES = """
            MATCH (c:Claim {article: $id}) WHERE c.status <> 'suggested'
            RETURN DISTINCT c.subject AS source, c.type AS type, c.object AS target""";

    private final Neo4jConnection db;
    private final GraphQueries graph;
    private final EntityStory story;
    private final SuggestionQueries suggestions;
    private final ReaderQueries reader;
    private final SourceQueries sources;

    public ExploreQueries(Neo4jConnection db, GraphQueries graph) {
        this.db = db;
        this.graph = graph;
        this.story = new EntityStory(db);
        this.suggestions = new SuggestionQueries(db);
        this.reader = new ReaderQueries(db);
        this.sources = new SourceQueries(db);
    }

    /** The source filters: outlets and authors, and which relations they back (see {@link SourceQueries}). */
    public SourceQueries sources() {
        return sources;
    }

    /**
     * A search hit: the entity, its full-text score, its relations ({@code degree}) and its PageRank over the whole
     * graph (null until the structure measures have been computed for it).
     */
    public record Hit(String id, String name, String type, String role, double score, long degree, Double pagerank) {
    }

    public record Evidence(String source, String type, String target, List<Map<String, Object>> claims) {
    }

    /**
     * Entities whose name or alias matches {@code text} taken literally; the last word also matches as a prefix
     * (autocomplete). An exact name or alias ranks first, then the most important: PageRank, then degree
     * ({@link NameSearch}).
     */
    public List<Hit> search(String text, int limit) {
        String query = NameSearch.luceneQuery(text);
        if (query.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = Map.of("query", query, "limit", Math.max(limit, NameSearch.CANDIDATES));
        return db.read(tx -> tx.run(SEARCH, params).list(r -> new NameSearch.Candidate(new Hit(
                        r.get("id").asString(), r.get("name").asString(), r.get("type").asString(null),
                        r.get("role").asString(null), r.get("score").asDouble(), r.get("degree").asLong(),
                        r.get("pagerank").isNull() ? null : r.get("pagerank").asDouble()),
                        NameSearch.rank(text, names(r.get("name").asString(), r.get("aliases").asList(Value::asString))))))
                .stream().sorted(NameSearch.ORDER).limit(limit).map(NameSearch.Candidate::hit).toList();
    }

    private static List<String> names(String name, List<String> aliases) {
        List<String> all = new ArrayList<>(aliases);
        all.add(0, name);
        return all;
    }

    private static final String EXISTS = """
            RETURN EXISTS { MATCH (:Entity {id: $id}) } AS found""";

    private static final String ARTICLE_EXISTS = """
            RETURN EXISTS { MATCH (:Article {id: $id}) } AS found""";

    /** Whether an entity has this id (one index lookup). */
    public boolean exists(String id) {
        return db.read(tx -> exists(tx, EXISTS, id));
    }

    private static boolean exists(TransactionContext tx, String query, String id) {
        return tx.run(query, Map.of("id", id)).single().get("found").asBoolean();
    }

    private static void requireEntity(TransactionContext tx, String id) {
        if (!exists(tx, EXISTS, id)) {
            throw noEntity(id);
        }
    }

    /** The id itself, or the entity an analyst merged it into (so old links keep working); not found when neither. */
    static String resolve(TransactionContext tx, String id) {
        String now = EntityIds.resolve(tx, id);
        if (now == null) {
            throw noEntity(id);
        }
        return now;
    }

    private static Problem noEntity(String id) {
        return Problem.notFound("no entity with id '" + id + "'");
    }

    /**
     * Details of one entity (an id merged away answers for the entity it went into; not found when there is none);
     * one transaction for both queries.
     */
    public Map<String, Object> entity(String asked) {
        return entity(asked, 20);
    }

    /** As above, with the {@code articles} that mention it most (of {@code articlesTotal}): an answer for a screen. */
    public Map<String, Object> entity(String asked, int articles) {
        return db.read(tx -> {
            String id = resolve(tx, asked);
            List<Record> rows = tx.run(ENTITY, Map.of("id", id, "articles", articles)).list();
            if (rows.isEmpty()) {
                throw noEntity(id);
            }
            Map<String, Object> entity = new HashMap<>(Rows.map(rows.get(0)));
            Map<String, Object> byType = new java.util.LinkedHashMap<>();
            tx.run(NEIGHBOUR_TYPES, Map.of("id", id))
                    .forEachRemaining(r -> byType.put(r.get("type").asString("Unknown"), r.get("count").asLong()));
            entity.put("neighbourTypes", byType);
            entity.put("neighbours", byType.values().stream().mapToLong(v -> (Long) v).sum());
            return entity;
        });
    }

    /** What changed since a day, or since the last import when {@code since} is null (see {@link DigestQueries}). */
    public DigestQueries.Digest digest(String since) {
        return since == null ? new DigestQueries(db).sinceLastImport() : new DigestQueries(db).since(since);
    }

    /** The entity's relations as a table, strongest first (see {@link EntityStory}). */
    public Map<String, Object> relations(String id, int limit) {
        return story.relations(id, limit);
    }

    /** The sentences that mention the entity and the claims attributed to it (see {@link EntityStory}). */
    public Map<String, Object> mentions(String id, int limit) {
        return story.mentions(id, limit);
    }

    /** Open suggestions whose two ends are both among {@code ids}, the most likely first (see {@link SuggestionQueries}). */
    public List<Map<String, Object>> suggestions(List<String> ids, int limit) {
        return suggestions.among(ids, limit);
    }

    /**
     * The entity and up to {@code limit} neighbours (optionally of some types), with the edges among them, read in
     * one transaction; not found when there is no such entity.
     */
    public GraphQueries.Elements neighbours(String asked, List<String> types, int limit) {
        return neighbours(asked, types, limit, null);
    }

    /**
     * As above, as known on {@code asOf} (YYYY-MM-DD; today when null): only neighbours joined by a claim reported
     * by then, with the edges as they stood.
     */
    public GraphQueries.Elements neighbours(String asked, List<String> types, int limit, String asOf) {
        return db.read(tx -> {
            // the kept ranking answers in O(limit); a type filter or a longer list goes through the edges
            Value ranked = null;
            String id;
            if (types.isEmpty() && limit <= org.newsgraph.load.Degrees.RANKED) {
                Record r = tx.run(NEIGHBOURS_RANKED, Map.of("id", asked, "limit", limit)).single();
                id = r.get("id").asString(null);
                if (id == null) {
                    throw noEntity(asked);
                }
                ranked = r.get("ids");
            } else {
                id = resolve(tx, asked);
            }
            Map<String, Object> p = Map.of("id", id, "types", types, "limit", limit);
            List<String> all = new ArrayList<>((ranked == null || ranked.isNull() ? tx.run(NEIGHBOURS, p).single().get("ids") : ranked)
                    .asList(Value::asString));
            all.add(id);
            GraphQueries.Elements e = graph.elementsAmongAsOf(tx, all, asOf);
            return asOf == null ? e : e.joinedTo(id);
        });
    }

    /**
     * Every claim behind the edge (source, type, target), with its sentence and where the two entities stand; a
     * suggestion only once an analyst decided it (open ones are listed by the Review dialog and drawn dotted).
     */
    public Evidence evidence(String source, RelationType type, String target, int limit) {
        return evidence(source, type, target, limit, null);
    }

    /** As above, with only the claims reported by {@code asOf} (YYYY-MM-DD; all when null). */
    public Evidence evidence(String source, RelationType type, String target, int limit, String asOf) {
        boolean swap = type.symmetric() && source.compareTo(target) > 0;
        String from = swap ? target : source;
        String to = swap ? source : target;
        Map<String, Object> params = new HashMap<>(Map.of("type", type.name(), "source", from, "target", to, "limit", limit));
        params.put("asOf", asOf);
        List<Map<String, Object>> claims = db.read(tx -> tx.run(EVIDENCE, params).list(r -> new HashMap<>(Rows.map(r))));
        // which independent source each claim belongs to (near-copies and one outlet's day count once)
        int[] sources = org.newsgraph.load.IndependentSources.groups(claims.stream()
                .map(c -> new org.newsgraph.load.IndependentSources.Item((String) c.get("sentence"), (String) c.get("outlet"),
                        (String) c.get("published"), (String) c.get("article"))).toList());
        for (int i = 0; i < sources.length; i++) {
            claims.get(i).put("source", sources[i] + 1);
        }
        return new Evidence(from, type.name(), to, claims);
    }

    public record Path(List<String> nodes, List<String> edges, GraphQueries.Elements elements) {
    }

    /**
     * The shortest chain of exploration edges between two entities (at most {@code maxHops}), in one transaction.
     * Not found when either entity does not exist or no such chain links them.
     */
    public Path shortestPath(String from, String to, int maxHops) {
        return shortestPath(from, to, maxHops, null);
    }

    /** As above, over the relations known on {@code asOf} (YYYY-MM-DD; today when null). */
    public Path shortestPath(String from, String to, int maxHops, String asOf) {
        return db.read(tx -> {
            requireEntity(tx, from);
            requireEntity(tx, to);
            Map<String, Object> params = new HashMap<>(Map.of("from", from, "to", to));
            params.put("asOf", asOf);
            List<Record> rows = tx.run(PATH.formatted(maxHops, asOf == null ? "" : PATH_AS_OF), params).list();
            if (rows.isEmpty()) {
                throw new Problem(Problem.Kind.NOT_FOUND, "no path",
                        "no chain of at most " + maxHops + " relations links " + from + " and " + to);
            }
            List<String> ids = rows.get(0).get("ids").asList(Value::asString);
            return new Path(ids, rows.get(0).get("edges").asList(Value::asString), graph.elementsAmongAsOf(tx, ids, asOf));
        });
    }

    /** Up to k shortest paths with filters, each hop with its evidence (see {@link PathQueries}). */
    public PathQueries.Paths paths(String from, String to, int k, int maxHops, PathQueries.Filter filter) {
        return new PathQueries(db, graph).between(from, to, k, maxHops, filter);
    }

    /**
     * Earliest and latest relation dates in the graph (ISO prefixes: 2019, 2023-09, 2023-10-19), the publication days,
     * and the {@code histogram} of events and reports per month (see {@link TimelineHistogram}).
     */
    public Map<String, Object> timeline() {
        return db.read(tx -> {
            Map<String, Object> out = Rows.map(tx.run(TIMELINE).single());
            out.put("histogram", TimelineHistogram.read(tx));
            return out;
        });
    }

    /** The articles in the graph, newest first, with their claim counts. */
    public List<Map<String, Object>> articles() {
        return db.read(tx -> tx.run(ARTICLES).list(Rows::map));
    }

    /** One article to read: its whole text, sentences, claims and mentions (see {@link ReaderQueries}). */
    public ReaderQueries.ArticleText article(String articleId) {
        return reader.article(articleId);
    }

    /** The (source, type, target) edges an article supports: "what did this article add?"; not found without it. */
    public List<Map<String, Object>> articleEdges(String articleId) {
        return db.read(tx -> {
            if (!exists(tx, ARTICLE_EXISTS, articleId)) {
                throw Problem.notFound("no article '" + articleId + "'");
            }
            return tx.run(ARTICLE_EDGES, Map.of("id", articleId)).list(r -> Map.<String, Object>of(
                    "source", r.get("source").asString(), "type", r.get("type").asString(),
                    "target", r.get("target").asString()));
        });
    }
}
