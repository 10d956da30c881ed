package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The export formats: name on the command line and in the API, file extension, media type, writer. */
public enum ExportFormat {
    CYJS("cyjs", "application/json", "Cytoscape.js elements JSON (opens in Cytoscape desktop)", true, JsonExport::cytoscape),
    JSON("json", "application/json", "plain {nodes, relationships} JSON with all properties, claims and evidence", false, JsonExport::plain),
    GRAPHML("graphml", "application/graphml+xml", "GraphML with typed keys (yEd, Gephi, NetworkX)", true, GraphMlExport::write),
    GEXF("gexf", "application/gexf+xml", "GEXF 1.3 with attributes and relation dates as spells (Gephi timeline)", true, GexfExport::write),
    CSV("zip", "application/zip", "CSV files in a zip: entities and relations (neo4j-admin import), one row per claim", true, CsvExport::write),
    CYPHER("cypher", "text/plain; charset=utf-8", "idempotent MERGE script that rebuilds the subgraph", false, CypherExport::write);

    /** Writes one subgraph to a stream. */
    @FunctionalInterface
    public interface Writer {
        void write(Subgraph graph, OutputStream out) throws IOException;
    }

    private final String extension;
    private final String mediaType;
    private final String description;
    private final boolean entitiesOnly;
    private final Writer writer;

    ExportFormat(String extension, String mediaType, String description, boolean entitiesOnly, Writer writer) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.description = description;
        this.entitiesOnly = entitiesOnly;
        this.writer = writer;
    }

    /**
     * Whether the file holds only the entities and the edges among them (the visual formats); the others also hold
     * the claims, sentences and articles behind the edges. What an export reports it wrote depends on it.
     */
    public boolean entitiesOnly() {
        return entitiesOnly;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String description() {
        return description;
    }

    /** What this format writes of {@code graph}, counted (see {@link ExportCounts}). */
    public ExportCounts counts(Subgraph graph) {
        return entitiesOnly ? ExportCounts.visual(graph) : ExportCounts.full(graph);
    }

    public void write(Subgraph graph, OutputStream out) throws IOException {
        writer.write(graph, out);
    }

    public static ExportFormat parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown export format '" + name + "'; known: " + names());
        }
    }

    public static String names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
