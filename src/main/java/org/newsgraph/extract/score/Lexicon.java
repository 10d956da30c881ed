package org.newsgraph.extract.score;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.RuleFile;
import org.newsgraph.model.RelationType;

/**
 * The predicate lexicon of {@code import/rules/lexicon-<lang>.txt}: which relation types a word may carry. A noun
 * also matches as the last part of a compound ("Waffenlieferung" → lieferung), with at least three letters before.
 */
public final class Lexicon {
    private static final Set<RelationType> NONE = Set.of();
    private final Map<String, Set<RelationType>> types = new HashMap<>();
    private final Set<String> locatives = new java.util.HashSet<>();

    private Lexicon() {
    }

    /** The key of the example lines: "example: SENTENCE => TYPE source target" (run by the test suite). */
    public static final String EXAMPLE = "example";
    /**
     * The key of the prepositions that place a deed somewhere ("in", "am"): an actor doing anything there, when the
     * place lies outside its own state, is proposed as having VISITED it ("Kim und Putin trafen sich in Wladiwostok").
     */
    public static final String LOCATIVE = "locative";
    /** The key of the verbs of saying ("sagen", "nennen"): what a speaker says may criticise a party named in it. */
    public static final String SPEECH = "speech";
    /** The key of the words of blame ("Lüge", "Aggression", "inakzeptabel") that make what was said criticism. */
    public static final String BLAME = "blame";
    private final Set<String> speech = new java.util.HashSet<>();
    private final Set<String> blame = new java.util.HashSet<>();

    /**
     * The lexicon of a file plus the words of the language's patterns ({@code patternWords}: type → verbs, nouns
     * and adjectives of its rules), so a pattern's word casts the wide net too without being listed twice.
     */
    public static Lexicon of(RuleFile file, Map<RelationType, ? extends java.util.Collection<String>> patternWords) {
        Lexicon l = of(file);
        patternWords.forEach((t, words) -> words.forEach(w -> l.types
                .computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> EnumSet.noneOf(RelationType.class)).add(t)));
        return l;
    }

    public static Lexicon of(RuleFile file) {
        for (String key : file.keys()) {
            if (!Set.of(EXAMPLE, LOCATIVE, SPEECH, BLAME).contains(key) && !RelationType.isKnown(key)) {
                throw new IllegalArgumentException(file.name() + ": '" + key + "' is no relation type of the vocabulary");
            }
        }
        Lexicon l = new Lexicon();
        for (RelationType t : RelationType.values()) {
            for (String lemma : file.words(t.name().toLowerCase(Locale.ROOT))) {
                l.types.computeIfAbsent(lemma, k -> EnumSet.noneOf(RelationType.class)).add(t);
            }
        }
        l.locatives.addAll(file.words(LOCATIVE));
        l.speech.addAll(file.words(SPEECH));
        l.blame.addAll(file.words(BLAME));
        return l;
    }

    /** An empty lexicon: no word carries a relation. */
    public static Lexicon empty() {
        return new Lexicon();
    }

    /** The types {@code lemma} may carry; for a noun, those of the longest listed word it ends in. */
    public Set<RelationType> types(String lemma, boolean noun) {
        Set<RelationType> found = lookup(lemma.toLowerCase(Locale.ROOT), noun, 3, types::get);
        return found == null ? NONE : found;
    }

    /**
     * What {@code get} knows of the lemma itself, or for a noun of its last part (at least {@code minTail} letters,
     * with at least three before it), the longest first; null when nothing.
     */
    private static <T> T lookup(String lemma, boolean noun, int minTail, java.util.function.Function<String, T> get) {
        T exact = get.apply(lemma);
        for (int i = 3; exact == null && noun && i <= lemma.length() - minTail; i++) {
            exact = get.apply(lemma.substring(i));
        }
        return exact;
    }

    /** Whether any of these possible lemmas of a word (before tagging) may carry a relation. */
    public boolean anyPredicate(Set<String> lemmas) {
        for (String l : lemmas) {
            if (!types(l, true).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb is one of saying. */
    public boolean speech(String lemma) {
        return speech.contains(lemma);
    }

    /** Whether a word blames (a noun also as the last part of a compound: "Stellvertreterkrieg"). */
    public boolean blame(String lemma, boolean noun) {
        return lookup(lemma, noun, 4, w -> blame.contains(w) ? Boolean.TRUE : null) != null;
    }

    /** Whether a case marker places a deed somewhere ("in", "im", "am"). */
    public boolean locative(String marker) {
        return marker != null && locatives.contains(marker.toLowerCase(Locale.ROOT));
    }

    public int size() {
        return types.size();
    }
}
