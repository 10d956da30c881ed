package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.newsgraph.load.IndependentSources;

/**
 * Source filters: which relations are backed by an outlet, an article, an author, and by how many independent
 * sources. A relation counts as backed when at least one of its claims (open suggestions and rejected claims never)
 * was read in an article that matches every filter given; its independent sources are counted among those claims the
 * way the loader counts them ({@link IndependentSources}: one article, one outlet on one day, or a reprinted text
 * count once), so "at least 2 independent sources" with an outlet means two independent reports of that outlet.
 */
public final class SourceQueries {
    /** Relations one request may ask about. */
    public static final int MAX_EDGES = 5000;

    private static final String OUTLETS = """
            MATCH (a:Article) WHERE a.outlet IS NOT NULL AND a.outlet <> ''
            RETURN a.outlet AS name, count(a) AS articles ORDER BY toLower(name), name""";

    private static final String AUTHORS = """
            MATCH (a:Article) WHERE a.author IS NOT NULL AND a.author <> ''
            RETURN a.author AS name, count(a) AS articles ORDER BY toLower(name), name""";

    /**
     * The claims behind each relation (source, type, target) that match the filters, with what the independent-source
     * count needs. The claim_triple index finds each relation's claims.
     */
    private static final String BACKING = """
            UNWIND $edges AS e
            MATCH (c:Claim {type: e.type, subject: e.source, object: e.target})
            WHERE c.status <> 'suggested' AND (c.verdict IS NULL OR c.verdict <> 'rejected')
              AND ($asOf IS NULL OR c.reported <= $asOf)
            MATCH (c)-[:STATED_IN]->(s:Sentence)-[:IN]->(a:Article)
            WHERE ($outlet IS NULL OR a.outlet = $outlet) AND ($article IS NULL OR a.id = $article)
              AND ($author IS NULL OR a.author = $author)
            RETURN e.key AS key, collect({text: s.text, outlet: a.outlet, day: c.reported, article: a.id}) AS claims""";

    private final org.newsgraph.db.Neo4jConnection db;

    public SourceQueries(org.newsgraph.db.Neo4jConnection db) {
        this.db = db;
    }

    /** One relation by its ends and type. */
    public record Edge(String source, String type, String target) {
        public String key() {
            return source + "|" + type + "|" + target;
        }
    }

    /** What to keep: any of outlet, article, author (null: any), and at least {@code minSources} independent sources. */
    public record Filter(String outlet, String article, String author, int minSources, String asOf) {
    }

    /** A relation that passes: its key, the claims that back it so, and how many independent sources they are. */
    public record Backed(String key, int claims, int sources) {
    }

    /** The outlets and authors of the articles, each with how many articles it has: the choices of the filters. */
    public Map<String, Object> sources() {
        return db.read(tx -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("outlets", tx.run(OUTLETS).list(Rows::map));
            out.put("authors", tx.run(AUTHORS).list(Rows::map));
            return out;
        });
    }

    /** The relations among {@code edges} that the filter keeps, in the order asked. */
    public List<Backed> backed(List<Edge> edges, Filter f) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Edge e : edges) {
            rows.add(Map.of("key", e.key(), "source", e.source(), "type", e.type(), "target", e.target()));
        }
        Map<String, Object> p = new HashMap<>();
        p.put("edges", rows);
        p.put("outlet", f.outlet());
        p.put("article", f.article());
        p.put("author", f.author());
        p.put("asOf", f.asOf());
        Map<String, Backed> byKey = new HashMap<>();
        db.read(tx -> tx.run(BACKING, p).list()).forEach(r -> {
            List<IndependentSources.Item> items = r.get("claims").asList((Value v) -> new IndependentSources.Item(
                    v.get("text").asString(""), v.get("outlet").asString(null), v.get("day").asString(null),
                    v.get("article").asString(null)));
            int sources = IndependentSources.count(IndependentSources.groups(items));
            if (sources >= f.minSources()) {
                byKey.put(r.get("key").asString(), new Backed(r.get("key").asString(), items.size(), sources));
            }
        });
        List<Backed> out = new ArrayList<>();
        for (Edge e : edges) {
            Backed b = byKey.remove(e.key()); // each relation once, even when asked twice
            if (b != null) {
                out.add(b);
            }
        }
        return out;
    }
}
