package org.newsgraph.workspace;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.neo4j.driver.TransactionContext;
import org.newsgraph.db.Neo4jConnection;

/**
 * One file of the shared workspace, {@code import/curation/workspace/NAME.jsonl}: one JSON object per line, appended
 * and forced to the disk before the graph is changed, as the curation decisions are. In a subfolder, so the curation
 * log (which reads every {@code *.jsonl} directly in {@code import/curation/}) never takes these lines for decisions.
 * A broken line is reported with its file and line number and skipped; lines starting with {@code //} are comments.
 */
final class WorkspaceLog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    WorkspaceLog(Path importDir, String name) {
        this.file = importDir.resolve("curation").resolve("workspace").resolve(name + ".jsonl");
    }

    /** The lines read, in order, and the unreadable ones ({@code file:line: why}). */
    record Read(List<Map<String, Object>> lines, List<String> broken) {
    }

    /** The records the log holds now, by key, in the order first saved; and the lines that could not be read. */
    record Live<T>(Map<String, T> records, List<String> broken) {
    }

    /**
     * Replays the log: each line parsed into a record (null: a line that is neither a record nor a deletion), a later
     * save of a key replacing the earlier, a deletion {@code {op: "delete", KEY: k}} taking its key out.
     */
    <T> Live<T> live(String key, java.util.function.Function<Map<String, Object>, T> parse,
                     java.util.function.Function<T, String> keyOf) {
        Read read = read();
        Map<String, T> live = new java.util.LinkedHashMap<>();
        List<String> broken = new ArrayList<>(read.broken());
        for (Map<String, Object> line : read.lines()) {
            if ("delete".equals(line.get("op")) && line.get(key) instanceof String k) {
                live.remove(k);
                continue;
            }
            T record = parse.apply(line);
            if (record == null) {
                String text = line.toString();
                broken.add(file.getFileName() + ": a line that is neither a record nor a deletion: "
                        + (text.length() > 120 ? text.substring(0, 120) + "…" : text));
            } else {
                live.put(keyOf.apply(record), record);
            }
        }
        return new Live<>(live, broken);
    }

    /** The file's name in the graph: which notes and views this log answers for (two servers may share a Neo4j). */
    String name() {
        return file.toAbsolutePath().normalize().toString();
    }

    Read read() {
        List<Map<String, Object>> out = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return new Read(out, broken);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("//")) {
                continue;
            }
            try {
                out.add(JSON.readValue(line, new TypeReference<LinkedHashMap<String, Object>>() { }));
            } catch (IOException e) {
                broken.add(file.getFileName() + ":" + (i + 1) + ": " + e.getMessage().lines().findFirst().orElse("unreadable"));
            }
        }
        return new Read(out, broken);
    }

    /** Appends one line and forces it to the disk (the folder is made when missing); returns the length before it. */
    synchronized long append(Map<String, Object> line) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                long before = out.size();
                ByteBuffer bytes = ByteBuffer.wrap((JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.force(true);
                return before;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Cuts the file back to {@code length}: the line appended last goes again (its write was not committed). */
    synchronized void takeBack(long length) {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
            out.truncate(length);
            out.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cut " + file + " back to " + length + " bytes", e);
        }
    }

    /**
     * Runs {@code writes} in one transaction and commits it only once {@code line} is in the file and on the disk: a
     * crash in between leaves a line the graph lacks, which the next replay applies, never the other way round. A
     * failed commit takes the line back unless {@code committed} says the graph has it after all (an answer lost).
     */
    synchronized void commitLogged(Neo4jConnection db, Map<String, Object> line, Consumer<TransactionContext> writes,
                                   Supplier<Boolean> committed) {
        long[] logged = {-1};
        try {
            db.writeOnce(writes, () -> logged[0] = append(line));
        } catch (RuntimeException e) {
            if (logged[0] >= 0) {
                boolean inGraph;
                try {
                    inGraph = committed.get();
                } catch (RuntimeException unknown) {
                    e.addSuppressed(unknown);
                    throw e; // the line stays: the next replay makes the graph say what the file says
                }
                if (inGraph) {
                    return;
                }
                takeBack(logged[0]);
            }
            throw e;
        }
    }
}
