package org.newsgraph.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.model.Problem;
import org.newsgraph.model.RelationType;
import org.newsgraph.model.Status;

/**
 * Up to k shortest chains of relations between two entities (Yen's algorithm over chains of entities), each hop
 * with the relations that join its two entities and their best evidence, the weakest hop marked.
 *
 * <p>A path is a sequence of distinct entities; two paths differ when their entities differ (parallel relations
 * between the same two entities make one hop, not several paths). Each search for a piece of a path is one bounded
 * {@code SHORTEST 1} over the exploration edges — claims, sentences and suggestions are never shortcuts, and an open
 * suggestion makes no edge at all — with the filters applied while the search runs (relationship predicates inside
 * the pattern), so a filter narrows the search instead of sorting through its results. Bounded: at most
 * {@code 1 + (k - 1) * maxHops} searches of at most {@code maxHops} steps, in one read transaction that Neo4j ends after
 * {@link #TIMEOUT} (then 408). There is no "what was found so far" answer: the same question always gets the same
 * paths (answers are kept, web/AnswerCache), however busy the machine was when it was first asked.
 *
 * <p>A hop's strength is that of its best relation: its independent sources (near-copies and one outlet's day count
 * once), then its confidence (the best of its claims), then its claims. The weakest hop of a path is the one with the
 * fewest independent sources, then the lowest confidence.
 */
public final class PathQueries {
    /** Paths an answer holds at most. */
    public static final int MAX_PATHS = 5;
    /** The longest chain searched for. */
    public static final int MAX_HOPS = 8;
    /** Evidence sentences listed per relation of a hop. */
    static final int EVIDENCE_PER_RELATION = 2;
    /** Relations listed per hop (the strongest first). */
    static final int RELATIONS_PER_HOP = 6;
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    /**
     * What a relationship {@code %1$s} must be to count: of a type, a status and reported by a day the filter allows.
     * The filter comes as parameters, all of them always (all types, all statuses, no day: {@link Filter#params}), so
     * every request of one length shares one query text and one plan: planning a SHORTEST pattern took seconds on a
     * busy machine, once per text and parameter shape (see {@link #padded}).
     */
    private static final String ALLOWED = """
            type(%1$s) IN $types AND %1$s.status IN $statuses AND coalesce(%1$s.firstReported, $undated) <= $asOf""";

    /**
     * The shortest chain from {@code $ends[0]} (the spur) to {@code $ends[1]} whose first step does not go to {@code $banned} and that
     * never enters {@code $blocked}: the spur search of Yen's algorithm (without bans, the shortest path). %1$s: the
     * predicate on the first relationship, %2$s: the rest of the pattern ({@link #REST} or, for one step,
     * {@link #ONE_STEP}). The bound of the steps after the first is the request's, the same for every spur search; a
     * chain longer than a spur may take is dropped afterwards (SHORTEST finds the shortest, so there is no shorter).
     * Only exploration edges (the whitelist's types) are walked: claims, sentences and suggestions are no shortcuts.
     */
    private static final String SPUR = RelationType.expand("""
            MATCH p = SHORTEST 1 (s:Entity {id: $ends[0]})-[first:EXPLORATION WHERE %1$s]-%2$s
            RETURN [x IN nodes(p) | x.id] AS ids""");

    /** After the first step: up to %2$d more (predicate on {@code r}: %1$s), to {@code $ends[1]}. */
    private static final String REST = RelationType.expand("""
            (n:Entity WHERE NOT n.id IN $blocked AND NOT n.id IN $banned)
                      ((:Entity)-[r:EXPLORATION WHERE %1$s]-(y:Entity WHERE NOT y.id IN $blocked)){0,%2$d}
                      (t:Entity {id: $ends[1]})""");

    /** One step only: it ends at {@code $ends[1]}. */
    private static final String ONE_STEP = """
            (t:Entity {id: $ends[1]} WHERE NOT t.id IN $blocked AND NOT t.id IN $banned)""";

    /** The relations between each two neighbouring entities of the paths (either way), the strongest first. */
    private static final String HOPS = RelationType.expand("""
            UNWIND $pairs AS pair
            MATCH (a:Entity {id: pair[0]})-[r:EXPLORATION]-(b:Entity {id: pair[1]})
            WHERE %s
            WITH pair, r, startNode(r).id AS source, endNode(r).id AS target
            ORDER BY coalesce(r.independentSources, 0) DESC, coalesce(r.confidence, 0.0) DESC, r.claims DESC, type(r)
            WITH pair, collect({id: elementId(r), type: type(r), source: source, target: target, status: r.status,
                               claims: r.claims, articles: r.articles, outlets: r.sources,
                               independentSources: coalesce(r.independentSources, 0), confidence: r.confidence,
                               firstDate: r.firstDate, lastDate: r.lastDate, disputed: coalesce(r.disputed, false)}) AS relations
            RETURN pair, relations[0..$perHop] AS relations, size(relations) AS total""").formatted(ALLOWED.formatted("r"));

    /**
     * Each relation's best evidence: claims that count towards it (no open suggestion, none rejected), the most
     * confident first, then the newest; both ends' spans in the sentence as offsets within it.
     */
    private static final String EVIDENCE = """
            UNWIND $relations AS rel
            CALL {
              WITH rel
              MATCH (c:Claim {type: rel.type, subject: rel.source, object: rel.target})-[:STATED_IN]->(s:Sentence)-[:IN]->(a:Article)
              WHERE c.status <> 'suggested' AND (c.verdict IS NULL OR c.verdict <> 'rejected')
                AND ($asOf IS NULL OR c.reported <= $asOf)
              WITH rel, c, s, a ORDER BY coalesce(c.confidence, 0.0) DESC, a.published DESC, a.id, s.index LIMIT $perRelation
              RETURN collect({claim: c.id, status: c.status, date: c.date, attributedTo: c.attributedTo,
                              sentence: s.text, sentenceId: s.id, article: a.id, title: a.title, outlet: a.outlet,
                              published: a.published, url: a.url,
                              marks: COLLECT { MATCH (s)-[m:MENTIONS]->(e:Entity) WHERE e.id IN [rel.source, rel.target]
                                               RETURN {entity: e.id, start: m.start - s.start, end: m.end - s.start} }}) AS evidence
            }
            RETURN rel.id AS id, evidence""";

    private static final String EXISTS = """
            RETURN EXISTS { MATCH (:Entity {id: $id}) } AS found""";

    private final Neo4jConnection db;
    private final GraphQueries graph;

    public PathQueries(Neo4jConnection db, GraphQueries graph) {
        this.db = db;
        this.graph = graph;
    }

    /**
     * What the paths may run through: relation types (empty: all), statuses (empty: all but suggested, which makes
     * no edge), and as known on a day (null: today; then a relation counts from the day it was first reported).
     */
    public record Filter(List<RelationType> types, List<Status> statuses, String asOf) {
        public Filter {
            types = List.copyOf(types);
            statuses = List.copyOf(statuses);
            if (statuses.contains(Status.suggested)) {
                throw Problem.invalid("bad parameter", "suggested is no status of a relation: a suggestion makes no edge");
            }
        }

        public static Filter none() {
            return new Filter(List.of(), List.of(), null);
        }

        /**
         * The filter as the parameters of {@link #ALLOWED}: the types (whitelist names only) and statuses allowed, all
         * when none is named; a relation counts as known on {@code $asOf} from the day it was first reported (one
         * without that day: today only).
         */
        Map<String, Object> params() {
            Map<String, Object> p = new HashMap<>();
            p.put("types", padded((types.isEmpty() ? List.of(RelationType.values()) : types).stream().map(Enum::name).distinct()
                    .toList(), LONG_LIST, ""));
            p.put("statuses", padded((statuses.isEmpty() ? Status.OF_EDGES : statuses).stream().map(Enum::name).distinct().toList(),
                    SHORT_LIST, ""));
            p.put("asOf", asOf == null ? LAST_DAY : asOf);
            p.put("undated", asOf == null ? FIRST_DAY : LAST_DAY);
            return p;
        }
    }

    /** A day after every reporting day. */
    private static final String LAST_DAY = "9999-12-31";
    /** A day before every reporting day (as long as a day: strings too are planned by their size class). */
    private static final String FIRST_DAY = "0000-00-00";
    /**
     * Neo4j keeps a plan per query text and per size class of each list (and string) parameter (measured on 5.26: 1, 2–10, 11–100
     * entries — a first plan of the spur search took 1.3 to 3.7 s on a loaded machine, a cached one 10–50 ms). So the
     * lists are filled up to the smallest size of one class with values that match nothing (no id, type or status is
     * empty): the ids of a spur search to {@value #SHORT_LIST} (they stay below 11: a path's entities, k - 1 bans), the
     * types and the hops' pairs and relations to {@value #LONG_LIST}; every request then runs on the same few plans,
     * which the server's warm-up makes at start.
     */
    static <T> List<T> padded(List<T> list, int min, T filler) {
        if (list.size() >= min) {
            return list;
        }
        List<T> out = new ArrayList<>(list);
        while (out.size() < min) {
            out.add(filler);
        }
        return out;
    }

    private static final int SHORT_LIST = 2;
    private static final int LONG_LIST = 11;

    /** One hop: two neighbouring entities of a path and the relations that join them (the strongest first). */
    public record Hop(String from, String to, List<Map<String, Object>> relations, long total, long independentSources,
                      double confidence) {
    }

    /** One path: its entities in order, its hops, the index of its weakest hop and the ids of its relations. */
    public record Path(List<String> nodes, List<Hop> hops, int weakest, List<String> edges) {
    }

    /**
     * The answer: the paths (shortest first; of equal length, the one whose weakest hop is strongest first), the
     * entities' names, the Cytoscape elements to draw them, and whether the search ran to its end.
     */
    public record Paths(String from, String to, int k, int maxHops, List<String> types, List<String> statuses,
                        List<Path> paths, Map<String, String> names, GraphQueries.Elements elements) {
    }

    /**
     * Up to {@code k} shortest paths of at most {@code maxHops} relations between two entities, with the filter;
     * not found when either entity does not exist; an empty list when no path links them.
     */
    public Paths between(String from, String to, int k, int maxHops, Filter filter) {
        if (from.equals(to)) {
            throw Problem.invalid("bad parameter", "from and to are the same entity");
        }
        try {
            return db.read(tx -> search(tx, from, to, k, maxHops, filter), TIMEOUT);
        } catch (ClientException e) {
            if (String.valueOf(e.code()).contains("TransactionTimedOut") || String.valueOf(e.code()).contains("Terminated")) {
                throw new Problem(Problem.Kind.TIMED_OUT, "timed out",
                        "the paths took longer than " + TIMEOUT.toSeconds() + " s: try fewer hops or a relation-type filter");
            }
            throw e;
        }
    }

    private Paths search(TransactionContext tx, String from, String to, int k, int maxHops, Filter filter) {
        for (String id : List.of(from, to)) {
            if (!tx.run(EXISTS, Map.of("id", id)).single().get("found").asBoolean()) {
                throw Problem.notFound("no entity with id '" + id + "'");
            }
        }
        List<List<String>> found = new ArrayList<>();
        List<List<String>> candidates = new ArrayList<>();
        List<String> first = spur(tx, from, to, List.of(), List.of(), maxHops, maxHops, filter);
        if (first != null) {
            found.add(first);
        }
        // Yen: each next path leaves a path found before at one of its entities (the spur), by a step no path with
        // the same beginning took, and never comes back to that beginning
        while (!found.isEmpty() && found.size() < k) {
            List<String> last = found.get(found.size() - 1);
            for (int i = 0; i < last.size() - 1; i++) {
                List<String> root = last.subList(0, i + 1);
                Set<String> banned = new HashSet<>();
                for (List<String> p : found) {
                    if (p.size() > i + 1 && p.subList(0, i + 1).equals(root)) {
                        banned.add(p.get(i + 1));
                    }
                }
                List<String> rest = spur(tx, root.get(i), to, root, new ArrayList<>(banned), maxHops - i, maxHops, filter);
                if (rest == null) {
                    continue;
                }
                List<String> candidate = new ArrayList<>(root.subList(0, i));
                candidate.addAll(rest);
                if (!found.contains(candidate) && !candidates.contains(candidate)) {
                    candidates.add(candidate);
                }
            }
            if (candidates.isEmpty()) {
                break;
            }
            List<String> next = candidates.stream().min(Comparator.comparingInt(List::size)).orElseThrow();
            candidates.remove(next);
            found.add(next);
        }
        return describe(tx, from, to, k, maxHops, filter, found);
    }

    /**
     * The shortest chain of at most {@code hops} relations from {@code spur} to {@code to} that enters none of
     * {@code blocked} (the spur itself among them) and whose first step goes to none of {@code banned}; null if none.
     */
    private static List<String> spur(TransactionContext tx, String spur, String to, List<String> blocked, List<String> banned,
                                     int hops, int maxHops, Filter filter) {
        if (hops < 1) {
            return null;
        }
        Map<String, Object> params = filter.params();
        params.put("ends", List.of(spur, to)); // in a list: a string's length would choose its plan (its size class)
        params.put("blocked", padded(blocked, SHORT_LIST, ""));
        params.put("banned", padded(banned, SHORT_LIST, ""));
        String rest = maxHops == 1 ? ONE_STEP : REST.formatted(ALLOWED.formatted("r"), maxHops - 1);
        String query = SPUR.formatted(ALLOWED.formatted("first"), rest);
        List<org.neo4j.driver.Record> rows = tx.run(query, params).list();
        List<String> ids = rows.isEmpty() ? null : rows.get(0).get("ids").asList(Value::asString);
        return ids == null || ids.size() - 1 > hops ? null : ids;
    }

    private Paths describe(TransactionContext tx, String from, String to, int k, int maxHops, Filter filter,
                           List<List<String>> found) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>(List.of(from, to));
        for (List<String> p : found) {
            ids.addAll(p);
            for (int i = 0; i + 1 < p.size(); i++) {
                pairs.add(List.of(p.get(i), p.get(i + 1)));
            }
        }
        Map<String, Object> params = filter.params();
        params.put("pairs", padded(new ArrayList<>(pairs), LONG_LIST, List.of("", "")));
        params.put("perHop", RELATIONS_PER_HOP);
        Map<List<String>, List<Map<String, Object>>> relations = new HashMap<>();
        Map<List<String>, Long> totals = new HashMap<>();
        tx.run(HOPS, params).forEachRemaining(r -> {
            List<String> pair = r.get("pair").asList(Value::asString);
            relations.put(pair, r.get("relations").asList(v -> new LinkedHashMap<>(v.asMap(Rows::plain))));
            totals.put(pair, r.get("total").asLong());
        });
        List<Map<String, Object>> asked = relations.values().stream().flatMap(List::stream)
                .map(m -> Map.<String, Object>of("id", m.get("id"), "type", m.get("type"), "source", m.get("source"),
                        "target", m.get("target"))).toList();
        Map<String, Object> evidenceParams = new HashMap<>();
        evidenceParams.put("relations", padded(asked, LONG_LIST, Map.of("id", "", "type", "", "source", "", "target", "")));
        evidenceParams.put("perRelation", EVIDENCE_PER_RELATION);
        evidenceParams.put("asOf", filter.asOf());
        Map<String, Object> evidence = new HashMap<>();
        tx.run(EVIDENCE, evidenceParams).forEachRemaining(r -> evidence.put(r.get("id").asString(), Rows.plain(r.get("evidence"))));
        relations.values().forEach(list -> list.forEach(m -> m.put("evidence", evidence.getOrDefault(m.get("id"), List.of()))));

        List<Path> paths = new ArrayList<>();
        for (List<String> p : found) {
            List<Hop> hops = new ArrayList<>();
            List<String> edges = new ArrayList<>();
            for (int i = 0; i + 1 < p.size(); i++) {
                List<String> pair = List.of(p.get(i), p.get(i + 1));
                List<Map<String, Object>> rels = relations.getOrDefault(pair, List.of());
                Map<String, Object> best = rels.isEmpty() ? Map.of() : rels.get(0);
                hops.add(new Hop(pair.get(0), pair.get(1), rels, totals.getOrDefault(pair, 0L),
                        ((Number) best.getOrDefault("independentSources", 0L)).longValue(),
                        best.get("confidence") instanceof Number n ? n.doubleValue() : 0.0));
                rels.forEach(m -> edges.add((String) m.get("id")));
            }
            int weakest = 0;
            for (int i = 1; i < hops.size(); i++) {
                if (WEAKER.compare(hops.get(i), hops.get(weakest)) < 0) {
                    weakest = i;
                }
            }
            paths.add(new Path(List.copyOf(p), hops, weakest, edges));
        }
        paths.sort(Comparator.<Path>comparingInt(x -> x.hops().size())
                .thenComparing((a, b) -> WEAKER.compare(b.hops().get(b.weakest()), a.hops().get(a.weakest()))));
        GraphQueries.Elements elements = graph.elementsAmongAsOf(tx, new ArrayList<>(ids), filter.asOf());
        Map<String, String> names = new LinkedHashMap<>();
        for (Map<String, Object> n : elements.nodes()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> d = (Map<String, Object>) n.get("data");
            names.put((String) d.get("id"), (String) d.get("name"));
        }
        return new Paths(from, to, k, maxHops, filter.types().stream().map(Enum::name).toList(),
                filter.statuses().stream().map(Enum::name).toList(), paths, names, elements);
    }

    /** Weaker first: fewer independent sources, then lower confidence, then fewer claims of its best relation. */
    static final Comparator<Hop> WEAKER = Comparator.comparingLong(Hop::independentSources)
            .thenComparingDouble(Hop::confidence)
            .thenComparingLong(h -> h.relations().isEmpty() ? 0L : ((Number) h.relations().get(0).getOrDefault("claims", 0L)).longValue());
}
