package org.newsgraph.extract.nlp;

/**
 * A word of a sentence as the backbone reads it. {@code index} is its position in the sentence (0-based),
 * {@code start}/{@code end} its characters in the sentence text (a contraction split into two words, "im" →
 * "in dem", gives both the same span). {@code lemma} is lower case; {@code upos} the Universal POS tag;
 * {@code ner} the NER class (PERSON, LOCATION, ORGANIZATION, MISC or O); {@code morph} the morphological
 * readings (German: the dictionary tags such as {@code VER:3:SIN:KJ1}, English: the Penn tag).
 * Before parsing, lemma, upos, ner and morph are empty.
 */
public record Word(int index, String text, String lemma, String upos, String ner, String morph, int start, int end) {

    public boolean is(String pos) {
        return pos.equals(upos);
    }

    public boolean isNominal() {
        return "NOUN".equals(upos) || "PROPN".equals(upos);
    }

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
