package org.newsgraph.extract.mention;

import java.util.Set;
import org.newsgraph.extract.RuleFile;

/**
 * The words coreference looks for, from {@code import/rules/cues-<lang>.txt}: pronouns (male, possessive,
 * plural), "beide"/"drei", definite articles, nouns that stand for a state ("Land", "Golfstaat") or an
 * expert named before, and the words that join names into a group.
 */
public record CorefCues(Set<String> male, Set<String> female, Set<String> possessive, Set<String> boundPossessive,
                        Set<String> relative, Set<String> plural, Set<String> both,
                        Set<String> three, Set<String> definite, Set<String> countryNouns, Set<String> expertNouns,
                        Set<String> joiners, Set<String> singularVerbs) {

    public static CorefCues of(RuleFile cues) {
        return new CorefCues(set(cues, "pronoun-male"), set(cues, "pronoun-female"), set(cues, "pronoun-possessive"),
                set(cues, "pronoun-possessive-bound"), set(cues, "pronoun-relative"),
                set(cues, "pronoun-plural"),
                set(cues, "group-two"), set(cues, "group-three"), set(cues, "definite"), set(cues, "country-nouns"),
                set(cues, "expert-nouns"), joiners(cues), set(cues, "singular-verbs"));
    }

    /** "und, sowie, comma": the word "comma" stands for ",". */
    private static Set<String> joiners(RuleFile cues) {
        return Set.copyOf(cues.words("joiners").stream().map(w -> w.equals("comma") ? "," : w.replace("\"", "")).toList());
    }

    private static Set<String> set(RuleFile cues, String key) {
        return Set.copyOf(cues.words(key));
    }
}
