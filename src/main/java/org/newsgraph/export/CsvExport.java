package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * CSV files in a zip: {@code entities.csv} ({@code id:ID}, {@code :LABEL}, typed property columns, lists as
 * {@code string[]} with ';' between items) and {@code relations.csv} ({@code :START_ID}, {@code :END_ID},
 * {@code :TYPE}, typed properties) as neo4j-admin import reads them, {@code claims.csv} with one row per claim behind
 * those relations (the evidence sentence, article, status and date each in a column of their own), and a README
 * with what each file holds and the import command.
 */
final class CsvExport {
    static final String ARRAY_DELIMITER = ";";
    static final String ENTITIES = "entities.csv";
    static final String RELATIONS = "relations.csv";
    static final String CLAIMS = "claims.csv";
    /** The columns of claims.csv, in order: the claim, its relation, then its evidence (keys of the evidence maps). */
    static final List<String> CLAIM_COLUMNS = List.of("claim", "source", "type", "target", "status", "date", "evidence",
            "article", "title", "outlet", "author", "published", "url", "attributedTo");
    private static final String README = """
            newsgraph export: %s
            %s

            entities.csv   %d entities (id:ID, :LABEL, properties)
            relations.csv  %d relations between them (:START_ID, :END_ID, :TYPE, properties)
            claims.csv     %d claims, one row each: the relation it backs (source, type, target), its status and date,
                           the evidence sentence, and the article it was read in (article, title, outlet, author,
                           published, url); attributedTo names who is said to have said so

            Into an empty database (claims.csv is a table to read, not an import file):
              neo4j-admin database import full --nodes=entities.csv --relationships=relations.csv neo4j

            Lists (aliases, outlets, …) are string[] columns with ';' between items.
            Text that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return)
            starts with a single quote ('), which spreadsheets show as text; drop it when the text itself matters.
            Numbers (also -3 or -0.5) are written as they are.
            """;

    private CsvExport() {
    }

    static void write(Subgraph g, OutputStream out) throws IOException {
        ExportCounts counts = ExportCounts.visual(g);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        entry(zip, ENTITIES, entities(g));
        entry(zip, RELATIONS, relations(g));
        entry(zip, CLAIMS, claims(g));
        entry(zip, "README.txt", README.formatted(g.title(), counts.describe(), counts.entities(), counts.relations(),
                counts.claims()));
        zip.finish();
        zip.flush();
    }

    static String entities(Subgraph g) {
        Map<String, Props.Kind> kinds = Props.entityKinds(g);
        kinds.remove("id");
        StringBuilder b = new StringBuilder("id:ID,:LABEL");
        kinds.forEach((k, kind) -> b.append(',').append(field(k + ":" + type(kind))));
        b.append('\n');
        for (Subgraph.Node n : g.entities()) {
            b.append(field(notFormula(n.id()))).append(',').append(field(String.join(ARRAY_DELIMITER, n.labels())));
            kinds.keySet().forEach(k -> b.append(',').append(cell(n.properties().get(k))));
            b.append('\n');
        }
        return b.toString();
    }

    static String relations(Subgraph g) {
        Map<String, Props.Kind> kinds = Props.edgeKinds(g);
        StringBuilder b = new StringBuilder(":START_ID,:END_ID,:TYPE");
        kinds.forEach((k, kind) -> b.append(',').append(field(k + ":" + type(kind))));
        b.append('\n');
        for (Subgraph.Rel r : g.edges()) {
            b.append(field(notFormula(Subgraph.idOf(r.start())))).append(',').append(field(notFormula(Subgraph.idOf(r.end()))))
                    .append(',').append(r.type());
            kinds.keySet().forEach(k -> b.append(',').append(cell(r.properties().get(k))));
            b.append('\n');
        }
        return b.toString();
    }

    /** One row per claim of every relation, in the relations' order, each claim's evidence in its own columns. */
    static String claims(Subgraph g) {
        StringBuilder b = new StringBuilder(String.join(",", CLAIM_COLUMNS)).append('\n');
        for (Subgraph.Rel r : g.edges()) {
            for (Map<String, Object> e : r.evidence()) {
                Map<String, Object> row = new java.util.HashMap<>(e);
                row.put("source", Subgraph.idOf(r.start()));
                row.put("type", r.type());
                row.put("target", Subgraph.idOf(r.end()));
                row.put("evidence", e.get("sentence"));
                b.append(CLAIM_COLUMNS.stream().map(c -> cell(row.get(c))).collect(Collectors.joining(","))).append('\n');
            }
        }
        return b.toString();
    }

    private static String type(Props.Kind k) {
        return k == Props.Kind.LIST ? "string[]" : k.xmlType();
    }

    private static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return field(String.valueOf(v)); // typed columns: -3 and -0.5 stay numbers for LOAD CSV and spreadsheets
        }
        if (v instanceof List<?> list) { // each item, as a spreadsheet splitting at ';' would see it
            return field(list.stream().map(x -> notFormula(String.valueOf(x).replace(ARRAY_DELIMITER, ",")))
                    .collect(Collectors.joining(ARRAY_DELIMITER)));
        }
        return field(notFormula(v instanceof Map<?, ?> ? Props.jsonForCsv(v) : Props.text(v)));
    }

    /**
     * Text a spreadsheet would run as a formula — it starts with '=', '+', '-', '@', a tab or a carriage return
     * ({@code =HYPERLINK(…)}, {@code +cmd|…}) — starts with a single quote instead, which spreadsheets show as text
     * (OWASP's advice for CSV injection). A number written as text ("-3", "-0.5", "+1e3") is no formula and stays
     * as it is, so that LOAD CSV's toInteger and toFloat still read it.
     */
    static String notFormula(String s) {
        if (s.isEmpty() || "=+-@\t\r".indexOf(s.charAt(0)) < 0 || NUMBER.matcher(s).matches()) {
            return s;
        }
        return "'" + s;
    }

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    /** RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled. */
    static String field(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") || s.isEmpty()
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
