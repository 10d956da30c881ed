package org.newsgraph.extract.relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.nlp.Compound;
import org.newsgraph.extract.nlp.Parse;
import org.newsgraph.extract.nlp.Word;

/**
 * Which frames a word can trigger: verbs by lemma (with a separable particle: "trafen … ein" → eintreffen),
 * nouns by lemma or as the head of a compound ("Gipfeltreffen", "Russland-Besuch" → treffen, besuch),
 * adjectives by lemma. Also answers, before parsing, whether a sentence holds any predicate at all.
 */
public final class PredicateIndex {
    private final Map<String, List<Frame>> verbs = new HashMap<>();
    private final Map<String, List<Frame>> nouns = new HashMap<>();
    private final Map<String, List<Frame>> adjectives = new HashMap<>();
    /** Verb and adjective lemmas, and verbs without a separable particle ("eintreffen" → "treffen"). */
    private final Set<String> prefilter = new HashSet<>();

    PredicateIndex(List<Frame> frames) {
        for (Frame f : frames) {
            f.verbs().forEach(v -> verbs.computeIfAbsent(v, k -> new ArrayList<>()).add(f));
            f.nouns().forEach(n -> nouns.computeIfAbsent(n, k -> new ArrayList<>()).add(f));
            f.adjectives().forEach(a -> adjectives.computeIfAbsent(a, k -> new ArrayList<>()).add(f));
            prefilter.addAll(f.adjectives());
            for (String v : f.verbs()) {
                prefilter.add(v);
                for (int k = 2; k <= v.length() - 4; k++) {
                    prefilter.add(v.substring(k));
                }
            }
        }
    }

    /** Whether {@code lemma} is {@code head} or a compound ending in it ("gipfeltreffen", "russland-besuch"). */
    static boolean isHead(String lemma, String head) {
        return Compound.endsIn(lemma, head) || lemma.endsWith("-" + head);
    }

    List<Frame> framesAt(Parse parse, int i) {
        Word w = parse.word(i);
        List<Frame> out = new ArrayList<>();
        switch (w.upos()) {
            case "VERB", "AUX" -> {
                add(out, verbs, parse.predicateLemma(i));
                if (!parse.predicateLemma(i).equals(w.lemma())) {
                    add(out, verbs, w.lemma());
                } else {
                    add(out, verbs, strandedParticle(parse, i)); // "wandte sich … zu", the particle misread
                }
            }
            case "NOUN", "PROPN" -> out.addAll(nounFrames(w.lemma()));
            case "ADJ" -> {
                add(out, adjectives, w.lemma());
                if (Grammar.isParticiple(w)) {
                    add(out, verbs, w.lemma());
                }
            }
            default -> {
            }
        }
        return out;
    }

    /**
     * A separable particle the parser did not attach: the first particle-like word after the verb, before the next
     * punctuation or verb, that makes a verb the rules know ("wandte sich dem Süden zu" → zuwenden); or "".
     */
    private String strandedParticle(Parse parse, int v) {
        for (int k = v + 1; k < parse.size(); k++) {
            Word w = parse.word(k);
            if (w.is("PUNCT") || w.is("VERB") || w.is("AUX")) {
                return "";
            }
            if ((w.is("ADP") || w.is("PART") || w.is("ADV")) && verbs.containsKey(w.lower() + parse.word(v).lemma())) {
                return w.lower() + parse.word(v).lemma();
            }
        }
        return "";
    }

    private List<Frame> nounFrames(String lemma) {
        List<Frame> exact = nouns.get(lemma);
        if (exact != null) {
            return exact;
        }
        for (int cut = 1; cut < lemma.length() - 2; cut++) {
            List<Frame> head = nouns.get(lemma.substring(cut));
            if (head != null && isHead(lemma, lemma.substring(cut))) {
                return head;
            }
        }
        return List.of();
    }

    private static void add(List<Frame> out, Map<String, List<Frame>> map, String lemma) {
        List<Frame> f = map.get(lemma);
        if (f != null) {
            out.addAll(f);
        }
    }

    /** Before parsing: could a word with these possible lemmas trigger a frame? */
    public boolean anyPredicate(Set<String> lemmas) {
        for (String l : lemmas) {
            if (prefilter.contains(l) || !nounFrames(l).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
