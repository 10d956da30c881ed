package org.newsgraph.extract.relation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import org.newsgraph.extract.nlp.Dependencies.Edge;
import org.newsgraph.extract.nlp.Parse;

/** Shortest paths between words of a parse, edges taken in either direction. */
final class Paths {
    private final Parse parse;

    Paths(Parse parse) {
        this.parse = parse;
    }

    /** The words from {@code from} to {@code to}, both included, or null when none is within {@code max} edges. */
    List<Integer> between(int from, int to, int max) {
        if (from == to) {
            return List.of(from);
        }
        int[] prev = new int[parse.size()];
        int[] depth = new int[parse.size()];
        Arrays.fill(prev, -2);
        prev[from] = -1;
        Deque<Integer> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            int w = queue.poll();
            if (depth[w] >= max) {
                continue;
            }
            for (int n : neighbours(w)) {
                if (prev[n] != -2) {
                    continue;
                }
                prev[n] = w;
                depth[n] = depth[w] + 1;
                if (n == to) {
                    return trace(prev, to);
                }
                queue.add(n);
            }
        }
        return null;
    }

    /** Asked once per word pair: every type a predicate offers asks for the same two steps again. */
    private final java.util.Map<Long, String> steps = new java.util.HashMap<>();

    /** The label of the first edge from {@code from} toward {@code to}: "nsubj" down, "^nmod" up, "self", "far". */
    String firstStep(int from, int to) {
        return steps.computeIfAbsent((long) from << 32 | to, k -> step(from, to));
    }

    private String step(int from, int to) {
        if (from == to) {
            return "self";
        }
        List<Integer> path = between(from, to, CandidateNet.MAX_PATH + 2);
        if (path == null) {
            return "far";
        }
        int next = path.get(1);
        for (Edge e : parse.deps().children(from)) {
            if (e.dep() == next) {
                return e.rel();
            }
        }
        for (Edge e : parse.deps().heads(from)) {
            if (e.gov() == next) {
                return "^" + e.rel();
            }
        }
        return "?";
    }

    private List<Integer> neighbours(int w) {
        List<Integer> out = new ArrayList<>();
        for (Edge e : parse.deps().children(w)) {
            out.add(e.dep());
        }
        for (Edge e : parse.deps().heads(w)) {
            out.add(e.gov());
        }
        return out;
    }

    private static List<Integer> trace(int[] prev, int to) {
        List<Integer> out = new ArrayList<>();
        for (int w = to; w >= 0; w = prev[w]) {
            out.add(w);
        }
        Collections.reverse(out);
        return out;
    }
}
