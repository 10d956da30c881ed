package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.newsgraph.db.DbSettings;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.db.Schema;
import org.newsgraph.graph.ExploreQueries;
import org.newsgraph.graph.GraphQueries;
import org.newsgraph.load.ImportService;
import org.newsgraph.web.WebServer;

/**
 * The running product: database connection, schema, import when stale, web server. Closing it stops the web
 * server first, then closes the driver and shuts the embedded database down.
 */
public final class Application implements AutoCloseable {
    private final Neo4jConnection db;
    private final WebServer web;

    private Application(Neo4jConnection db, WebServer web) {
        this.db = db;
        this.web = web;
    }

    public static Application start(DbSettings settings, Path importDir, Path webDir, String host, int port,
                                    Consumer<String> progress) throws Exception {
        Neo4jConnection db = Neo4jConnection.open(settings);
        try {
            Schema.apply(db);
            ImportService importer = new ImportService(db, importDir);
            if (importer.isStale()) {
                progress.accept(importer.run(false, progress).summary());
            } else {
                progress.accept("graph is up to date with " + importDir.resolve("articles"));
            }
            GraphQueries graph = new GraphQueries(db);
            WebServer web = new WebServer(graph, new ExploreQueries(db, graph), webDir, host, port).start();
            return new Application(db, web);
        } catch (Exception | Error e) {
            db.close();
            throw e;
        }
    }

    public int port() {
        return web.port();
    }

    @Override
    public void close() {
        try {
            web.close();
        } finally {
            db.close();
        }
    }
}
