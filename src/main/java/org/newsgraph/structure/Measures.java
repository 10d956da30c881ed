package org.newsgraph.structure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.clustering.GreedyModularityAlgorithm;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.interfaces.ClusteringAlgorithm;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The structure of the whole graph over the accepted relations (the exploration edges; a suggestion makes none): two
 * entities are linked when any relation joins them, either way round; the number of relation types between them is
 * the weight PageRank follows.
 * <ul>
 * <li>PageRank (JGraphT, damping 0.85, weighted): the chance that a walk along relations is at the entity; all
 * entities add up to 1.</li>
 * <li>Betweenness (Brandes, unweighted, {@link Brandes}: JGraphT's gives the same numbers but was 10 to 30 times
 * slower): the share of the pairs of other entities whose shortest chains pass through it, 0 to 1. It costs a
 * breadth-first search from every linked entity, so past {@link #BETWEENNESS_BUDGET} (measured at 15-20 ns a unit
 * here, about 5 s) it is computed among the best-connected entities that fit, the others 0; the result says which
 * ({@link Result#betweennessScope()}).</li>
 * <li>Communities: JGraphT 1.5.3 has no Louvain or Leiden. Each connected component is split by its
 * Clauset-Newman-Moore greedy modularity (the modularity Louvain maximises, merged greedily without Louvain's
 * levels) up to {@link #GREEDY_MAX} entities; a larger one by JGraphT's label propagation (seeded), since the greedy
 * algorithm does work in proportion to the communities at each merge (9 s for 5,000 entities here). Communities are
 * numbered by size, largest first (ties: the one holding the first id), so colours stay put while the graph changes
 * a little.</li>
 * </ul>
 */
public final class Measures {
    /** Betweenness work (linked entities × links × 2) computed over every entity; more is cut to the best connected. */
    static final long BETWEENNESS_BUDGET = Long.getLong("newsgraph.structure.betweennessBudget", 250_000_000L);
    /** Components up to this many entities are split by greedy modularity, larger ones by label propagation. */
    static final int GREEDY_MAX = Integer.getInteger("newsgraph.structure.greedyMax", 5_000);
    /** How many of a community's entities, the highest PageRank first, name it. */
    static final int LEADERS = 3;
    private static final double DAMPING = 0.85;
    private static final double TOLERANCE = 1e-7;
    private static final int ITERATIONS = 200;

    /** Relations between two entities, either way round: how many types ({@code relations}) link them. */
    public record Link(String source, String target, int relations) {
    }

    /** A community: its number, size and its entities with the highest PageRank ({@code leaders}, ids). */
    public record Community(int id, int size, List<String> leaders) {
    }

    /**
     * The measures of every entity, in the order of {@code ids}: PageRank, betweenness and community number, with the
     * communities (largest first) and their modularity (JGraphT's measurer; 0 without links), how many linked pairs the
     * graph had ({@code pairs}), and how betweenness and the communities were computed.
     */
    public record Result(List<String> ids, double[] pagerank, double[] betweenness, int[] community,
                         List<Community> communities, double modularity, int pairs, String betweennessScope,
                         String communityMethod) {
    }

    private Measures() {
    }

    /** The measures of {@code entities} joined by {@code links} (links naming other entities are ignored). */
    public static Result compute(Collection<String> entities, List<Link> links) {
        List<String> ids = entities.stream().distinct().sorted().toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < ids.size(); i++) {
            g.addVertex(i);
        }
        // in a fixed order, so the same graph gives the same numbers to the last digit (and nothing is written again)
        List<Link> sorted = links.stream().sorted(Comparator.comparing(Link::source).thenComparing(Link::target)).toList();
        for (Link l : sorted) {
            Integer a = index.get(l.source());
            Integer b = index.get(l.target());
            if (a == null || b == null || a.equals(b) || l.relations() <= 0) {
                continue;
            }
            DefaultWeightedEdge e = g.getEdge(a, b);
            if (e == null) {
                g.setEdgeWeight(g.addEdge(a, b), l.relations());
            } else {
                g.setEdgeWeight(e, g.getEdgeWeight(e) + l.relations());
            }
        }
        int n = ids.size();
        double[] pagerank = new double[n];
        if (n > 0) {
            new PageRank<>(g, DAMPING, ITERATIONS, TOLERANCE).getScores().forEach((v, s) -> pagerank[v] = s);
        }
        // the same graph without weights, as a plain graph of its own: JGraphT's algorithms run 1.5 to 3 times faster on
        // it than through an unweighted view (measured on 2,000 entities)
        Graph<Integer, DefaultEdge> plain = new SimpleGraph<>(DefaultEdge.class);
        g.vertexSet().forEach(plain::addVertex);
        g.edgeSet().forEach(e -> plain.addEdge(g.getEdgeSource(e), g.getEdgeTarget(e)));
        double[] betweenness = new double[n];
        String scope = betweenness(plain, betweenness);
        int[] community = new int[n];
        List<List<Integer>> found = new ArrayList<>();
        String method = communities(plain, new ConnectivityInspector<>(plain).connectedSets(), found);
        for (int i = 0; i < found.size(); i++) {
            for (int v : found.get(i)) {
                community[v] = i;
            }
        }
        double modularity = plain.edgeSet().isEmpty() ? 0
                : new UndirectedModularityMeasurer<>(plain).modularity(found.stream().map(Set::copyOf).toList());
        return new Result(ids, pagerank, betweenness, community, summaries(community, pagerank, ids), modularity,
                g.edgeSet().size(), scope, method);
    }

    /**
     * Fills {@code out} with each entity's betweenness; returns "all entities", or which entities it was computed among
     * when the graph is past the budget.
     */
    private static String betweenness(Graph<Integer, DefaultEdge> g, double[] out) {
        int[][] adjacency = adjacency(g, g.vertexSet());
        String scope = "all entities";
        if (work(adjacency) > BETWEENNESS_BUDGET) {
            List<Integer> byDegree = new ArrayList<>(g.vertexSet());
            byDegree.sort(Comparator.comparingInt((Integer v) -> -g.degreeOf(v)).thenComparingInt(v -> v));
            int k = byDegree.size();
            do {
                k = k * 3 / 4;
                adjacency = adjacency(g, Set.copyOf(byDegree.subList(0, k)));
            } while (k > 2 && work(adjacency) > BETWEENNESS_BUDGET);
            scope = "the " + k + " best-connected entities (the others 0)";
        }
        double[] raw = Brandes.betweenness(adjacency);
        double pairs = (out.length - 1.0) * (out.length - 2.0) / 2;
        for (int v = 0; v < out.length; v++) {
            out[v] = pairs > 0 ? raw[v] / pairs : 0;
        }
        return scope;
    }

    /** Each vertex's neighbours among {@code among} (a vertex outside it has none). */
    private static int[][] adjacency(Graph<Integer, DefaultEdge> g, Set<Integer> among) {
        int[][] adjacency = new int[g.vertexSet().size()][];
        for (int i = 0; i < adjacency.length; i++) {
            Integer v = i;
            adjacency[i] = !among.contains(v) ? new int[0] : g.edgesOf(v).stream()
                    .mapToInt(e -> Graphs.getOppositeVertex(g, e, v)).filter(among::contains).sorted().toArray();
        }
        return adjacency;
    }

    /** What exact betweenness costs: a breadth-first search over its component from every linked entity. */
    private static long work(int[][] adjacency) {
        long links = 0;
        long linked = 0;
        for (int[] a : adjacency) {
            links += a.length;
            linked += a.length > 0 ? 1 : 0;
        }
        return linked * links;
    }

    /** Adds the communities to {@code found}, largest first (each sorted); returns the method used. */
    private static String communities(Graph<Integer, DefaultEdge> g, List<Set<Integer>> components, List<List<Integer>> found) {
        boolean propagated = false;
        for (Set<Integer> c : components) {
            if (c.size() <= 2) {
                found.add(new ArrayList<>(c));
                continue;
            }
            Graph<Integer, DefaultEdge> sub = new AsSubgraph<>(g, c);
            ClusteringAlgorithm<Integer> algorithm;
            if (c.size() <= GREEDY_MAX) {
                algorithm = new GreedyModularityAlgorithm<>(sub);
            } else {
                algorithm = new LabelPropagationClustering<>(sub, 0, new Random(27));
                propagated = true;
            }
            algorithm.getClustering().getClusters().forEach(cluster -> found.add(new ArrayList<>(cluster)));
        }
        found.forEach(list -> list.sort(null));
        found.sort(Comparator.comparingInt((List<Integer> list) -> -list.size()).thenComparingInt(list -> list.get(0)));
        return propagated ? "greedy modularity (Clauset-Newman-Moore); label propagation in components over "
                + GREEDY_MAX + " entities" : "greedy modularity (Clauset-Newman-Moore)";
    }

    /** Each community with its size and its leaders (the highest PageRank first). */
    private static List<Community> summaries(int[] community, double[] pagerank, List<String> ids) {
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int v = 0; v < community.length; v++) {
            members.computeIfAbsent(community[v], k -> new ArrayList<>()).add(v);
        }
        List<Community> all = new ArrayList<>();
        members.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            List<String> leaders = e.getValue().stream()
                    .sorted(Comparator.comparingDouble((Integer v) -> -pagerank[v]).thenComparingInt(v -> v))
                    .limit(LEADERS).map(ids::get).toList();
            all.add(new Community(e.getKey(), e.getValue().size(), leaders));
        });
        return all;
    }
}
