package org.newsgraph.query;

import java.util.List;
import java.util.Map;

/**
 * A console answer: the table (columns and rows of JSON-friendly cells), the graph found in it (Cytoscape
 * elements), how many rows came back, whether a cap cut it short and why, how long it took, and for writes
 * (CLI with --allow-writes only) what changed.
 */
public record QueryResult(List<String> columns, List<List<Object>> rows, Map<String, Object> graph, int rowCount,
                          boolean truncated, String truncatedBy, long millis, Map<String, Integer> changes) {
}
