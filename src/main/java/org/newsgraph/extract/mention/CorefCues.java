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
        return new CorefCues(cues.wordSet("pronoun-male"), cues.wordSet("pronoun-female"),
                cues.wordSet("pronoun-possessive"), cues.wordSet("pronoun-possessive-bound"),
                cues.wordSet("pronoun-relative"), cues.wordSet("pronoun-plural"), cues.wordSet("group-two"),
                cues.wordSet("group-three"), cues.wordSet("definite"), cues.wordSet("country-nouns"),
                cues.wordSet("expert-nouns"), joiners(cues), cues.wordSet("singular-verbs"));
    }

    /** "und, sowie, comma": the word "comma" stands for ",". */
    private static Set<String> joiners(RuleFile cues) {
        return Set.copyOf(cues.words("joiners").stream().map(w -> w.equals("comma") ? "," : w.replace("\"", "")).toList());
    }
}
