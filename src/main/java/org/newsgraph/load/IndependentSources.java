package org.newsgraph.load;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.TransactionContext;
import org.newsgraph.load.EdgeRebuild.Triple;

/**
 * How many independent sources say what an edge says. Claims count once together when they come from the same
 * article, when their sentences are near-copies of each other (the same wire story reprinted: Jaccard similarity of
 * word 3-shingles of at least {@value #NEAR_COPY}), or when the same outlet reported them on the same day. The loader
 * and curation keep {@code independentSources} on every exploration edge they rebuild.
 */
public final class IndependentSources {
    /** Shingle overlap from which two sentences count as one text reprinted. */
    static final double NEAR_COPY = 0.5;
    /** Above this many claims on one edge, only exact copies, articles and outlet-days are compared (no O(n²)). */
    static final int PAIRWISE_UP_TO = 400;

    private static final String CLAIMS_OF_EDGES = """
            UNWIND $triples AS p
            MATCH (s:Entity {id: p.source})-[e]->(t:Entity {id: p.target}) WHERE type(e) = p.type
            MATCH (c:Claim {type: p.type, subject: p.source, object: p.target})-[:STATED_IN]->(x:Sentence)
            WHERE (c.verdict IS NULL OR c.verdict <> 'rejected') AND c.status <> 'suggested'
            RETURN elementId(e) AS edge, collect({text: x.text, outlet: c.outlet, day: c.reported, article: c.article}) AS claims""";

    private static final String SET_COUNTS = """
            UNWIND $rows AS r
            MATCH ()-[e]->() WHERE elementId(e) = r.edge
            SET e.independentSources = r.sources""";

    private IndependentSources() {
    }

    /** One claim as the grouping sees it. */
    public record Item(String text, String outlet, String day, String article) {
    }

    /** Sets {@code independentSources} on the edges of these triples (those that exist). */
    static void update(TransactionContext tx, Collection<Triple> triples) {
        if (triples.isEmpty()) {
            return;
        }
        List<Map<String, String>> rows = triples.stream().map(Triple::row).toList();
        List<Map<String, Object>> counts = new ArrayList<>();
        tx.run(CLAIMS_OF_EDGES, Map.of("triples", rows)).forEachRemaining(r -> {
            List<Item> items = r.get("claims").asList(v -> new Item(v.get("text").asString(""), v.get("outlet").asString(null),
                    v.get("day").asString(null), v.get("article").asString(null)));
            counts.add(Map.of("edge", r.get("edge").asString(), "sources", count(groups(items))));
        });
        tx.run(SET_COUNTS, Map.of("rows", counts)).consume();
    }

    /** The group (0, 1, …, in order of first appearance) of each item: items of one group are one source. */
    public static int[] groups(List<Item> items) {
        int n = items.size();
        int[] parent = new int[n];
        Arrays.setAll(parent, i -> i);
        List<Set<String>> shingles = items.stream().map(i -> shingles(i.text())).toList();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (sameSource(items.get(i), items.get(j), shingles.get(i), shingles.get(j), n <= PAIRWISE_UP_TO)) {
                    union(parent, i, j);
                }
            }
        }
        int[] group = new int[n];
        int[] label = new int[n];
        Arrays.fill(label, -1);
        int next = 0;
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (label[root] < 0) {
                label[root] = next++;
            }
            group[i] = label[root];
        }
        return group;
    }

    /** How many groups. */
    public static int count(int[] groups) {
        return (int) Arrays.stream(groups).distinct().count();
    }

    private static boolean sameSource(Item a, Item b, Set<String> sa, Set<String> sb, boolean compareTexts) {
        if (a.article() != null && a.article().equals(b.article())) {
            return true;
        }
        if (a.outlet() != null && a.outlet().equals(b.outlet()) && a.day() != null && a.day().equals(b.day())) {
            return true;
        }
        return compareTexts ? jaccard(sa, sb) >= NEAR_COPY : sa.equals(sb);
    }

    /** Word 3-shingles of the folded text (its words, when it has fewer than three). */
    static Set<String> shingles(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("ß", "ss");
        String[] w = Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(s -> !s.isEmpty()).toArray(String[]::new);
        Set<String> out = new HashSet<>();
        if (w.length < 3) {
            out.addAll(Arrays.asList(w));
        }
        for (int i = 0; i + 2 < w.length; i++) {
            out.add(w[i] + " " + w[i + 1] + " " + w[i + 2]);
        }
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        int common = 0;
        for (String s : a) {
            if (b.contains(s)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        p[find(p, a)] = find(p, b);
    }
}
