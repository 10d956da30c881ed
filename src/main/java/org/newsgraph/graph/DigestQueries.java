package org.newsgraph.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.db.Neo4jConnection;

/**
 * What changed since a day, for a returning analyst: entities first named in an article published since, edges
 * first reported since, and edges whose status or number of claims changed since — each with its newest evidence.
 * A claim counts from the day its article was published ({@code reported}); rejected claims never count.
 *
 * <p>A new entity is listed only when it is worth a line in a briefing: known to the gazetteer, named (by its name,
 * not a pronoun) in two sentences or more, or reviewed (an analyst edited it or accepted a claim about it). The
 * named-entity recogniser's one-off finds ("College", an outlet read as a person) are counted apart.
 *
 * <p>Without a day, the digest starts from the last import: the earliest publication day among the articles the
 * newest load brought ({@code Article.loaded}), so an imported archive is not an empty digest.
 */
public final class DigestQueries {
    /** At most this many entities and this many edges in one digest. */
    static final int MAX_ROWS = 500;

    /** Entities first named since, each with what speaks for it: the gazetteer, how often it is named, a review. */
    private static final String NEW_ENTITY_CANDIDATES = """
            MATCH (e:Entity)<-[:MENTIONS]-(:Sentence)-[:IN]->(a:Article) WHERE a.published IS NOT NULL
            WITH e, min(a.published) AS first WHERE first >= $since
            CALL { WITH e
              MATCH (e)<-[m:MENTIONS]-(s:Sentence) WHERE coalesce(m.kind, 'NAME') IN ['NAME', 'ADJECTIVE', 'COMPOUND']
              RETURN count(DISTINCT s) AS named }
            WITH e, first, named, NOT coalesce(e.discovered, false) AS known,
                 coalesce(e.rev, 0) > 0
                 OR EXISTS { MATCH (e)<-[:SUBJECT|OBJECT]-(c:Claim) WHERE c.verdict IN ['accepted', 'corrected'] } AS reviewed
            WITH e, first, named, known, reviewed, known OR named >= 2 OR reviewed AS listed
            """;

    /** The listed ones, each with the sentence and article that first named it. */
    private static final String NEW_ENTITIES = NEW_ENTITY_CANDIDATES + """
            WITH e, first, named, known, reviewed WHERE listed
            ORDER BY first, e.name LIMIT $max
            CALL { WITH e, first
              MATCH (e)<-[:MENTIONS]-(s:Sentence)-[:IN]->(a:Article {published: first})
              WITH s, a ORDER BY a.id, s.index LIMIT 1
              RETURN {article: a.id, title: a.title, outlet: a.outlet, published: a.published, url: a.url,
                      sentenceId: s.id, sentence: s.text} AS firstNamed }
            RETURN e.id AS id, e.name AS name, e.type AS type, first, known, named, reviewed, firstNamed
            ORDER BY first, name""";

    private static final String NEW_ENTITIES_LEFT_OUT = NEW_ENTITY_CANDIDATES + """
            WITH e WHERE NOT listed
            RETURN count(e) AS n""";

    /** The newest load's stamp, and the earliest publication day among the articles it brought. */
    private static final String LAST_IMPORT = """
            OPTIONAL MATCH (x:Article) WITH max(x.loaded) AS last
            MATCH (a:Article) WHERE (last IS NULL OR a.loaded = last) AND a.published IS NOT NULL
            RETURN last, min(a.published) AS since, count(a) AS articles""";

    /** The edge's status from the claims of list {@code claims}; null for none (no claims before the day). */
    private static String status(String claims) {
        return "CASE WHEN size(" + claims + ") = 0 THEN null ELSE "
                + org.newsgraph.model.Status.strongestIn("[c IN " + claims + " | c.status]") + " END";
    }

    private static final String CHANGED_EDGES = """
            MATCH (c:Claim) WHERE c.reported >= $since AND ((c.verdict IS NULL OR c.verdict <> 'rejected') AND c.status <> 'suggested')
            WITH DISTINCT c.subject AS source, c.type AS type, c.object AS target
            MATCH (s:Entity {id: source})<-[:SUBJECT]-(c:Claim {type: type})-[:OBJECT]->(t:Entity {id: target})
            WHERE (c.verdict IS NULL OR c.verdict <> 'rejected') AND c.status <> 'suggested'
            MATCH (c)-[:STATED_IN]->(x:Sentence)-[:IN]->(a:Article)
            WITH s, t, type, c, x, a ORDER BY c.reported DESC, c.id
            WITH s, t, type, collect(c) AS cs, head(collect({sentence: x.text, title: a.title, outlet: a.outlet,
                 published: a.published, url: a.url, article: a.id, sentenceId: x.id})) AS newest
            WITH s, t, type, cs, newest, [c IN cs WHERE c.reported < $since] AS before
            RETURN s.id AS source, s.name AS sourceName, type, t.id AS target, t.name AS targetName,
                   size(before) AS claimsBefore, size(cs) AS claimsNow,
                   %s AS statusBefore, %s AS statusNow, newest,
                   CASE WHEN size(before) = 0 THEN 'new' ELSE 'changed' END AS change
            ORDER BY change DESC, claimsNow DESC, sourceName, type LIMIT $max""".formatted(
            status("before"), status("cs"));

    /** Where a digest's day came from: the request, or the last import. */
    public static final String FROM_REQUEST = "request";
    public static final String FROM_LAST_IMPORT = "last import";

    private final Neo4jConnection db;

    public DigestQueries(Neo4jConnection db) {
        this.db = db;
    }

    /**
     * The digest since {@code since} (YYYY-MM-DD, inclusive); {@code sinceFrom} says where that day came from and
     * {@code lastImport} when the newest load was (null when the store does not know); {@code entitiesLeftOut}
     * counts the new entities not listed (found once by the recogniser, not in the gazetteer, not reviewed).
     */
    public record Digest(String since, String sinceFrom, String lastImport, List<Map<String, Object>> entities,
                         long entitiesLeftOut, List<Map<String, Object>> edges) {
        public Digest(String since, List<Map<String, Object>> entities, List<Map<String, Object>> edges) {
            this(since, FROM_REQUEST, null, entities, 0, edges);
        }
    }

    /** The last import: when it was (null when unknown) and the day its digest starts (today without articles). */
    public record LastImport(String at, String since, long articles) {
    }

    public LastImport lastImport() {
        return db.read(tx -> {
            var rows = tx.run(LAST_IMPORT).list();
            String today = LocalDate.now().toString();
            if (rows.isEmpty() || rows.get(0).get("since").isNull()) {
                return new LastImport(null, today, 0);
            }
            var r = rows.get(0);
            String since = r.get("since").asString();
            // a publication day the metadata put in the future is no day to start from
            return new LastImport(r.get("last").asString(null), since.compareTo(today) > 0 ? today : since,
                    r.get("articles").asLong());
        });
    }

    /** The digest since the last import (see {@link #lastImport()}). */
    public Digest sinceLastImport() {
        LastImport last = lastImport();
        return since(last.since(), FROM_LAST_IMPORT, last.at());
    }

    public Digest since(String since) {
        return since(since, FROM_REQUEST, lastImport().at());
    }

    private Digest since(String since, String from, String lastImport) {
        return db.read(tx -> {
            Map<String, Object> p = Map.of("since", since, "max", MAX_ROWS);
            List<Map<String, Object>> entities = tx.run(NEW_ENTITIES, p).list(r -> r.asMap());
            long leftOut = tx.run(NEW_ENTITIES_LEFT_OUT, p).single().get("n").asLong();
            List<Map<String, Object>> edges = new ArrayList<>();
            for (Map<String, Object> e : tx.run(CHANGED_EDGES, p).list(r -> r.asMap())) {
                boolean sameStatus = java.util.Objects.equals(e.get("statusBefore"), e.get("statusNow"));
                if (!"new".equals(e.get("change")) && sameStatus && e.get("claimsBefore").equals(e.get("claimsNow"))) {
                    continue;
                }
                edges.add(e);
            }
            return new Digest(since, from, lastImport, entities, leftOut, edges);
        });
    }
}
