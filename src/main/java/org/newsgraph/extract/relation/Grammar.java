package org.newsgraph.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.nlp.Dependencies;
import org.newsgraph.extract.nlp.Dependencies.Edge;
import org.newsgraph.extract.nlp.Parse;
import org.newsgraph.extract.nlp.Word;

/**
 * Grammatical facts about a predicate that the parse leaves implicit: its voice, its subject (shared by
 * coordinated and controlled verbs), the words filling a role. German and English share these UD labels.
 */
public final class Grammar {
    private static final Set<String> PASSIVE_AUX = Set.of("werden", "be", "get");
    private static final Set<String> CLAUSE_LINKS = Set.of("conj", "xcomp");

    /** How a predicate's roles map onto its dependents. */
    public enum Voice { ACTIVE, PASSIVE, MODIFIER, NOUN }

    private static final Set<String> RELATIVE = Set.of("der", "die", "das", "den", "dem", "dessen", "deren", "denen",
            "welcher", "welche", "welches", "welchen", "welchem", "which", "who", "whom", "that");
    private static final Set<String> CLAUSES = Set.of("ccomp", "advcl", "acl", "parataxis", "csubj", "conj", "xcomp",
            "punct", "mark", "cc");
    private final Parse parse;
    private final Dependencies deps;
    private final Set<String> objectControl;

    public Grammar(Parse parse) {
        this(parse, Set.of());
    }

    /** {@code objectControl}: verbs whose object is the subject of their infinitive ("wirft Moskau vor, … zu"). */
    public Grammar(Parse parse, Set<String> objectControl) {
        this.parse = parse;
        this.deps = parse.deps();
        this.objectControl = objectControl;
    }

    /** Every word of the clauses below a verb (adverbial, complement and infinitive clauses), for whole-clause roles. */
    public List<Integer> subclauseWords(int verb) {
        List<Integer> out = new ArrayList<>();
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
        for (Edge e : deps.children(verb)) {
            if (e.base().equals("advcl") || e.base().equals("ccomp") || e.base().equals("xcomp")) {
                queue.add(e.dep());
            }
        }
        while (!queue.isEmpty() && out.size() < 60) {
            int w = queue.poll();
            if (!out.contains(w)) {
                out.add(w);
                deps.children(w).forEach(e -> queue.add(e.dep()));
            }
        }
        return out;
    }

    /** The words of a predicate's own clause (not its subjects, not clauses below it), two levels deep. */
    public List<Integer> clauseDependents(int p) {
        List<Integer> out = new ArrayList<>();
        java.util.ArrayDeque<int[]> queue = new java.util.ArrayDeque<>();
        for (Edge e : deps.children(p)) {
            if (!e.base().startsWith("nsubj") && !CLAUSES.contains(e.base()) && !e.rel().startsWith("acl")) {
                queue.add(new int[] {e.dep(), 1});
            }
        }
        while (!queue.isEmpty() && out.size() < 40) {
            int[] w = queue.poll();
            out.add(w[0]);
            for (Edge e : deps.children(w[0])) {
                if (w[1] < 2 && !CLAUSES.contains(e.base()) && !e.rel().startsWith("acl") && !out.contains(e.dep())) {
                    queue.add(new int[] {e.dep(), w[1] + 1});
                }
            }
        }
        return out;
    }

    public Parse parse() {
        return parse;
    }

    public Voice voice(int p) {
        Word w = parse.word(p);
        if (w.isNominal()) {
            return Voice.NOUN;
        }
        Edge head = deps.head(p);
        if ((w.is("ADJ") || w.is("VERB")) && head != null && (head.rel().equals("amod") || head.base().equals("acl"))
                && parse.word(head.gov()).isNominal() && isParticiple(w)) {
            return Voice.MODIFIER; // "die von Russland eingesetzte Munition"
        }
        for (Edge e : deps.children(p, "aux:pass")) {
            if (PASSIVE_AUX.contains(parse.word(e.dep()).lemma()) && isParticiple(w)) {
                return Voice.PASSIVE;
            }
        }
        return Voice.ACTIVE;
    }

    /** A past participle: German dictionary reading PA2, English tag VBN. */
    static boolean isParticiple(Word w) {
        return w.morph().contains("PA2") || w.morph().equals("VBN");
    }

    /**
     * "Nordkorea ist eines der Länder, das …": the subject of the copular clause a noun is (or hangs from), or -1.
     */
    public int predicativeSubject(int n) {
        for (int w : new int[] {n, deps.head(n) == null ? -1 : deps.head(n).gov()}) {
            if (w >= 0 && deps.hasChild(w, "cop")) {
                List<Integer> s = children(w, "nsubj");
                return s.isEmpty() ? -1 : s.get(0);
            }
        }
        return -1;
    }

    /** For a copula ("war" in "Kim war in Peking"), the word it links (Peking), else -1. */
    public int copulaHead(int w) {
        Edge h = deps.head(w);
        return h != null && h.rel().equals("cop") ? h.gov() : -1;
    }

    /** The grammatical subjects of a verb, inherited from the verb it is coordinated with or controlled by. */
    public List<Integer> subjects(int v) {
        List<Integer> out = new ArrayList<>();
        int w = copulaHead(v) >= 0 ? copulaHead(v) : v;
        for (int depth = 0; depth < 4 && out.isEmpty() && w >= 0; depth++) {
            boolean passive = voice(w) == Voice.PASSIVE;
            boolean plain = deps.hasLabel(w, "nsubj");
            for (Edge e : deps.children(w)) {
                String r = e.rel();
                if (r.equals("nsubj") || r.equals("nsubj:xsubj") || r.equals("csubj")
                        || (!passive && !plain && r.startsWith("nsubj:pass"))) {
                    out.add(e.dep());
                }
            }
            if (!out.isEmpty() || passive && depth == 0) {
                break;
            }
            Edge head = deps.head(w);
            if (head != null && (head.base().equals("acl") || head.base().equals("xcomp"))
                    && parse.word(head.gov()).isNominal() && !genitives(head.gov()).isEmpty()) {
                out.addAll(genitives(head.gov())); // "die Bemühungen Katars, zwischen X und Y zu vermitteln"
                break;
            }
            if (head != null && head.base().equals("xcomp") && objectControl.contains(parse.predicateLemma(head.gov()))) {
                List<Integer> objects = children(head.gov(), "obj", "iobj");
                if (!objects.isEmpty()) {
                    out.addAll(objects); // "Sie werfen Moskau vor, Raketen einzusetzen": Moskau sets them in
                    break;
                }
            }
            w = head != null && CLAUSE_LINKS.contains(head.base()) && !parse.word(head.gov()).isNominal() ? head.gov() : -1;
        }
        return out;
    }

    /** Children under a preposition: "obl:mit", "nmod:mit", or an obl/nmod with a "mit" case marker. */
    public List<Integer> prepositional(int p, Set<String> preps) {
        List<Integer> out = new ArrayList<>();
        int linked = copulaHead(p);
        if (linked >= 0) {
            String marker = caseMarker(linked);
            if (marker != null && preps.contains(marker)) {
                out.add(linked); // "Kim war in Peking" (but not "Putin ist in Russland beliebt")
            }
            return out;
        }
        for (Edge e : deps.children(p)) {
            String base = e.base();
            if (!base.equals("obl") && !base.equals("nmod")) {
                continue;
            }
            int colon = e.rel().indexOf(':');
            String marker = colon < 0 || e.rel().endsWith(":agent") ? caseMarker(e.dep()) : e.rel().substring(colon + 1);
            if (marker != null && preps.contains(marker.toLowerCase(java.util.Locale.ROOT))) {
                out.add(e.dep());
            }
        }
        return out;
    }

    /**
     * Phrases under one of the prepositions: under the predicate; else a level or two lower (under its object, another
     * phrase of it, or, for a noun, its own attributes: "die Lieferung von Raketen aus Nordkorea an Russland"); for a
     * noun, also among its verb's phrases after it ("hat die Lieferung von Waffen an Russland bestritten" often hangs
     * "von Waffen" on the verb). PP attachment is where the parser errs most.
     */
    public List<Integer> phrases(int p, Set<String> preps) {
        return phrases(p, preps, false);
    }

    /** As {@link #phrases(int, Set)}; {@code all}: also look lower when the predicate has such phrases itself. */
    public List<Integer> phrases(int p, Set<String> preps, boolean all) {
        List<Integer> out = new ArrayList<>(prepositional(p, preps));
        if (!out.isEmpty() && !all) {
            return out;
        }
        List<Integer> hosts = new ArrayList<>();
        if (parse.word(p).isNominal()) {
            int verb = clauseVerb(p);
            if (verb >= 0) {
                // "verbieten Waffenlieferungen für Russlands Angriffskrieg in der Ukraine", "pflegt zu Moskau enge
                // Beziehungen": the phrase hangs on the verb whose subject or object the noun is
                out.addAll(prepositional(verb, preps).stream().filter(x -> x <= p + 6).toList());
                hosts.addAll(children(verb, "obl", "obl:agent").stream().filter(x -> x > p && x <= p + 6).toList());
            }
            for (int c : children(p, "nmod", "appos")) {
                hosts.add(c);
                hosts.addAll(children(c, "nmod")); // two levels: "… von Raketen aus Nordkorea an Russland"
            }
        } else {
            for (int c : children(p, "obj", "nsubj:pass", "obl", "obl:agent", "advmod", "iobj")) {
                hosts.add(c);
                hosts.addAll(children(c, "nmod")); // "schickte Tausende nordkoreanische Arbeiter aus dem Land"
            }
        }
        if (out.isEmpty() || all) {
            for (int o : hosts) {
                out.addAll(prepositional(o, preps));
            }
        }
        return out;
    }

    /**
     * The verb a noun is a core argument of (subject or object), through at most three nominal heads ("die
     * Lieferung von Waffen" → bestritten); -1 if the noun is inside an adverbial ("während seines Besuchs").
     */
    public int clauseVerb(int n) {
        int w = n;
        for (int i = 0; i < 3; i++) {
            Edge h = deps.head(w);
            if (h == null) {
                return -1;
            }
            if (!parse.word(h.gov()).isNominal()) {
                boolean core = h.base().equals("obj") || h.base().startsWith("nsubj");
                return core && (parse.word(h.gov()).is("VERB") || parse.word(h.gov()).is("AUX")) ? h.gov() : -1;
            }
            w = h.gov();
        }
        return -1;
    }

    /** The lemma of a word's case marker ("mit" in "mit Kim"), or null. */
    public String caseMarker(int w) {
        for (Edge e : deps.children(w, "case")) {
            return parse.word(e.dep()).lemma();
        }
        return null;
    }

    /**
     * Genitive and possessive dependents of a noun: "Putins Besuch", "Anerkennung Südkoreas", "seine Reise", and a
     * genitive name the parser took for an apposition ("die Einladung Putins").
     */
    public List<Integer> genitives(int n) {
        List<Integer> out = new ArrayList<>();
        for (Edge e : deps.children(n)) {
            Word d = parse.word(e.dep());
            boolean bare = caseMarker(e.dep()) == null && (d.isNominal() || d.is("PRON")) && !isConjunct(e.dep());
            if (e.rel().equals("nmod:poss") || e.rel().equals("det:poss") || e.rel().equals("nmod:gen")
                    || e.rel().equals("nmod:of")
                    || e.rel().equals("nmod") && bare
                    || e.rel().equals("appos") && bare && parse.word(e.dep()).morph().contains(":GEN:")
                    && parse.word(e.dep()).text().endsWith("s")) {
                out.add(e.dep());
            }
        }
        return out;
    }

    /**
     * The noun a relative pronoun stands for ("des Paktes, den Kim und Putin schlossen" → Paktes): the nearest noun
     * before the comma that opens its clause; or -1 if the word is no relative pronoun.
     */
    public int antecedent(int w) {
        Word r = parse.word(w);
        if (!r.is("PRON") || w < 2 || !RELATIVE.contains(r.lower()) || !parse.word(w - 1).text().equals(",")) {
            return -1;
        }
        for (int k = w - 2; k >= Math.max(0, w - 6); k--) {
            if (parse.word(k).isNominal()) {
                return k;
            }
            if (parse.word(k).is("VERB") || parse.word(k).is("PUNCT")) {
                break;
            }
        }
        return -1;
    }

    private boolean isConjunct(int w) {
        for (Edge e : deps.heads(w)) {
            if (e.base().equals("conj")) {
                return true;
            }
        }
        return false;
    }

    public List<Integer> children(int w, String... rels) {
        List<Integer> out = new ArrayList<>();
        for (Edge e : deps.children(w, rels)) {
            out.add(e.dep());
        }
        return out;
    }
}
