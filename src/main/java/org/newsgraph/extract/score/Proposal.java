package org.newsgraph.extract.score;

import java.util.List;
import org.newsgraph.extract.relation.Argument;
import org.newsgraph.model.RelationType;

/**
 * A relation the wide net caught in a parsed sentence: two parties, a type the lexicon offers for the word that
 * joins them ({@code predicate}, a word index), and the features the scorer weighs. {@code score} is the
 * scorer's probability that the relation is stated (NaN before scoring).
 */
public record Proposal(Argument source, RelationType type, Argument target, int predicate, String lemma,
                       List<String> features, double score) {

    public Proposal scored(double s) {
        return new Proposal(source, type, target, predicate, lemma, features, s);
    }

    /** "source|TYPE|target", with the two ids in sorted order for a symmetric type. */
    public String key() {
        return key(source.entityId(), type, target.entityId());
    }

    public static String key(String source, RelationType type, String target) {
        if (type.symmetric() && source.compareTo(target) > 0) {
            return target + "|" + type + "|" + source;
        }
        return source + "|" + type + "|" + target;
    }

    /** The unordered pair, for "one suggestion per pair". */
    public String pair() {
        return pair(source.entityId(), target.entityId());
    }

    /** "a|b" with the two ids in sorted order. */
    public static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
