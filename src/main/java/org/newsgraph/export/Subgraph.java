package org.newsgraph.export;

import java.util.List;
import java.util.Map;

/**
 * What an export holds: entities and the exploration edges among them, each edge with its evidence, plus the
 * claims, sentences and articles behind those edges and the relationships that tie them together. Nodes are
 * keyed by their main label and {@code id} property (both unique in the schema); lists are sorted, so two
 * exports of the same selection are byte-identical. {@code notes} are the analysts' notes on its entities, relations
 * and articles (id, target kind and key, text, analyst, at), oldest first: analyst data, carried only with internal
 * fields (see {@link ExportFields}).
 */
public record Subgraph(String title, List<Node> nodes, List<Rel> relationships, List<Map<String, Object>> notes) {
    public static final List<String> MAIN_LABELS = List.of("Entity", "Claim", "Sentence", "Article");

    public Subgraph(String title, List<Node> nodes, List<Rel> relationships) {
        this(title, nodes, relationships, List.of());
    }

    /** {@code label} is the main label (Entity, Claim, Sentence, Article); {@code labels} all of them. */
    public record Node(String label, String id, List<String> labels, Map<String, Object> properties) {
        public String key() {
            return label + ":" + id;
        }

        public boolean isEntity() {
            return "Entity".equals(label);
        }
    }

    /**
     * A relationship between two nodes (by key). Exploration edges (entity to entity) carry the {@code evidence}
     * of their claims (rejected ones and open suggestions never): claim, sentence, article, title, outlet, author,
     * published, url, status, date, attributedTo.
     */
    public record Rel(String type, String start, String end, Map<String, Object> properties,
                      List<Map<String, Object>> evidence) {
        public boolean isExploration() {
            return start.startsWith("Entity:") && end.startsWith("Entity:");
        }

        public String key() {
            return start + "|" + type + "|" + end;
        }
    }

    /** Entities and exploration edges only: what the visual formats (GraphML, GEXF, CSV, Cytoscape) carry. */
    public List<Node> entities() {
        return nodes.stream().filter(Node::isEntity).toList();
    }

    public List<Rel> edges() {
        return relationships.stream().filter(Rel::isExploration).toList();
    }

    public static String idOf(String key) {
        return key.substring(key.indexOf(':') + 1);
    }
}
