package org.newsgraph.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads an export file back the way its readers would, independently of the code that wrote it: what it holds
 * (counted), the property names it carries per kind of element, and the summary its header states.
 */
public final class ExportFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExportFiles() {
    }

    /**
     * One file read back. {@code fields} maps a kind of element ("Entity", "Claim", "Sentence", "Article", "edge"
     * for relations between entities, "role" for the relationships between claims and the rest) to the property
     * names the file gives it; {@code claimRows} are the rows of claims.csv (CSV only).
     */
    public record Read(ExportCounts counts, Map<String, Set<String>> fields, String title, String summary,
                       List<Map<String, String>> claimRows, Set<String> files) {
        /** Whether every kind of element carries only its public fields ({@link ExportFields}). */
        public boolean publicOnly() {
            return fields.entrySet().stream().allMatch(e -> switch (e.getKey()) {
                case "edge" -> ExportFields.publicEdgeFields().containsAll(e.getValue());
                case "role" -> e.getValue().isEmpty();
                default -> ExportFields.publicNodeFields(e.getKey()).containsAll(e.getValue());
            });
        }
    }

    public static Read read(ExportFormat format, byte[] bytes) throws Exception {
        return switch (format) {
            case CYJS -> cytoscape(bytes);
            case JSON -> plain(bytes);
            case GRAPHML -> graphml(bytes);
            case GEXF -> gexf(bytes);
            case CSV -> csv(bytes);
            case CYPHER -> cypher(new String(bytes, StandardCharsets.UTF_8));
        };
    }

    private static Map<String, Set<String>> fields() {
        return new TreeMap<>();
    }

    private static void add(Map<String, Set<String>> fields, String kind, Iterable<String> names, Set<String> except) {
        Set<String> set = fields.computeIfAbsent(kind, k -> new TreeSet<>());
        names.forEach(n -> {
            if (!except.contains(n)) {
                set.add(n);
            }
        });
    }

    private static ExportCounts visual(int entities, int relations, int claims) {
        return new ExportCounts(entities, relations, claims, 0, 0, entities, relations, false);
    }

    private static Read cytoscape(byte[] bytes) throws Exception {
        JsonNode doc = JSON.readTree(bytes);
        Map<String, Set<String>> fields = fields();
        JsonNode nodes = doc.at("/elements/nodes");
        JsonNode edges = doc.at("/elements/edges");
        nodes.forEach(n -> add(fields, "Entity", () -> n.get("data").fieldNames(), Set.of("labels")));
        int claims = 0;
        for (JsonNode e : edges) {
            add(fields, "edge", () -> e.get("data").fieldNames(), Set.of("id", "source", "target", "interaction", "type", "evidence"));
            claims += e.at("/data/evidence").size();
        }
        return new Read(visual(nodes.size(), edges.size(), claims), fields, doc.at("/data/name").asText(),
                doc.at("/data/summary").asText(), List.of(), Set.of());
    }

    private static Read plain(byte[] bytes) throws Exception {
        JsonNode doc = JSON.readTree(bytes);
        Map<String, Set<String>> fields = fields();
        Map<String, Integer> per = new TreeMap<>();
        for (JsonNode n : doc.get("nodes")) {
            String label = n.get("key").asText().substring(0, n.get("key").asText().indexOf(':'));
            per.merge(label, 1, Integer::sum);
            add(fields, label, () -> n.get("properties").fieldNames(), Set.of());
        }
        int relations = 0;
        for (JsonNode r : doc.get("relationships")) {
            boolean edge = r.get("start").asText().startsWith("Entity:") && r.get("end").asText().startsWith("Entity:");
            relations += edge ? 1 : 0;
            add(fields, edge ? "edge" : "role", () -> r.get("properties").fieldNames(), Set.of());
        }
        ExportCounts counts = new ExportCounts(per.getOrDefault("Entity", 0), relations, per.getOrDefault("Claim", 0),
                per.getOrDefault("Sentence", 0), per.getOrDefault("Article", 0), doc.get("nodes").size(),
                doc.get("relationships").size(), true);
        return new Read(counts, fields, doc.get("title").asText(), doc.get("summary").asText(), List.of(), Set.of());
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static List<Element> elements(Document d, String name) {
        NodeList list = d.getElementsByTagNameNS("*", name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static String[] titleAndSummary(String text) {
        int at = text.lastIndexOf(": ");
        return new String[] {text.substring(0, at), text.substring(at + 2)};
    }

    private static Read graphml(byte[] bytes) throws Exception {
        Document d = xml(bytes);
        Map<String, Set<String>> fields = fields();
        String evidenceKey = null;
        for (Element k : elements(d, "key")) {
            String name = k.getAttribute("attr.name");
            if ("edge".equals(k.getAttribute("for")) && "evidence".equals(name)) {
                evidenceKey = k.getAttribute("id");
            }
            boolean node = "node".equals(k.getAttribute("for"));
            add(fields, node ? "Entity" : "edge", List.of(name), node ? Set.of("labels") : Set.of("type", "evidence"));
        }
        int claims = 0;
        for (Element data : elements(d, "data")) {
            if (data.getAttribute("key").equals(evidenceKey)) {
                claims += JSON.readTree(data.getTextContent()).size();
            }
        }
        String[] ts = titleAndSummary(elements(d, "desc").get(0).getTextContent());
        return new Read(visual(elements(d, "node").size(), elements(d, "edge").size(), claims), fields, ts[0], ts[1], List.of(), Set.of());
    }

    private static Read gexf(byte[] bytes) throws Exception {
        Document d = xml(bytes);
        Map<String, Set<String>> fields = fields();
        String evidenceId = null;
        for (Element attrs : elements(d, "attributes")) {
            String cls = attrs.getAttribute("class");
            NodeList list = attrs.getElementsByTagNameNS("*", "attribute");
            for (int i = 0; i < list.getLength(); i++) {
                Element a = (Element) list.item(i);
                if ("edge".equals(cls) && "evidence".equals(a.getAttribute("title"))) {
                    evidenceId = a.getAttribute("id");
                }
                add(fields, "node".equals(cls) ? "Entity" : "edge", List.of(a.getAttribute("title")),
                        Set.of("labels", "relation", "evidence", "symmetric"));
            }
        }
        int claims = 0;
        for (Element e : elements(d, "edge")) {
            NodeList values = e.getElementsByTagNameNS("*", "attvalue");
            for (int i = 0; i < values.getLength(); i++) {
                Element v = (Element) values.item(i);
                if (v.getAttribute("for").equals(evidenceId)) {
                    claims += JSON.readTree(v.getAttribute("value")).size();
                }
            }
        }
        String[] ts = titleAndSummary(elements(d, "description").get(0).getTextContent());
        return new Read(visual(elements(d, "node").size(), elements(d, "edge").size(), claims), fields, ts[0], ts[1], List.of(), Set.of());
    }

    private static Read csv(byte[] bytes) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        List<List<String>> entities = rows(files.getOrDefault("entities.csv", ""));
        List<List<String>> relations = rows(files.getOrDefault("relations.csv", ""));
        List<List<String>> claims = rows(files.getOrDefault("claims.csv", ""));
        Map<String, Set<String>> fields = fields();
        add(fields, "Entity", entities.get(0).stream().map(ExportFiles::column).toList(), Set.of("id", "", "LABEL"));
        add(fields, "edge", relations.get(0).stream().map(ExportFiles::column).toList(), Set.of("START_ID", "END_ID", "TYPE"));
        List<Map<String, String>> claimRows = new ArrayList<>();
        for (List<String> row : claims.subList(1, claims.size())) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < claims.get(0).size(); i++) {
                m.put(claims.get(0).get(i), i < row.size() ? row.get(i) : null);
            }
            claimRows.add(m);
        }
        String[] readme = files.getOrDefault("README.txt", "\n").split("\n");
        return new Read(visual(entities.size() - 1, relations.size() - 1, claimRows.size()), fields,
                readme[0].replaceFirst("^newsgraph export: ", ""), readme[1], claimRows, files.keySet());
    }

    /** A header cell's property name: "name:string" → name, ":LABEL" → LABEL, "id:ID" → id. */
    private static String column(String header) {
        int at = header.indexOf(':');
        return at < 0 ? header : at == 0 ? header.substring(1) : header.substring(0, at);
    }

    /** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
            } else if (c != '\r') {
                cell.append(c);
                any = true;
            }
        }
        if (any || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    private static final Pattern NODE = Pattern.compile("^MERGE \\(n:`?(\\w+)`? \\{id: .*?\\}\\) SET n = (\\{.*)$");
    private static final Pattern REL = Pattern.compile("^MATCH \\(a:(\\w+) \\{id: .*\\}\\), \\(b:(\\w+) \\{id: .*\\}\\) MERGE \\(a\\)-\\[r:`?\\w+`?\\]->\\(b\\) SET r = (\\{.*);$");

    private static Read cypher(String script) {
        String[] lines = script.split("\n");
        Map<String, Set<String>> fields = fields();
        Map<String, Integer> per = new TreeMap<>();
        int nodes = 0;
        int rels = 0;
        int relations = 0;
        for (String line : lines) {
            Matcher n = NODE.matcher(line);
            if (n.matches()) {
                nodes++;
                per.merge(n.group(1), 1, Integer::sum);
                add(fields, n.group(1), keys(n.group(2)), Set.of());
                continue;
            }
            Matcher r = REL.matcher(line);
            if (r.matches()) {
                rels++;
                boolean edge = r.group(1).equals("Entity") && r.group(2).equals("Entity");
                relations += edge ? 1 : 0;
                add(fields, edge ? "edge" : "role", keys(r.group(3)), Set.of());
            }
        }
        ExportCounts counts = new ExportCounts(per.getOrDefault("Entity", 0), relations, per.getOrDefault("Claim", 0),
                per.getOrDefault("Sentence", 0), per.getOrDefault("Article", 0), nodes, rels, true);
        String summary = lines[1].replaceFirst("^// ", "").replaceFirst("\\. Idempotent: MERGE on ids\\.$", "");
        return new Read(counts, fields, lines[0].replaceFirst("^// newsgraph export: ", ""), summary, List.of(), Set.of());
    }

    /** The keys of the outermost map literal at the start of {@code text} (strings with escapes, nested lists and maps). */
    static Set<String> keys(String text) {
        Set<String> keys = new HashSet<>();
        int depth = 0;
        boolean string = false;
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (string) {
                if (c == '\\') {
                    i++;
                } else if (c == '\'') {
                    string = false;
                }
                continue;
            }
            switch (c) {
                case '\'' -> string = true;
                case '{', '[' -> {
                    depth++;
                    token.setLength(0);
                }
                case '}', ']' -> {
                    depth--;
                    if (depth == 0) {
                        return keys;
                    }
                }
                case ',' -> token.setLength(0);
                case ':' -> {
                    if (depth == 1) {
                        keys.add(token.toString().strip().replace("`", ""));
                    }
                    token.setLength(0);
                }
                default -> token.append(c);
            }
        }
        return keys;
    }
}
