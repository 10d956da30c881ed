package org.newsgraph.query;

/**
 * Checks a query's text before Neo4j parses it. Neo4j's parser recurses once per nesting level: {@code RETURN}
 * followed by 5,000 opening parentheses overflowed its stack and held the request for 120 s. No real query nests
 * brackets more than a few levels, so more than {@link #MAX_DEPTH} is refused at once (outside strings, quoted names
 * and comments, which may hold any brackets).
 */
final class QueryShape {
    static final int MAX_DEPTH = 64;

    private QueryShape() {
    }

    static void check(String query) {
        int depth = 0;
        int deepest = 0;
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = skipQuoted(query, i, c);
                continue;
            }
            if (c == '/' && i + 1 < n && (query.charAt(i + 1) == '/' || query.charAt(i + 1) == '*')) {
                i = skipComment(query, i);
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                deepest = Math.max(deepest, ++depth);
                if (deepest > MAX_DEPTH) {
                    throw new QueryError(QueryError.Reason.CYPHER, "the query nests brackets more than " + MAX_DEPTH
                            + " levels deep (at offset " + i + "); the console refuses it before parsing");
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
            i++;
        }
    }

    /** The index after the closing quote (a backslash escapes in strings; a doubled backtick in names). */
    private static int skipQuoted(String q, int start, char quote) {
        int i = start + 1;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return i;
    }

    private static int skipComment(String q, int start) {
        if (q.charAt(start + 1) == '/') {
            int end = q.indexOf('\n', start);
            return end < 0 ? q.length() : end + 1;
        }
        int end = q.indexOf("*/", start + 2);
        return end < 0 ? q.length() : end + 2;
    }
}
