package org.newsgraph.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * The embedded store's Bolt password: random per store, kept in {@code bolt-password} beside the store and readable
 * by its owner only. Every start sets it on the DBMS's {@code neo4j} user again, so a lost or replaced file never
 * locks the owner out (whoever can write the data directory owns the store anyway), and a store made before
 * authentication was on gets it at its first start.
 */
final class StorePassword {
    static final String FILE = "bolt-password";
    static final String USER = "neo4j";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private StorePassword() {
    }

    /** The password kept in {@code home}, made on first use. */
    static String readOrCreate(Path home) {
        Path file = home.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            ownerOnly(file);
            String pw = Files.readString(file, StandardCharsets.UTF_8).strip();
            return pw.length() >= 16 ? pw : replace(file);
        } catch (IOException e) {
            throw new DatabaseException("cannot keep the store's password in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Sets {@code password} on the {@code neo4j} user (an admin command on the system database, not data access). */
    static void apply(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            // Neo4j refuses to set the password the user already has: the usual case from the second start on
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }

    private static void create(Path file) throws IOException {
        try {
            if (supportsPosix(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, random() + "\n", StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException raced) {
            // another start made it first: use theirs
        }
    }

    private static String replace(Path file) throws IOException {
        String pw = random();
        Files.writeString(file, pw + "\n", StandardCharsets.UTF_8);
        return pw;
    }

    private static void ownerOnly(Path file) throws IOException {
        if (supportsPosix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean supportsPosix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
