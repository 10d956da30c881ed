package org.newsgraph.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The edges between an entity and one of its ranked neighbours, kept on the entity as one string ({@code pairs[i]}
 * for {@code ranked[i]}), so the edges among the entities of a view are read from the entities themselves instead of
 * going through every edge of each hub. An edge is its fields joined by {@code |}, the edges of a pair joined by
 * {@code ;}: every field is a vocabulary word, a number, an ISO date or an element id, none of which holds either.
 * Whether a denial contests an edge is kept too: a denial only contests claims between its own two entities, so
 * whatever links or unlinks it changes their edges and has their pairs written again.
 */
public final class KeptPairs {
    /** The Cypher that writes a pair: {@code e} the entity, {@code rs} its edges with the neighbour. */
    public static final String ENCODE = """
            reduce(s = '', r IN rs | s + CASE s WHEN '' THEN '' ELSE ';' END
                   + type(r) + '|' + CASE WHEN startNode(r) = e THEN '>' ELSE '<' END + '|' + coalesce(r.status, '')
                   + '|' + coalesce(toString(r.claims), '') + '|' + coalesce(toString(r.articles), '')
                   + '|' + coalesce(toString(r.sources), '') + '|' + coalesce(toString(r.independentSources), '')
                   + '|' + coalesce(toString(r.firstDate), '') + '|' + coalesce(toString(r.lastDate), '')
                   + '|' + coalesce(toString(r.disputed), '')
                   + '|' + toString(EXISTS { (:Claim {type: 'DENIED'})-[:CONTESTS]->(:Claim {type: type(r),
                                             subject: startNode(r).id, object: endNode(r).id}) })
                   + '|' + elementId(r))""";

    private static final int CLAIMS = 3;

    /** One kept edge, not yet decoded: where it is in its pair's string, its claims and its id. */
    public record Edge(String owner, String other, String kept, int from, int to, long claims, String id) {
        /**
         * The edge as the edge queries answer it: source, target, type, status, claims, articles, outlets,
         * independentSources, firstDate, lastDate, disputed, contested, id.
         */
        public Map<String, Object> decode() {
            String[] f = kept.substring(from, to).split("\\|", -1);
            boolean out = f[1].equals(">");
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", out ? owner : other);
            m.put("target", out ? other : owner);
            m.put("type", f[0]);
            m.put("status", text(f[2]));
            m.put("claims", number(f[CLAIMS]));
            m.put("articles", number(f[4]));
            m.put("outlets", number(f[5]));
            m.put("independentSources", number(f[6]));
            m.put("firstDate", text(f[7]));
            m.put("lastDate", text(f[8]));
            m.put("disputed", f[9].isEmpty() ? null : Boolean.valueOf(f[9]));
            m.put("contested", Boolean.valueOf(f[10]));
            m.put("id", id);
            return m;
        }
    }

    private KeptPairs() {
    }

    /** Gives each edge of a kept pair between {@code owner} and {@code other}, reading only its claims and id. */
    public static void edges(String owner, String other, String kept, Consumer<Edge> to) {
        if (kept == null) {
            return;
        }
        for (int from = 0; from < kept.length(); ) {
            int end = kept.indexOf(';', from);
            end = end < 0 ? kept.length() : end;
            int claims = from;
            for (int i = 0; i < CLAIMS; i++) {
                claims = kept.indexOf('|', claims) + 1;
            }
            int claimsEnd = kept.indexOf('|', claims);
            long n = claimsEnd == claims ? 0 : Long.parseLong(kept, claims, claimsEnd, 10);
            to.accept(new Edge(owner, other, kept, from, end, n, kept.substring(kept.lastIndexOf('|', end - 1) + 1, end)));
            from = end + 1;
        }
    }

    private static String text(String f) {
        return f.isEmpty() ? null : f;
    }

    private static Long number(String f) {
        return f.isEmpty() ? null : Long.valueOf(f);
    }
}
