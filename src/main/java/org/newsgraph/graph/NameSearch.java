package org.newsgraph.graph;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a name typed by a person becomes a full-text query, and how the hits are ordered. The text is always
 * literal: it is cut into words the way the index's analyser cuts names (letters and digits; an apostrophe inside
 * a word stays), so hyphens, quotes and Lucene's operators ({@code " * ~ ( AND -}) are never syntax. All words
 * must match and the last also as a prefix (autocomplete). Hits whose name or alias is exactly the text come
 * first, then the rest by importance — PageRank over the whole graph, then degree (an entity not measured yet comes
 * after those that are) — and last by the index's score: "Kim Jong" finds Kim Jong-un (13 relations) before Kim
 * Jong-il (1), which the index scores higher for its shorter name.
 */
final class NameSearch {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}'’]+");
    private static final Pattern APOSTROPHES_AT_EDGES = Pattern.compile("^['’]+|['’]+$");
    /** Full-text hits read before ordering: exact names may score lower than longer ones with the same words. */
    static final int CANDIDATES = 100;

    private NameSearch() {
    }

    /** The Lucene query for a typed text, "" when it holds no word: "Kim Jong-un" → "kim AND jong AND un*". */
    static String luceneQuery(String text) {
        List<String> words = words(text);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            sb.append(i > 0 ? " AND " : "").append(words.get(i)).append(i == words.size() - 1 ? "*" : "");
        }
        return sb.toString();
    }

    /** A name reduced for comparison: lower case, composed umlauts, words joined by single spaces. */
    static String key(String text) {
        return String.join(" ", words(text));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        for (String w : NOT_WORD.split(normal)) {
            String word = APOSTROPHES_AT_EDGES.matcher(w).replaceAll("");
            if (!word.isEmpty()) {
                words.add(word.replace('’', '\''));
            }
        }
        return words;
    }

    /** 0 exact name or alias, 1 a name or alias starting with the text, 2 any other hit (ordering uses 0 or not). */
    static int rank(String typed, List<String> names) {
        String key = key(typed);
        int best = 2;
        for (String n : names) {
            String k = key(n);
            if (k.equals(key)) {
                return 0;
            }
            if (k.startsWith(key)) {
                best = 1;
            }
        }
        return best;
    }

    /** A hit with what ordering needs. */
    record Candidate(ExploreQueries.Hit hit, int rank) {
    }

    static final Comparator<Candidate> ORDER = Comparator.comparing((Candidate c) -> c.rank() != 0)
            .thenComparingDouble(c -> c.hit().pagerank() == null ? 1 : -c.hit().pagerank())
            .thenComparingLong(c -> -c.hit().degree())
            .thenComparingDouble(c -> -c.hit().score())
            .thenComparing(c -> c.hit().name());
}
