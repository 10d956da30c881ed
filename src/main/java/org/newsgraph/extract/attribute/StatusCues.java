package org.newsgraph.extract.attribute;

import java.util.Set;
import org.newsgraph.extract.RuleFile;

/** The lemma lists that decide a relation's status and who asserts it ({@code import/rules/cues-<lang>.txt}). */
public record StatusCues(Set<String> reportingVerbs, Set<String> speculativeVerbs, Set<String> denialVerbs,
                         Set<String> reportedModals, Set<String> speculativeModals, Set<String> reportedAdverbs,
                         Set<String> speculativeAdverbs, Set<String> negations, Set<String> notNegatedBefore,
                         Set<String> reportingPrepositions, Set<String> reportingNouns, Set<String> speculativeNouns,
                         Set<String> speculativeAdjectives, Set<String> reportedAdjectives) {

    public static StatusCues of(RuleFile f) {
        return new StatusCues(set(f, "reporting-verbs"), set(f, "speculative-verbs"), set(f, "denial-verbs"),
                set(f, "reported-modals"), set(f, "speculative-modals"), set(f, "reported-adverbs"),
                set(f, "speculative-adverbs"), set(f, "negations"), set(f, "not-negated-before"),
                set(f, "reporting-prepositions"), set(f, "reporting-nouns"), set(f, "speculative-nouns"),
                set(f, "speculative-adjectives"), set(f, "reported-adjectives"));
    }

    private static Set<String> set(RuleFile f, String key) {
        return Set.copyOf(f.words(key));
    }
}
