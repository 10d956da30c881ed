package org.newsgraph.export;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The two JSON formats: Cytoscape.js elements (entities and edges with evidence) and the full property graph. */
final class JsonExport {
    private JsonExport() {
    }

    /** {@code {"data": {…}, "elements": {"nodes": [{"data": …}], "edges": [{"data": …}]}}}, as Cytoscape desktop reads. */
    static void cytoscape(Subgraph g, OutputStream out) throws IOException {
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (Subgraph.Node n : g.entities()) {
            Map<String, Object> d = new LinkedHashMap<>(n.properties());
            d.put("id", n.id());
            d.put("labels", n.labels());
            d.putIfAbsent("name", n.id());
            nodes.add(Map.of("data", d));
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        for (Subgraph.Rel r : g.edges()) {
            Map<String, Object> d = new LinkedHashMap<>(r.properties());
            d.put("id", Subgraph.idOf(r.start()) + "|" + r.type() + "|" + Subgraph.idOf(r.end()));
            d.put("source", Subgraph.idOf(r.start()));
            d.put("target", Subgraph.idOf(r.end()));
            d.put("interaction", r.type());
            d.put("type", r.type());
            d.put("evidence", r.evidence());
            edges.add(Map.of("data", d));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format_version", "1.0");
        doc.put("generated_by", "newsgraph");
        Map<String, Object> data = new LinkedHashMap<>(Map.of("name", g.title(), "summary", ExportCounts.visual(g).describe()));
        if (!g.notes().isEmpty()) {
            data.put("notes", g.notes()); // analysts' notes on these entities and relations (internal fields only)
        }
        doc.put("data", data);
        doc.put("elements", Map.of("nodes", nodes, "edges", edges));
        write(doc, out);
    }

    /** {@code {nodes: [{key, labels, properties}], relationships: [{type, start, end, properties, evidence}]}}. */
    static void plain(Subgraph g, OutputStream out) throws IOException {
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (Subgraph.Node n : g.nodes()) {
            nodes.add(Map.of("key", n.key(), "labels", n.labels(), "properties", n.properties()));
        }
        List<Map<String, Object>> rels = new ArrayList<>();
        for (Subgraph.Rel r : g.relationships()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", r.type());
            m.put("start", r.start());
            m.put("end", r.end());
            m.put("properties", r.properties());
            if (r.isExploration()) {
                m.put("evidence", r.evidence());
            }
            rels.add(m);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", g.title());
        doc.put("summary", ExportCounts.full(g).describe());
        doc.put("nodes", nodes);
        doc.put("relationships", rels);
        if (!g.notes().isEmpty()) {
            doc.put("notes", g.notes()); // the analysts' notes on these entities, relations and articles (internal fields only)
        }
        write(doc, out);
    }

    private static void write(Object doc, OutputStream out) throws IOException {
        Props.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, doc);
    }
}
