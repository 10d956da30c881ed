package org.newsgraph.extract.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The dependency graph of a sentence (Universal Dependencies, enhanced++ where the backbone gives it):
 * labelled edges between word indexes. Labels keep their case marker ({@code obl:mit}, {@code nmod:an}).
 * A word may have several heads (enhanced graphs copy subjects onto controlled verbs and conjuncts).
 */
public final class Dependencies {
    /** One edge: {@code gov} → {@code dep} labelled {@code rel}. */
    public record Edge(int gov, int dep, String rel) {
        /** The label up to the colon: "obl:mit" → "obl". */
        public String base() {
            int colon = rel.indexOf(':');
            return colon < 0 ? rel : rel.substring(0, colon);
        }
    }

    private final List<List<Edge>> out;
    private final List<List<Edge>> in;
    private final List<Integer> roots = new ArrayList<>();

    public Dependencies(int size) {
        out = new ArrayList<>(size);
        in = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(new ArrayList<>(2));
            in.add(new ArrayList<>(1));
        }
    }

    /** A copy that can be changed (repaired) without touching this one. */
    public Dependencies copy() {
        Dependencies c = new Dependencies(out.size());
        for (List<Edge> edges : in) {
            for (Edge e : edges) {
                c.add(e.gov(), e.dep(), e.rel());
            }
        }
        c.roots.addAll(roots);
        return c;
    }

    public void add(int gov, int dep, String rel) {
        Edge e = new Edge(gov, dep, rel);
        for (Edge x : out.get(gov)) {
            if (x.equals(e)) {
                return;
            }
        }
        out.get(gov).add(e);
        in.get(dep).add(e);
    }

    /** Moves a word under another head: all its incoming edges are replaced by {@code newGov → dep : rel}. */
    public void reattach(int dep, int newGov, String rel) {
        for (Edge e : new ArrayList<>(in.get(dep))) {
            out.get(e.gov()).remove(e);
        }
        in.get(dep).clear();
        roots.remove(Integer.valueOf(dep));
        add(newGov, dep, rel);
    }

    /** Makes a word a root of the sentence (its incoming edges go). */
    public void makeRoot(int dep) {
        for (Edge e : new ArrayList<>(in.get(dep))) {
            out.get(e.gov()).remove(e);
        }
        in.get(dep).clear();
        if (!roots.contains(dep)) {
            roots.add(dep);
        }
    }

    /** Gives an edge another label (its position, and so its role as first head, stays). */
    public void relabel(int gov, int dep, String rel) {
        List<Edge> heads = in.get(dep);
        for (int i = 0; i < heads.size(); i++) {
            Edge e = heads.get(i);
            if (e.gov() == gov) {
                Edge n = new Edge(gov, dep, rel);
                heads.set(i, n);
                List<Edge> o = out.get(gov);
                o.set(o.indexOf(e), n);
            }
        }
    }

    public void root(int word) {
        roots.add(word);
    }

    public List<Integer> roots() {
        return roots;
    }

    public List<Edge> children(int word) {
        return out.get(word);
    }

    public List<Edge> heads(int word) {
        return in.get(word);
    }

    /** The first head of a word (its basic-tree head, as enhanced edges are added after it), or null at a root. */
    public Edge head(int word) {
        List<Edge> h = in.get(word);
        return h.isEmpty() ? null : h.get(0);
    }

    /** Children whose label's base ("obl" of "obl:mit") is one of {@code bases}. */
    public List<Edge> children(int word, String... bases) {
        List<Edge> found = new ArrayList<>();
        for (Edge e : out.get(word)) {
            for (String b : bases) {
                if (e.base().equals(b) || e.rel().equals(b)) {
                    found.add(e);
                    break;
                }
            }
        }
        return found;
    }

    /** Whether a word has a child with exactly this label ("nsubj", not "nsubj:pass"). */
    public boolean hasLabel(int word, String rel) {
        for (Edge e : out.get(word)) {
            if (e.rel().equals(rel)) {
                return true;
            }
        }
        return false;
    }

    public boolean hasChild(int word, String... bases) {
        return !children(word, bases).isEmpty();
    }

    /** The first word of {@code [from, to)} whose head lies outside it or that has none (the phrase's head), or -1. */
    public int spanHead(int from, int to) {
        for (int w = from; w < to; w++) {
            Edge h = head(w);
            if (h == null || h.gov() < from || h.gov() >= to) {
                return w;
            }
        }
        return -1;
    }

    /** Whether {@code ancestor} dominates {@code word} through first heads (or is the word). */
    public boolean dominates(int ancestor, int word) {
        int w = word;
        for (int steps = 0; steps < out.size() && w >= 0; steps++) {
            if (w == ancestor) {
                return true;
            }
            Edge h = head(w);
            w = h == null ? -1 : h.gov();
        }
        return false;
    }
}
