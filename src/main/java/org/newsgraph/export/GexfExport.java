package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.newsgraph.model.RelationType;

/**
 * GEXF 1.3 for Gephi: node and edge attributes (declared with their types), and time: each edge carries one
 * spell per distinct claim date — a day, or the whole month or year when the text only gave that — so
 * Gephi's timeline shows when relations were reported. All edges are directed (readers such as NetworkX refuse
 * mixed graphs); symmetric relation types (MET, SIGNED…) say so in the "symmetric" attribute.
 */
final class GexfExport {
    static final String NS = "http://gexf.net/1.3";

    private GexfExport() {
    }

    static void write(Subgraph g, OutputStream out) throws IOException {
        Map<String, Props.Kind> nodeKinds = Props.entityKinds(g);
        Map<String, Props.Kind> edgeKinds = Props.edgeKinds(g);
        List<String> nodeAttrs = new ArrayList<>(nodeKinds.keySet());
        List<String> edgeAttrs = new ArrayList<>(edgeKinds.keySet());
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("gexf");
            x.writeDefaultNamespace(NS);
            x.writeAttribute("version", "1.3");
            x.writeStartElement("meta");
            x.writeAttribute("lastmodifieddate", LocalDate.now().toString());
            element(x, "creator", "newsgraph");
            element(x, "description", Props.xml(g.title() + ": " + ExportCounts.visual(g).describe()));
            x.writeEndElement();
            x.writeStartElement("graph");
            x.writeAttribute("defaultedgetype", "directed");
            x.writeAttribute("mode", "dynamic");
            x.writeAttribute("timeformat", "date");
            attributes(x, "node", nodeAttrs, nodeKinds, List.of("labels"));
            attributes(x, "edge", edgeAttrs, edgeKinds, List.of("relation", "evidence", "symmetric"));
            x.writeStartElement("nodes");
            for (Subgraph.Node n : g.entities()) {
                x.writeStartElement("node");
                x.writeAttribute("id", Props.xml(n.id()));
                x.writeAttribute("label", Props.xml(Props.text(n.properties().getOrDefault("name", n.id()))));
                x.writeStartElement("attvalues");
                value(x, "n0", String.join(":", n.labels()));
                for (int i = 0; i < nodeAttrs.size(); i++) {
                    Object v = n.properties().get(nodeAttrs.get(i));
                    if (v != null) {
                        value(x, "n" + (i + 1), Props.text(v));
                    }
                }
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeStartElement("edges");
            int id = 0;
            for (Subgraph.Rel r : g.edges()) {
                x.writeStartElement("edge");
                x.writeAttribute("id", "e" + id++);
                x.writeAttribute("source", Props.xml(Subgraph.idOf(r.start())));
                x.writeAttribute("target", Props.xml(Subgraph.idOf(r.end())));
                x.writeAttribute("label", r.type());
                Object claims = r.properties().get("claims");
                if (claims instanceof Number n && n.doubleValue() > 0) {
                    x.writeAttribute("weight", String.valueOf(n.doubleValue()));
                }
                x.writeStartElement("attvalues");
                value(x, "e0", r.type());
                value(x, "e1", Props.json(r.evidence()));
                value(x, "e2", String.valueOf(RelationType.isKnown(r.type()) && RelationType.parse(r.type()).symmetric()));
                for (int i = 0; i < edgeAttrs.size(); i++) {
                    Object v = r.properties().get(edgeAttrs.get(i));
                    if (v != null) {
                        value(x, "e" + (i + 3), Props.text(v));
                    }
                }
                x.writeEndElement();
                spells(x, r);
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("could not write GEXF: " + e.getMessage(), e);
        }
    }

    private static void attributes(XMLStreamWriter x, String cls, List<String> names, Map<String, Props.Kind> kinds,
                                   List<String> fixed) throws XMLStreamException {
        x.writeStartElement("attributes");
        x.writeAttribute("class", cls);
        String prefix = cls.substring(0, 1);
        int i = 0;
        for (String f : fixed) {
            attribute(x, prefix + i++, f, "string");
        }
        for (String n : names) {
            attribute(x, prefix + i++, n, kinds.get(n).xmlType());
        }
        x.writeEndElement();
    }

    private static void attribute(XMLStreamWriter x, String id, String title, String type) throws XMLStreamException {
        x.writeEmptyElement("attribute");
        x.writeAttribute("id", id);
        x.writeAttribute("title", Props.xml(title));
        x.writeAttribute("type", type);
    }

    private static void value(XMLStreamWriter x, String forId, String v) throws XMLStreamException {
        x.writeEmptyElement("attvalue");
        x.writeAttribute("for", forId);
        x.writeAttribute("value", Props.xml(v));
    }

    /** One spell per distinct claim date of the edge; none when no claim is dated. */
    private static void spells(XMLStreamWriter x, Subgraph.Rel r) throws XMLStreamException {
        TreeSet<String> dates = new TreeSet<>();
        r.evidence().forEach(e -> {
            if (e.get("date") instanceof String d && !d.isBlank()) {
                dates.add(d);
            }
        });
        List<LocalDate[]> spells = new ArrayList<>();
        for (String d : dates) {
            LocalDate[] span = span(d);
            if (span != null) {
                spells.add(span);
            }
        }
        if (spells.isEmpty()) {
            return;
        }
        x.writeStartElement("spells");
        for (LocalDate[] s : spells) {
            x.writeEmptyElement("spell");
            x.writeAttribute("start", s[0].toString());
            x.writeAttribute("end", s[1].toString());
        }
        x.writeEndElement();
    }

    /** "2023-09-13" → that day; "2023-09" → the month; "2023" → the year; anything else → null. */
    static LocalDate[] span(String d) {
        try {
            if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(d);
                return new LocalDate[] {day, day};
            }
            if (d.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(d);
                return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
            }
            if (d.matches("\\d{4}")) {
                int y = Integer.parseInt(d);
                return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }
}
