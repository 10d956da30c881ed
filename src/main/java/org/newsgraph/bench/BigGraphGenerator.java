package org.newsgraph.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.RelationType;

/**
 * Writes a large graph with the product's model straight into the database (no extraction), for API and
 * start-up benchmarks: entities with Zipf-distributed links, articles, one sentence per claim (mentioning both
 * ends), claims with their SUBJECT/OBJECT/STATED_IN links, and the exploration edges aggregated from them.
 * Deterministic for a given seed. Relationships ≈ 6.9 × claims (IN, STATED_IN, SUBJECT, OBJECT, 2 MENTIONS,
 * plus about one edge per claim).
 */
public final class BigGraphGenerator {
    private static final int BATCH = 10_000;
    private static final String[] OUTLETS = {"Tages-Anzeiger", "Süddeutsche Zeitung", "FAZ", "Die Zeit", "Der Spiegel", "NZZ",
            "taz", "Deutsche Welle", "IPPEN.MEDIA", "Die Welt", "Handelsblatt", "Stern", "Focus", "RND", "ZDF", "ARD"};
    private static final String[] STATUSES = {"fact", "fact", "fact", "reported", "reported", "speculative", "denied"};

    private static final String ENTITIES = """
            UNWIND $rows AS r
            CREATE (e:Entity {id: r.id, name: r.name, type: r.type, aliases: [r.name], aliasText: r.name, discovered: false})
            SET e:$(r.type)""";
    private static final String ARTICLES = """
            UNWIND $rows AS r
            CREATE (:Article {id: r.id, title: r.title, outlet: r.outlet, published: r.published, language: 'de'})""";
    private static final String CLAIMS = """
            UNWIND $rows AS r
            MATCH (a:Article {id: r.article}), (s:Entity {id: r.subject}), (o:Entity {id: r.object})
            CREATE (sen:Sentence {id: r.id + '#s', article: r.article, index: r.index, text: r.text, start: 0, end: size(r.text)})
            CREATE (sen)-[:IN]->(a)
            CREATE (sen)-[:MENTIONS {surface: s.name, start: 0, end: size(s.name), kind: 'name'}]->(s)
            CREATE (sen)-[:MENTIONS {surface: o.name, start: r.objectAt, end: r.objectAt + size(o.name), kind: 'name'}]->(o)
            CREATE (c:Claim {id: r.id, type: r.type, subject: r.subject, object: r.object, status: r.status, date: r.date,
                             article: r.article, outlet: r.outlet, confidence: 0.8})
            CREATE (c)-[:STATED_IN]->(sen), (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)""";
    private static final String EDGES = """
            UNWIND $rows AS r
            MATCH (s:Entity {id: r.subject}), (o:Entity {id: r.object})
            CREATE (s)-[e:$(r.type)]->(o)
            SET e += r.props""";

    private final Neo4jConnection db;
    private final Random random;

    public BigGraphGenerator(Neo4jConnection db, long seed) {
        this.db = db;
        this.random = new Random(seed);
    }

    public record Counts(long entities, long articles, long claims, long edges, long relationships, long millis) {
    }

    /** Writes {@code entities} entities and {@code claims} claims (25 per article). */
    public Counts generate(int entities, int claims, Consumer<String> progress) {
        long t0 = System.nanoTime();
        EntityType[] types = {EntityType.Person, EntityType.Person, EntityType.Person, EntityType.Country,
                EntityType.Organization, EntityType.Place, EntityType.Weapon};
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < entities; i++) {
            String type = types[i % types.length].label();
            rows.add(Map.of("id", "g" + i, "name", nameOf(i, types), "type", type));
        }
        write(ENTITIES, rows, progress, "entities");
        int articles = Math.max(1, claims / 25);
        rows.clear();
        for (int i = 0; i < articles; i++) {
            rows.add(Map.of("id", "gen" + i + ".txt", "title", "Bericht " + i, "outlet", OUTLETS[i % OUTLETS.length],
                    "published", String.format("%d-%02d-%02d", 2015 + i % 10, 1 + i % 12, 1 + i % 28)));
        }
        write(ARTICLES, rows, progress, "articles");
        RelationType[] relations = RelationType.values();
        Map<String, Edge> edges = new HashMap<>();
        rows.clear();
        for (int i = 0; i < claims; i++) {
            int s = zipf(entities);
            int o = zipf(entities);
            if (o == s) {
                o = (s + 1) % entities;
            }
            RelationType type = relations[random.nextInt(relations.length)];
            if (type.symmetric() && ("g" + s).compareTo("g" + o) > 0) {
                int t = s;
                s = o;
                o = t;
            }
            String article = "gen" + (i / 25) + ".txt";
            String date = String.format("%d-%02d", 2015 + random.nextInt(10), 1 + random.nextInt(12));
            String status = STATUSES[random.nextInt(STATUSES.length)];
            String sName = nameOf(s, types);
            String oName = nameOf(o, types);
            String text = sName + " und " + oName + " " + type.name().toLowerCase() + " laut Bericht " + i + ".";
            Map<String, Object> r = new HashMap<>();
            r.put("id", article + "#c" + (i % 25));
            r.put("article", article);
            r.put("index", i % 25);
            r.put("subject", "g" + s);
            r.put("object", "g" + o);
            r.put("objectAt", sName.length() + 5);
            r.put("type", type.name());
            r.put("status", status);
            r.put("date", date);
            r.put("outlet", OUTLETS[(i / 25) % OUTLETS.length]);
            r.put("text", text);
            rows.add(r);
            edges.computeIfAbsent(type.name() + "|g" + s + "|g" + o, k -> new Edge()).add(article, (String) r.get("outlet"), date, status);
            if (rows.size() == BATCH) {
                write(CLAIMS, rows, null, null);
                progress.accept("claims: " + (i + 1));
            }
        }
        write(CLAIMS, rows, null, null);
        List<Map<String, Object>> edgeRows = new ArrayList<>();
        for (Map.Entry<String, Edge> e : edges.entrySet()) {
            String[] k = e.getKey().split("\\|");
            edgeRows.add(Map.of("type", k[0], "subject", k[1], "object", k[2], "props", e.getValue().props()));
        }
        write(EDGES, edgeRows, progress, "edges");
        long rels = (long) claims * 6 + edges.size();
        return new Counts(entities, articles, claims, edges.size(), rels, (System.nanoTime() - t0) / 1_000_000);
    }

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "ven", "tor", "sa", "dul", "bri", "nek", "ol",
            "gan", "pe", "shu", "zin", "mar", "ko", "vi", "bel", "ta"};

    /** A distinct two-word name per index ("Kalomi Venrator"), so full-text search behaves as on real names. */
    static String nameOf(int i, EntityType[] types) {
        return word(i) + " " + word(i * 7 + 3 + i / SYLLABLES.length);
    }

    private static String word(int n) {
        StringBuilder b = new StringBuilder();
        int v = n;
        do {
            b.append(SYLLABLES[v % SYLLABLES.length]);
            v /= SYLLABLES.length;
        } while (v > 0);
        if (b.length() < 4) {
            b.append("ra");
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    /** Zipf-like: index ~ n^u, so low indexes (hubs) come up far more often. */
    private int zipf(int n) {
        int i = (int) Math.floor(Math.pow(n, random.nextDouble())) - 1;
        return Math.max(0, Math.min(n - 1, i));
    }

    private void write(String cypher, List<Map<String, Object>> rows, Consumer<String> progress, String what) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Map<String, Object>> batch = List.copyOf(rows.subList(from, Math.min(rows.size(), from + BATCH)));
            db.write(tx -> tx.run(cypher, Map.of("rows", batch)).consume());
            if (progress != null && what != null && (from / BATCH) % 10 == 9) {
                progress.accept(what + ": " + (from + batch.size()));
            }
        }
        if (progress != null && what != null) {
            progress.accept(what + ": " + rows.size());
        }
        rows.clear();
    }

    /** What an exploration edge aggregates from its claims. */
    private static final class Edge {
        final TreeSet<String> articles = new TreeSet<>();
        final TreeSet<String> outlets = new TreeSet<>();
        String first;
        String last;
        String status = "denied";
        int claims;

        void add(String article, String outlet, String date, String claimStatus) {
            claims++;
            articles.add(article);
            outlets.add(outlet);
            first = first == null || date.compareTo(first) < 0 ? date : first;
            last = last == null || date.compareTo(last) > 0 ? date : last;
            if (!claimStatus.equals("denied") && (status.equals("denied") || claimStatus.equals("fact"))) {
                status = claimStatus;
            }
        }

        Map<String, Object> props() {
            Map<String, Object> p = new HashMap<>();
            p.put("claims", claims);
            p.put("articles", articles.size());
            p.put("articleIds", new ArrayList<>(articles).subList(0, Math.min(50, articles.size())));
            p.put("outlets", new ArrayList<>(outlets));
            p.put("sources", outlets.size());
            p.put("firstDate", first);
            p.put("lastDate", last);
            p.put("status", status);
            p.put("disputed", false);
            p.put("confidence", 0.8);
            return p;
        }
    }
}
