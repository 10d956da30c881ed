package org.newsgraph.db;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one handle every stage uses: a driver connected over Bolt, either to the embedded DBMS this object
 * started or to an external server. Closing it closes the driver, then shuts the embedded DBMS down.
 */
public final class Neo4jConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Neo4jConnection.class);

    /** Transactions whose {@code app} metadata is this are the console's: the embedded store hard-stops them. */
    public static final String CONSOLE_APP = RunawayStopper.TAG;
    /** How many console queries may hold a connection at once (system property newsgraph.consoleConnections). */
    public static final int CONSOLE_CONNECTIONS = Integer.getInteger("newsgraph.consoleConnections", 8);

    private final Driver driver;
    private final Driver console;
    private final EmbeddedNeo4j embedded;
    private final String database;
    private final String description;
    private final AtomicLong generation = new AtomicLong();

    private Neo4jConnection(Driver driver, Driver console, EmbeddedNeo4j embedded, String database, String description) {
        this.driver = driver;
        this.console = console;
        this.embedded = embedded;
        this.database = database;
        this.description = description;
    }

    /** The Bolt address of the embedded store this connection started, or null for an external server. */
    public String embeddedBoltUri() {
        return embedded == null ? null : embedded.boltUri();
    }

    public static Neo4jConnection open(DbSettings settings) {
        return open(settings, new org.newsgraph.model.ProgressEvents() { // as before: one log line, the start's details
            @Override
            public void accept(String line) {
            }

            @Override
            public void detail(String line) {
                LOG.info(line);
            }
        });
    }

    /**
     * As {@link #open(DbSettings)}, telling {@code progress} when the start begins and how long it took (an embedded
     * start takes 10-25 s on a busy machine; the first one builds the store).
     */
    public static Neo4jConnection open(DbSettings settings, java.util.function.Consumer<String> progress) {
        org.newsgraph.model.ProgressEvents events = org.newsgraph.model.ProgressEvents.of(progress);
        long t0 = System.nanoTime();
        if (settings.external()) {
            events.begin("connecting to Neo4j at " + settings.uri());
            Neo4jConnection c = openExternal(settings);
            events.end("connected to Neo4j", (System.nanoTime() - t0) / 1_000_000);
            return c;
        }
        boolean fresh = !java.nio.file.Files.isDirectory(settings.neo4jHome());
        events.begin(fresh ? "building a new store in " + settings.neo4jHome() + " and starting Neo4j" : "starting Neo4j");
        Neo4jConnection c = openEmbedded(settings, events);
        events.end("Neo4j started", (System.nanoTime() - t0) / 1_000_000);
        return c;
    }

    private static Neo4jConnection openExternal(DbSettings settings) {
        var auth = settings.user() == null || settings.user().isBlank()
                ? AuthTokens.none() : AuthTokens.basic(settings.user(), nullToEmpty(settings.password()));
        Driver driver = GraphDatabase.driver(settings.uri(), auth, driverConfig());
        verify(driver, settings.uri());
        return new Neo4jConnection(driver, GraphDatabase.driver(settings.uri(), auth, consoleConfig()), null,
                settings.database(), settings.uri());
    }

    private static Neo4jConnection openEmbedded(DbSettings settings, org.newsgraph.model.ProgressEvents events) {
        long t0 = System.nanoTime();
        EmbeddedNeo4j embedded = EmbeddedNeo4j.start(settings.neo4jHome());
        try {
            var auth = AuthTokens.basic(embedded.user(), embedded.password());
            Driver driver = GraphDatabase.driver(embedded.boltUri(), auth, driverConfig());
            verify(driver, embedded.boltUri());
            events.detail("embedded Neo4j started in " + (System.nanoTime() - t0) / 1_000_000 + " ms, store "
                    + settings.neo4jHome().toAbsolutePath().normalize() + ", Bolt " + embedded.boltUri());
            // the port stays out of the description: it is shown in /api/health, which needs no token on loopback
            return new Neo4jConnection(driver, GraphDatabase.driver(embedded.boltUri(), auth, consoleConfig()), embedded,
                    settings.database(), "embedded");
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    /**
     * The main pool. An API request waits at most 5 s for a lost database (then 503) instead of the default 30 s;
     * still long enough to ride over a cluster leader switch.
     */
    private static Config driverConfig() {
        return config(5, 15, 128);
    }

    /**
     * The console's own small pool: 140 console requests at once took all 128 connections of the main pool, and
     * health, the page's reads and imports waited for minutes. Console queries now wait at most 2 s for one of these.
     */
    private static Config consoleConfig() {
        return config(0, 2, CONSOLE_CONNECTIONS);
    }

    private static Config config(int retrySeconds, int acquireSeconds, int poolSize) {
        return Config.builder()
                .withLogging(Logging.slf4j())
                .withConnectionTimeout(10, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(retrySeconds, TimeUnit.SECONDS)
                .withConnectionAcquisitionTimeout(acquireSeconds, TimeUnit.SECONDS)
                .withMaxConnectionPoolSize(poolSize)
                .build();
    }

    private static void verify(Driver driver, String uri) {
        try {
            driver.verifyConnectivity();
        } catch (RuntimeException e) {
            driver.close();
            throw new DatabaseException("cannot connect to Neo4j at " + uri + ": " + EmbeddedNeo4j.rootMessage(e), e);
        }
    }

    public Driver driver() {
        return driver;
    }

    /** The driver for console queries: a pool of its own, so they can never take the connections everything else needs. */
    public Driver consoleDriver() {
        return console;
    }

    /** Session config for the configured database (the server default when none is named). */
    public SessionConfig sessionConfig() {
        return database == null || database.isBlank()
                ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
    }

    /** A session whose transactions the server runs in read access mode: it refuses any write itself. */
    public SessionConfig readSessionConfig() {
        SessionConfig.Builder b = SessionConfig.builder().withDefaultAccessMode(org.neo4j.driver.AccessMode.READ);
        if (database != null && !database.isBlank()) {
            b.withDatabase(database);
        }
        return b.build();
    }

    /** Runs {@code work} in one read transaction of a new session (retried by the driver on transient errors). */
    public <T> T read(TransactionCallback<T> work) {
        try (Session s = driver.session(sessionConfig())) {
            return s.executeRead(work);
        }
    }

    /** As {@link #read(TransactionCallback)}, ended by the server after {@code timeout} (a bounded search). */
    public <T> T read(TransactionCallback<T> work, java.time.Duration timeout) {
        try (Session s = driver.session(sessionConfig())) {
            return s.executeRead(work, org.neo4j.driver.TransactionConfig.builder().withTimeout(timeout).build());
        }
    }

    /** Runs {@code work} in one write transaction of a new session (retried by the driver on transient errors). */
    public <T> T write(TransactionCallback<T> work) {
        try (Session s = driver.session(sessionConfig())) {
            return s.executeWrite(work);
        } finally {
            changed();
        }
    }

    /** As {@link #write(TransactionCallback)} for work that returns nothing. */
    public void writeWithoutResult(Consumer<TransactionContext> work) {
        try (Session s = driver.session(sessionConfig())) {
            s.executeWriteWithoutResult(work);
        } finally {
            changed();
        }
    }

    /**
     * Runs {@code work} in one write transaction and commits it after {@code beforeCommit} has run (and only if
     * it returned). Not retried: what happens just before the commit happens once, and a failed commit is the
     * caller's to sort out.
     */
    public void writeOnce(Consumer<TransactionContext> work, Runnable beforeCommit) {
        try (Session s = driver.session(sessionConfig()); Transaction tx = s.beginTransaction()) {
            work.accept(context(tx));
            beforeCommit.run();
            tx.commit();
        } finally {
            changed();
        }
    }

    /** An explicit transaction seen as the context a managed one gives, so the same writes run in either. */
    private static TransactionContext context(Transaction tx) {
        return new TransactionContext() {
            @Override
            public Result run(String query, Value parameters) {
                return tx.run(query, parameters);
            }

            @Override
            public Result run(String query, Map<String, Object> parameters) {
                return tx.run(query, parameters);
            }

            @Override
            public Result run(String query, Record parameters) {
                return tx.run(query, parameters);
            }

            @Override
            public Result run(String query) {
                return tx.run(query);
            }

            @Override
            public Result run(Query query) {
                return tx.run(query);
            }
        };
    }

    /**
     * How many writes this connection has ended (committed or not): an answer read while it was {@code n} is stale
     * once it is more. Counted after the write ends, so a read that starts before the count moves and sees the new
     * data is merely kept under the older count.
     */
    public long generation() {
        return generation.get();
    }

    /** Counts a write made outside {@link #write} (the console's write mode, the schema). */
    public void changed() {
        generation.incrementAndGet();
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        try {
            console.close();
            driver.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
