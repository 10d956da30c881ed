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
 * neo4j-admin import CSV files in a zip: {@code nodes.csv} ({@code id:ID}, {@code :LABEL}, typed property
 * columns, lists as {@code string[]} with ';' between items) and {@code relationships.csv} ({@code :START_ID},
 * {@code :END_ID}, {@code :TYPE}, typed properties and the evidence as JSON text), plus a README with the
 * import command.
 */
final class CsvExport {
    static final String ARRAY_DELIMITER = ";";
    private static final String README = """
            newsgraph export: %s

            nodes.csv          entities (id:ID, :LABEL, properties)
            relationships.csv  relations between them, with their evidence (JSON text) in the "evidence" column

            Into an empty database:
              neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv neo4j

            Lists (aliases, outlets, …) are string[] columns with ';' between items.
            Text that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return)
            starts with a single quote ('), which spreadsheets show as text; drop it when the text itself matters.
            Numbers (also -3 or -0.5) are written as they are.
            """;

    private CsvExport() {
    }

    static void write(Subgraph g, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        entry(zip, "nodes.csv", nodes(g));
        entry(zip, "relationships.csv", relationships(g));
        entry(zip, "README.txt", README.formatted(g.title()));
        zip.finish();
        zip.flush();
    }

    static String nodes(Subgraph g) {
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

    static String relationships(Subgraph g) {
        Map<String, Props.Kind> kinds = Props.edgeKinds(g);
        StringBuilder b = new StringBuilder(":START_ID,:END_ID,:TYPE");
        kinds.forEach((k, kind) -> b.append(',').append(field(k + ":" + type(kind))));
        b.append(",evidence:string\n");
        for (Subgraph.Rel r : g.edges()) {
            b.append(field(notFormula(Subgraph.idOf(r.start())))).append(',').append(field(notFormula(Subgraph.idOf(r.end()))))
                    .append(',').append(r.type());
            kinds.keySet().forEach(k -> b.append(',').append(cell(r.properties().get(k))));
            b.append(',').append(field(notFormula(Props.jsonForCsv(r.evidence())))).append('\n');
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
