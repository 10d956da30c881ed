package org.newsgraph.extract.nlp;

import java.util.Collection;

/**
 * A German compound is a kind of its last part: a "Waffenlieferung" is a "Lieferung", a "Golfstaat" a "Staat". A
 * lemma counts as ending in a word when at least three letters come before it (so "Rat" is no "at").
 */
public final class Compound {
    /** Endings a noun takes after a hyphen: "-Gespräche", "-Gesprächen", "-Gipfels", "-Abkommens", "-Drohnen". */
    private static final java.util.List<String> INFLECTIONS = java.util.List.of("", "e", "en", "n", "s", "es");

    private Compound() {
    }

    /** Whether {@code word}, lower-cased and with or without an inflectional ending, is a base {@code isBase} accepts. */
    public static boolean inflectedFrom(String word, java.util.function.Predicate<String> isBase) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        for (String ending : INFLECTIONS) {
            if (w.endsWith(ending) && isBase.test(w.substring(0, w.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code lemma} is {@code head} or a compound ending in it ("gipfeltreffen" for "treffen"). */
    public static boolean endsIn(String lemma, String head) {
        return lemma.equals(head) || lemma.length() >= head.length() + 3 && lemma.endsWith(head);
    }

    /** Whether {@code lemma} is one of {@code heads} or a compound ending in one of them. */
    public static boolean endsInAny(String lemma, Collection<String> heads) {
        for (String h : heads) {
            if (endsIn(lemma, h)) {
                return true;
            }
        }
        return false;
    }
}
