package org.newsgraph.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one export file holds, counted as its format writes it: the header inside the file, the API's
 * {@code X-Export-Counts} and the CLI's "wrote …" line all say {@link #describe()}, so none of them can differ from
 * the file. The formats that write entities and relations only (GraphML, GEXF, Cytoscape JSON, CSV) count the claims
 * of their evidence (CSV: the rows of claims.csv); JSON and Cypher count every node and relationship they write.
 *
 * @param nodes         the nodes the file holds: the entities, or for JSON and Cypher every node
 * @param relationships the relationships the file holds: the relations, or for JSON and Cypher every relationship
 */
public record ExportCounts(int entities, int relations, int claims, int sentences, int articles, int nodes,
                           int relationships, boolean full) {

    /** Entities, relations between them and the claims of their evidence. */
    static ExportCounts visual(Subgraph g) {
        int entities = g.entities().size();
        int relations = g.edges().size();
        Set<Object> claims = new HashSet<>();
        int unnamed = 0;
        for (Subgraph.Rel r : g.edges()) {
            for (var e : r.evidence()) {
                if (e.get("claim") == null) {
                    unnamed++;
                } else {
                    claims.add(e.get("claim"));
                }
            }
        }
        return new ExportCounts(entities, relations, claims.size() + unnamed, 0, 0, entities, relations, false);
    }

    /** Every node and relationship, with the nodes counted per main label. */
    static ExportCounts full(Subgraph g) {
        int[] per = new int[Subgraph.MAIN_LABELS.size()];
        for (Subgraph.Node n : g.nodes()) {
            int i = Subgraph.MAIN_LABELS.indexOf(n.label());
            if (i >= 0) {
                per[i]++;
            }
        }
        return new ExportCounts(per[0], g.edges().size(), per[1], per[2], per[3], g.nodes().size(), g.relationships().size(), true);
    }

    /**
     * "12 entities, 30 relations, 45 claims", and for JSON and Cypher also the sentences and articles and the totals:
     * "…, 40 sentences, 5 articles (62 nodes, 190 relationships)".
     */
    public String describe() {
        List<String> parts = new ArrayList<>(List.of(n(entities, "entity", "entities"), n(relations, "relation", "relations"),
                n(claims, "claim", "claims")));
        if (!full) {
            return String.join(", ", parts);
        }
        parts.add(n(sentences, "sentence", "sentences"));
        parts.add(n(articles, "article", "articles"));
        return String.join(", ", parts) + " (" + n(nodes, "node", "nodes") + ", "
                + n(relationships, "relationship", "relationships") + ")";
    }

    private static String n(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
