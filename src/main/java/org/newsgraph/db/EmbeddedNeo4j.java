package org.newsgraph.db;

import inet.ipaddr.IPAddressString;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * An in-process Neo4j whose only door is a Bolt connector on 127.0.0.1 (free-picked port) that speaks nothing but
 * Bolt ({@link BoltOnlyDoor}) and asks for the store's password ({@link StorePassword}): a web page cannot reach it
 * as a WebSocket, and a local process that cannot read the data directory cannot log in.
 * Nothing reads or writes through the embedded API: callers connect with the driver to {@link #boltUri()} as
 * {@link #user()} with {@link #password()}.
 */
public final class EmbeddedNeo4j implements AutoCloseable {
    private final DatabaseManagementService dbms;
    private final int boltPort;
    private final String password;
    private final RunawayStopper runaways;

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort, String password, RunawayStopper runaways) {
        this.dbms = dbms;
        this.boltPort = boltPort;
        this.password = password;
        this.runaways = runaways;
    }

    /** Starts the DBMS with its store in {@code dataDir}; hardened: no HTTP, no file URLs, no outbound LOAD CSV. */
    public static EmbeddedNeo4j start(Path dataDir) {
        return start(dataDir, null);
    }

    /**
     * As {@link #start(Path)}, but LOAD CSV may read files (only) from {@code importFolder}: for loading an
     * exported CSV zip into a scratch database. Network access stays blocked.
     */
    public static EmbeddedNeo4j startWithImportFolder(Path dataDir, Path importFolder) {
        return start(dataDir, importFolder.toAbsolutePath().normalize());
    }

    private static EmbeddedNeo4j start(Path dataDir, Path importFolder) {
        Path home = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(home);
        } catch (Exception e) {
            throw new DatabaseException("cannot create the data directory " + home + ": " + e.getMessage(), e);
        }
        DatabaseManagementService dbms;
        try {
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", 0))
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.allow_file_urls, importFolder != null)
                    // a runaway console query (collect over a huge range…) fails alone instead of exhausting the heap
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, transactionMemoryCap())
                    .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                            List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
                    // an embedded store sends no usage data home, and its start does not write thousands of lines of
                    // machine, class path and store diagnostics to its debug log (about a second of each start)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseInternalSettings.dump_diagnostics, false)
                    // a desktop store: Neo4j's server defaults preallocate 256 MiB transaction log files and keep
                    // two days of them (518 MB of logs for six articles); small files, no preallocation and the
                    // last two files (recovery never needs more than the logs since the last checkpoint) keep
                    // the seed store under 50 MB
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, TX_LOG_ROTATION_BYTES)
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, TX_LOG_RETENTION);
            if (importFolder != null) {
                builder.setConfig(GraphDatabaseSettings.load_csv_file_url_root, importFolder);
            }
            dbms = builder.build();
        } catch (RuntimeException e) {
            throw new DatabaseException("cannot start the embedded Neo4j in " + home + ": " + rootMessage(e) + hint(e), e);
        }
        try {
            String password = StorePassword.readOrCreate(home);
            StorePassword.apply(dbms, password);
            GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            BoltOnlyDoor.install(db);
            int port = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT).getPort();
            return new EmbeddedNeo4j(dbms, port, password, RunawayStopper.watch(db));
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
    }

    /** The user the driver logs in as. */
    public String user() {
        return StorePassword.USER;
    }

    /** The store's Bolt password (also in {@code bolt-password} in the store's folder, owner-readable only). */
    public String password() {
        return password;
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    /**
     * Shuts the DBMS down, waiting at most {@link #SHUTDOWN_TIMEOUT} (system property
     * {@code newsgraph.shutdownTimeoutSeconds}). A store that cannot be flushed (disk full, read-only) makes
     * Neo4j retry for ever; then this gives up with an error instead of hanging: what was committed is in the
     * transaction log and is recovered at the next start.
     */
    @Override
    public void close() {
        runaways.close();
        Thread t = new Thread(dbms::shutdown, "newsgraph-neo4j-shutdown");
        t.setDaemon(true);
        t.start();
        try {
            t.join(SHUTDOWN_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (t.isAlive()) {
            throw new DatabaseException("the embedded Neo4j could not write its store within " + SHUTDOWN_TIMEOUT.toSeconds()
                    + " s while shutting down (disk full or read-only?). Committed data is safe in the transaction log"
                    + " and is recovered at the next start once there is room.", null);
        }
    }

    /** Size at which a transaction log file is closed and the next one begun. */
    static final long TX_LOG_ROTATION_BYTES = 16L << 20;
    /** Transaction log files kept besides the current one (Neo4j keeps more while recovery needs them). */
    static final String TX_LOG_RETENTION = "2 files";

    static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(Long.getLong("newsgraph.shutdownTimeoutSeconds", 120));

    private static String hint(Throwable e) {
        String all = rootMessage(e).toLowerCase(java.util.Locale.ROOT);
        if (all.contains("read-only file system")) {
            return " (the data directory is read-only)";
        }
        if (all.contains("no space")) {
            return " (the disk is full)";
        }
        return all.contains("lock") ? " (is another newsgraph using this --data-dir, or is it read-only?)" : "";
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** A quarter of the heap, at least 256 MiB: room for the loader's batches, not for a runaway query. */
    static long transactionMemoryCap() {
        return Math.max(256L << 20, Runtime.getRuntime().maxMemory() / 4);
    }
}
