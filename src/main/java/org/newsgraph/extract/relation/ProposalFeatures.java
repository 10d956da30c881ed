package org.newsgraph.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.newsgraph.extract.mention.Entity;
import org.newsgraph.extract.nlp.Dependencies.Edge;
import org.newsgraph.extract.nlp.Parse;
import org.newsgraph.extract.score.Proposal;
import org.newsgraph.model.RelationType;

/**
 * What the scorer weighs for one proposal, as named binary features: the predicate's lemma and part of speech
 * with the type, the grammatical roles through which each party hangs from it (with voice and case markers), the
 * entity types, path length, whether the predicate lies between the parties or above them, negation, and what
 * the patterns said of the pair. Feature names pair the type with a clue, so one model serves every type.
 */
public final class ProposalFeatures {
    /** What the sentence and its article tell about every proposal of the sentence. */
    public record Context(Set<String> patternKeys, Set<String> patternPairs, String zone, String language,
                          BiPredicate<String, String> sameHome, Set<String> negations) {
    }

    private ProposalFeatures() {
    }

    public static List<Proposal> of(Grammar g, Arguments args, List<CandidateNet.Draft> drafts, Context cx) {
        Paths paths = new Paths(g.parse());
        List<Proposal> out = new ArrayList<>(drafts.size());
        for (CandidateNet.Draft d : drafts) {
            out.add(new Proposal(d.source().argument(), d.type(), d.target().argument(), d.predicate(), d.lemma(),
                    features(g, args, paths, d, cx), Double.NaN));
        }
        return out;
    }

    private static List<String> features(Grammar g, Arguments args, Paths paths, CandidateNet.Draft d, Context cx) {
        Parse parse = g.parse();
        RelationType t = d.type();
        int p = d.predicate();
        String src = paths.firstStep(p, d.source().anchor());
        String tgt = paths.firstStep(p, d.target().anchor());
        if (t.symmetric() && src.compareTo(tgt) > 0) {
            String x = src;
            src = tgt;
            tgt = x;
        }
        String voice = g.voice(p).name();
        String pos = parse.word(p).upos();
        boolean between = d.path().contains(p);
        String kinds = d.source().argument().mention().kind() + ">" + d.target().argument().mention().kind();
        String types = type(args, d.source().id()) + ">" + type(args, d.target().id());
        String sc = marker(g, d.source().anchor());
        String tc = marker(g, d.target().anchor());
        int len = Math.min(d.path().size() - 1, 6);
        List<String> f = new ArrayList<>(32);
        f.add("T=" + t);
        f.add("lem=" + d.lemma());
        f.add("T|lem=" + t + "|" + d.lemma());
        f.add("T|pos=" + t + "|" + pos);
        f.add("T|s=" + t + "|" + src);
        f.add("T|t=" + t + "|" + tgt);
        f.add("T|st=" + t + "|" + src + "|" + tgt);
        f.add("st=" + src + "|" + tgt);
        f.add("T|voice|s=" + t + "|" + voice + "|" + base(src));
        f.add("T|sb=" + t + "|" + base(src));
        f.add("T|tb=" + t + "|" + base(tgt));
        f.add("T|stb=" + t + "|" + base(src) + "|" + base(tgt));
        f.add("T|ty=" + t + "|" + types);
        f.add("ty=" + types);
        f.add("T|between=" + t + "|" + between);
        f.add("between=" + between);
        f.add("len=" + len);
        f.add("T|len=" + t + "|" + len);
        f.add("kinds=" + kinds);
        f.add("T|sc=" + t + "|" + sc);
        f.add("T|tc=" + t + "|" + tc);
        f.add("sc|tc=" + sc + "|" + tc);
        String rc = roleClass(src) + ">" + roleClass(tgt);
        f.add((t.symmetric() ? "sym" : "dir") + "|rc=" + rc);
        f.add((t.symmetric() ? "sym" : "dir") + "|rc|voice=" + rc + "|" + voice);
        f.add("T|rc=" + t + "|" + rc);
        if (d.via() != CandidateNet.Via.LEXICON) {
            f.add("via=" + d.via());
            f.add("via|rc=" + d.via() + "|" + rc);
            f.add("via|tc=" + d.via() + "|" + tc);
        }
        f.add("zone=" + cx.zone());
        f.add("lang=" + cx.language());
        String key = Proposal.key(d.source().id(), t, d.target().id());
        String pair = Proposal.pair(d.source().id(), d.target().id());
        f.add(cx.patternKeys().contains(key) ? "pat=same"
                : cx.patternKeys().contains(Proposal.key(d.target().id(), t, d.source().id())) ? "pat=reverse"
                : cx.patternPairs().contains(pair) ? "pat=other" : "pat=none");
        f.add("T|pat=" + t + "|" + f.get(f.size() - 1));
        if (negated(parse, p, cx.negations())) {
            f.add("neg");
        }
        if (cx.sameHome().test(d.source().id(), d.target().id())) {
            f.add("T|samehome=" + t);
        }
        if (conjuncts(parse, d.source().anchor(), d.target().anchor())) {
            f.add("T|conj=" + t);
        }
        return f;
    }

    /**
     * The kind of tie between predicate and party, the same in every type and language: SUBJ, OBJ, PP (a phrase
     * with a preposition), GEN (genitive or possessive), MOD (an adjective), CONJ, SELF (a name inside the word),
     * HEAD (the predicate hangs from the party) or OTHER.
     */
    static String roleClass(String label) {
        if (label.equals("self")) {
            return "SELF";
        }
        String l = label.startsWith("^") ? label.substring(1) : label;
        String kind;
        if (l.startsWith("nsubj") || l.startsWith("csubj") || l.equals("obl:agent")) {
            kind = "SUBJ";
        } else if (l.equals("obj") || l.equals("iobj") || l.startsWith("obj") || l.startsWith("iobj")) {
            kind = "OBJ";
        } else if (l.equals("nmod:poss") || l.equals("det:poss") || l.equals("nmod:gen") || l.equals("nmod")) {
            kind = "GEN";
        } else if (l.startsWith("obl") || l.startsWith("nmod")) {
            kind = "PP";
        } else if (l.startsWith("amod") || l.startsWith("compound")) {
            kind = "MOD";
        } else if (l.startsWith("conj")) {
            kind = "CONJ";
        } else {
            kind = "OTHER";
        }
        return label.startsWith("^") && !kind.equals("CONJ") ? "HEAD" : kind;
    }

    /** "obl:mit" → "obl", "^nmod:poss" → "^nmod". */
    private static String base(String label) {
        int colon = label.indexOf(':');
        return colon < 0 ? label : label.substring(0, colon);
    }

    private static String type(Arguments args, String id) {
        Entity e = args.entities().entity(id);
        return e == null ? "?" : e.type().name();
    }

    private static String marker(Grammar g, int w) {
        String m = g.caseMarker(w);
        return m == null ? "-" : m;
    }

    /** Whether a negation word (the cues' {@code negations:}) hangs from the predicate word. */
    private static boolean negated(Parse parse, int p, Set<String> negations) {
        for (Edge e : parse.deps().children(p)) {
            org.newsgraph.extract.nlp.Word w = parse.word(e.dep());
            if (negations.contains(w.lower()) || negations.contains(w.lemma())) { // "keine": lemma "kein"
                return true;
            }
        }
        return false;
    }

    private static boolean conjuncts(Parse parse, int a, int b) {
        for (Edge e : parse.deps().children(a, "conj")) {
            if (e.dep() == b) {
                return true;
            }
        }
        for (Edge e : parse.deps().children(b, "conj")) {
            if (e.dep() == a) {
                return true;
            }
        }
        return false;
    }
}
