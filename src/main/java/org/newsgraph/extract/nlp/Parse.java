package org.newsgraph.extract.nlp;

import java.util.List;

/** A parsed sentence: its words (with lemma, POS, NER) and their dependencies. */
public record Parse(List<Word> words, Dependencies deps) {

    /** A copy whose dependencies can be repaired without changing this one (the words are immutable). */
    public Parse copy() {
        return new Parse(words, deps.copy());
    }

    public Word word(int i) {
        return words.get(i);
    }

    public int size() {
        return words.size();
    }

    /** The lemma a rule sees for a verb: a separable particle joins it ("traf … ein" → "eintreffen"). */
    public String predicateLemma(int i) {
        Word w = words.get(i);
        for (Dependencies.Edge e : deps.children(i, "compound:prt")) {
            return words.get(e.dep()).lower() + w.lemma();
        }
        return w.lemma();
    }
}
