package org.newsgraph.extract.mention;

import java.util.List;

/**
 * An entity mention in a sentence. {@code start}/{@code end} are sentence-relative character offsets and
 * {@code tokenStart}/{@code tokenEnd} word indexes (end exclusive). A GROUP mention ("die beiden",
 * "beide Länder") stands for several entities, listed in {@code members}. A COMPOUND mention is a name inside
 * a longer word ("Russlandreise", "Hamas-Chef", "US-Verbündeten").
 */
public record Mention(String entityId, Kind kind, String surface, int start, int end, int tokenStart, int tokenEnd,
                      List<String> members) {

    public enum Kind { NAME, ADJECTIVE, COMPOUND, PRONOUN, NOMINAL, GROUP }

    public static Mention of(String entityId, Kind kind, String sentence, int tokenStart, int tokenEnd,
                             List<Token> tokens) {
        int s = tokens.get(tokenStart).start();
        int e = tokens.get(tokenEnd - 1).end();
        return new Mention(entityId, kind, sentence.substring(s, e), s, e, tokenStart, tokenEnd, List.of(entityId));
    }

    /** The same mention with other word indexes. */
    public Mention atWords(int first, int end) {
        return new Mention(entityId, kind, surface, start, this.end, first, end, members);
    }

    /** Whether the mention spans word {@code word}. */
    public boolean covers(int word) {
        return word >= tokenStart && word < tokenEnd;
    }

    /** Whether any of the mentions spans word {@code word}. */
    public static boolean anyCovers(List<Mention> mentions, int word) {
        for (Mention m : mentions) {
            if (m.covers(word)) {
                return true;
            }
        }
        return false;
    }

    public boolean resolvedByContext() {
        return kind == Kind.PRONOUN || kind == Kind.NOMINAL || kind == Kind.GROUP;
    }
}
