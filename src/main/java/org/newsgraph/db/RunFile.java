package org.newsgraph.db;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

/**
 * {@code <data-dir>/newsgraph.run}: a running server's pid, page address and the Bolt address of its embedded store,
 * so that a command given the same data directory works through that server instead of failing on the store's
 * lock. A file whose process is gone (a server that was killed) is ignored.
 */
public record RunFile(long pid, String http, String bolt) {
    static final String NAME = "newsgraph.run";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Written once the server answers; owner-only like the store's password. */
    public static void write(Path dataDir, String http, String bolt) {
        Path file = dataDir.resolve(NAME);
        Path tmp = dataDir.resolve(NAME + ".tmp");
        try {
            Files.writeString(tmp, JSON.writeValueAsString(Map.of("pid", ProcessHandle.current().pid(), "http", http,
                    "bolt", bolt)));
            try {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the data directory's own permissions protect it
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DatabaseException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Removes the file if this process wrote it. */
    public static void remove(Path dataDir) {
        Optional<RunFile> r = read(dataDir);
        if (r.isPresent() && r.get().pid() == ProcessHandle.current().pid()) {
            try {
                Files.deleteIfExists(dataDir.resolve(NAME));
            } catch (IOException e) {
                // a leftover names a dead process and is ignored
            }
        }
    }

    /** The server running on this data directory, if one is (another live process). */
    public static Optional<RunFile> live(Path dataDir) {
        return read(dataDir).filter(r -> r.pid() != ProcessHandle.current().pid()
                && ProcessHandle.of(r.pid()).map(ProcessHandle::isAlive).orElse(false));
    }

    /** How to reach this server's store over Bolt: its address and the store's password. */
    public DbSettings settings(Path dataDir) {
        Path home = DbSettings.embedded(dataDir).neo4jHome();
        return new DbSettings(dataDir, bolt, StorePassword.USER, StorePassword.readOrCreate(home), null);
    }

    private static Optional<RunFile> read(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            var n = JSON.readTree(file.toFile());
            return Optional.of(new RunFile(n.path("pid").asLong(), n.path("http").asText(), n.path("bolt").asText()));
        } catch (IOException e) {
            return Optional.empty(); // torn or foreign: treated as absent
        }
    }
}
