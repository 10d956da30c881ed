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
        return new StatusCues(f.wordSet("reporting-verbs"), f.wordSet("speculative-verbs"), f.wordSet("denial-verbs"),
                f.wordSet("reported-modals"), f.wordSet("speculative-modals"), f.wordSet("reported-adverbs"),
                f.wordSet("speculative-adverbs"), f.wordSet("negations"), f.wordSet("not-negated-before"),
                f.wordSet("reporting-prepositions"), f.wordSet("reporting-nouns"), f.wordSet("speculative-nouns"),
                f.wordSet("speculative-adjectives"), f.wordSet("reported-adjectives"));
    }
}
