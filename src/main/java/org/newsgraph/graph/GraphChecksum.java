package org.newsgraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.newsgraph.db.Neo4jConnection;

/**
 * A content checksum of the whole graph that ignores internal ids and write order: nodes by labels and
 * properties, relationships by type, properties and the ids of their end nodes. Two imports of the same
 * folder must give the same checksum; so must a crashed-then-resumed import and a clean one. The edge ids an
 * entity keeps with its pairs are left out too, and so are the measures of the whole graph's structure
 * ({@link org.newsgraph.structure.StructureService}): derived from the rest, and written in the background after it;
 * and when an article was loaded.
 */
public final class GraphChecksum {
    private static final String NODES = """
            MATCH (n) RETURN labels(n) AS labels, properties(n) AS props""";
    private static final String RELATIONSHIPS = """
            MATCH (a)-[r]->(b)
            RETURN type(r) AS type, properties(r) AS props,
                   coalesce(a.id, elementId(a)) AS from, coalesce(b.id, elementId(b)) AS to""";

    public record Summary(long nodes, long relationships, long properties, String sha256) {
    }

    private GraphChecksum() {
    }

    public static Summary of(Neo4jConnection db) {
        return db.read(tx -> {
            List<String> lines = new ArrayList<>();
            long props = 0;
            List<Record> nodes = tx.run(NODES).list();
            for (Record r : nodes) {
                List<String> labels = new ArrayList<>(r.get("labels").asList(v -> v.asString()));
                labels.sort(null);
                Map<String, Object> p = new TreeMap<>(r.get("props").asMap());
                p.keySet().removeAll(org.newsgraph.structure.StructureService.PROPERTIES);
                if (labels.contains("Article")) {
                    p.remove("loaded"); // when it came in, not what it holds
                }
                props += p.size();
                p.computeIfPresent("pairs", (k, v) -> withoutEdgeIds(v));
                lines.add("N" + labels + p);
            }
            List<Record> rels = tx.run(RELATIONSHIPS).list();
            for (Record r : rels) {
                Map<String, Object> p = new TreeMap<>(r.get("props").asMap());
                props += p.size();
                lines.add("R" + r.get("from").asString() + "-" + r.get("type").asString() + p + "->"
                        + r.get("to").asString());
            }
            lines.sort(null);
            return new Summary(nodes.size(), rels.size(), props, sha256(lines));
        });
    }

    /** An entity's kept pairs without the element ids of their edges, in any order (see {@link org.newsgraph.load.KeptPairs}). */
    private static Object withoutEdgeIds(Object pairs) {
        return ((List<?>) pairs).stream().map(p -> java.util.Arrays.stream(((String) p).split(";"))
                .map(edge -> edge.substring(0, Math.max(0, edge.lastIndexOf('|')))).sorted().toList()).toList();
    }

    private static String sha256(List<String> lines) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String l : lines) {
                md.update(l.getBytes(StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
