package org.newsgraph.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

/**
 * The structure measures without a database: betweenness as JGraphT computes it, communities where the graph has
 * them, PageRank as a distribution, and the same numbers for the same graph whatever order its links come in.
 */
class MeasuresTest {
    private static Measures.Link link(String a, String b) {
        return new Measures.Link(a, b, 1);
    }

    private static double of(Measures.Result r, double[] values, String id) {
        return values[r.ids().indexOf(id)];
    }

    @Test
    void betweennessIsJGraphTsOnRandomGraphs() {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            int n = 3 + random.nextInt(60);
            Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
            IntStream.range(0, n).forEach(g::addVertex);
            for (int i = random.nextInt(3 * n); i > 0; i--) {
                int a = random.nextInt(n);
                int b = random.nextInt(n);
                if (a != b) {
                    g.addEdge(a, b);
                }
            }
            int[][] adjacency = new int[n][];
            for (int v = 0; v < n; v++) {
                int from = v;
                adjacency[v] = g.edgesOf(v).stream().mapToInt(e -> org.jgrapht.Graphs.getOppositeVertex(g, e, from)).toArray();
            }
            double[] ours = Brandes.betweenness(adjacency);
            Map<Integer, Double> theirs = new BetweennessCentrality<>(g, false).getScores();
            for (int v = 0; v < n; v++) {
                assertEquals(theirs.get(v), ours[v], 1e-9 * Math.max(1, theirs.get(v)), "round " + round + ", vertex " + v);
            }
        }
    }

    @Test
    void aBridgeLiesBetweenTwoCommunities() {
        List<Measures.Link> links = new ArrayList<>();
        String[] left = {"a1", "a2", "a3", "a4"};
        String[] right = {"b1", "b2", "b3", "b4"};
        for (String[] clique : new String[][] {left, right}) {
            for (int i = 0; i < clique.length; i++) {
                for (int j = i + 1; j < clique.length; j++) {
                    links.add(link(clique[i], clique[j]));
                }
            }
        }
        links.add(link("a1", "bridge"));
        links.add(link("bridge", "b1"));
        List<String> ids = new ArrayList<>(List.of(left));
        ids.addAll(List.of(right));
        ids.addAll(List.of("bridge", "alone"));
        Measures.Result r = Measures.compute(ids, links);

        double bridge = of(r, r.betweenness(), "bridge");
        for (String id : ids) {
            if (!id.equals("bridge")) {
                assertTrue(of(r, r.betweenness(), id) <= bridge, id + " lies on fewer shortest chains than the bridge");
            }
        }
        // the 16 pairs of an a and a b, of the 36 pairs of the other 9 entities (alone included)
        assertEquals(16.0, bridge * 36, 1e-9);
        assertEquals(15.0, of(r, r.betweenness(), "a1") * 36, 1e-9, "a2..a4 with the bridge and the b's");
        assertEquals(0, of(r, r.betweenness(), "alone"));
        assertEquals(0, of(r, r.betweenness(), "a2"), "inside a clique every chain is direct");

        int a = r.community()[r.ids().indexOf("a2")];
        int b = r.community()[r.ids().indexOf("b2")];
        assertNotEquals(a, b, "two cliques, two communities");
        for (String id : left) {
            assertEquals(a, r.community()[r.ids().indexOf(id)], id);
        }
        for (String id : right) {
            assertEquals(b, r.community()[r.ids().indexOf(id)], id);
        }
        assertTrue(r.modularity() > 0.3, "modularity " + r.modularity());
        assertEquals(r.communities().size() - 1, r.community()[r.ids().indexOf("alone")], "alone is the smallest community");
        assertEquals(1.0, java.util.Arrays.stream(r.pagerank()).sum(), 1e-6, "PageRank is a distribution");
        assertTrue(of(r, r.pagerank(), "a1") > of(r, r.pagerank(), "a2"), "a1 has one relation more");
        assertTrue(of(r, r.pagerank(), "alone") < of(r, r.pagerank(), "a2"));
        assertEquals("all entities", r.betweennessScope());
        assertEquals(6 + 6 + 2, r.pairs(), "the links of two cliques of four, and two to the bridge");
    }

    @Test
    void theSameGraphGivesTheSameNumbersInAnyOrder() {
        Random random = new Random(11);
        List<String> ids = IntStream.range(0, 80).mapToObj(i -> "e" + i).toList();
        List<Measures.Link> links = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            links.add(new Measures.Link(ids.get(random.nextInt(80)), ids.get(random.nextInt(80)), 1 + random.nextInt(3)));
        }
        Measures.Result one = Measures.compute(ids, links);
        List<Measures.Link> shuffled = new ArrayList<>(links);
        java.util.Collections.shuffle(shuffled, random);
        List<String> otherIds = new ArrayList<>(ids);
        java.util.Collections.shuffle(otherIds, random);
        Measures.Result two = Measures.compute(otherIds, shuffled);
        assertEquals(one.ids(), two.ids());
        assertArrayEquals(one.pagerank(), two.pagerank());
        assertArrayEquals(one.betweenness(), two.betweenness());
        assertArrayEquals(one.community(), two.community());
    }

    @Test
    void graphsWithoutLinksOrEntities() {
        Measures.Result none = Measures.compute(List.of(), List.of());
        assertEquals(0, none.ids().size());
        Measures.Result apart = Measures.compute(List.of("x", "y", "z"), List.of(link("x", "x"), link("x", "nobody")));
        assertEquals(0, apart.pairs(), "a self-link and a link to an unknown entity are no links");
        assertEquals(3, apart.communities().size(), "each entity alone");
        assertEquals(1.0 / 3, apart.pagerank()[0], 1e-9);
        Measures.Result pair = Measures.compute(List.of("x", "y", "z"), List.of(link("x", "y"), link("y", "x")));
        assertEquals(1, pair.pairs(), "either way round, one pair");
        assertEquals(pair.community()[0], pair.community()[1]);
    }
}
