package org.newsgraph.web;

import java.util.List;
import org.newsgraph.graph.ExploreQueries;
import org.newsgraph.graph.GraphQueries;
import org.newsgraph.query.ExampleQueries;
import org.newsgraph.query.QueryService;

/**
 * What the HTTP handlers call: the read queries of the explorer, the console and its example queries, exports,
 * article imports, the analysts' curation and the structure measures (the last three null where the server offers
 * none).
 */
public record Services(GraphQueries graph, ExploreQueries explore, QueryService console,
                       List<ExampleQueries.Example> examples, org.newsgraph.export.ExportService exports,
                       org.newsgraph.load.ArticleImports imports, Curation curation,
                       org.newsgraph.structure.StructureService structure) {
}
