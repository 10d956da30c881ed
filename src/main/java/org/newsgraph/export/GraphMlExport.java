package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML: one typed {@code <key>} per node and edge property (long, double, boolean, string; lists as JSON
 * text), the labels of each node, and each edge's relation type and evidence (JSON text).
 */
final class GraphMlExport {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMlExport() {
    }

    static void write(Subgraph g, OutputStream out) throws IOException {
        Map<String, Props.Kind> nodeKeys = Props.entityKinds(g);
        Map<String, Props.Kind> edgeKeys = Props.edgeKinds(g);
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace(NS);
            x.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            x.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            key(x, "n_labels", "node", "labels", "string");
            for (Map.Entry<String, Props.Kind> k : nodeKeys.entrySet()) {
                key(x, "n_" + safe(k.getKey()), "node", k.getKey(), k.getValue().xmlType());
            }
            key(x, "e_type", "edge", "type", "string");
            key(x, "e_evidence", "edge", "evidence", "string");
            for (Map.Entry<String, Props.Kind> k : edgeKeys.entrySet()) {
                key(x, "e_" + safe(k.getKey()), "edge", k.getKey(), k.getValue().xmlType());
            }
            x.writeStartElement("graph");
            x.writeAttribute("id", "G");
            x.writeAttribute("edgedefault", "directed");
            x.writeStartElement("desc");
            x.writeCharacters(Props.xml(g.title() + ": " + ExportCounts.visual(g).describe()));
            x.writeEndElement();
            for (Subgraph.Node n : g.entities()) {
                x.writeStartElement("node");
                x.writeAttribute("id", Props.xml(n.id()));
                data(x, "n_labels", String.join(":", n.labels()));
                for (Map.Entry<String, Object> p : n.properties().entrySet()) {
                    data(x, "n_" + safe(p.getKey()), Props.text(p.getValue()));
                }
                x.writeEndElement();
            }
            int i = 0;
            for (Subgraph.Rel r : g.edges()) {
                x.writeStartElement("edge");
                x.writeAttribute("id", "e" + i++);
                x.writeAttribute("source", Props.xml(Subgraph.idOf(r.start())));
                x.writeAttribute("target", Props.xml(Subgraph.idOf(r.end())));
                data(x, "e_type", r.type());
                data(x, "e_evidence", Props.json(r.evidence()));
                for (Map.Entry<String, Object> p : r.properties().entrySet()) {
                    data(x, "e_" + safe(p.getKey()), Props.text(p.getValue()));
                }
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("could not write GraphML: " + e.getMessage(), e);
        }
    }

    private static void key(XMLStreamWriter x, String id, String forWhat, String name, String type) throws XMLStreamException {
        x.writeEmptyElement("key");
        x.writeAttribute("id", id);
        x.writeAttribute("for", forWhat);
        x.writeAttribute("attr.name", Props.xml(name));
        x.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(Props.xml(value));
        x.writeEndElement();
    }

    static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
