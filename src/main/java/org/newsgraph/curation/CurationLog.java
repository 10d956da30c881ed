package org.newsgraph.curation;

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
import java.util.stream.Stream;

/**
 * The decisions as data, like the rules: JSON Lines files in {@code import/curation/}, read in name order, one
 * decision per line; new decisions are appended to {@code decisions.jsonl}. A broken line is reported with its
 * file and line number and skipped; the others still apply.
 */
public final class CurationLog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path folder;

    public CurationLog(Path importDir) {
        this.folder = importDir.resolve("curation");
    }

    /** The decisions read, and the unreadable lines: where ({@code file:line: why}) and their text. */
    public record Read(List<Decision> decisions, List<String> broken, List<String> brokenLines) {
        /** The ids of the decisions read. */
        java.util.Set<String> ids() {
            java.util.Set<String> ids = new java.util.HashSet<>();
            decisions.forEach(d -> ids.add(d.id()));
            return ids;
        }

        /** Whether a line that could not be read names the decision (it may be its own line, damaged by hand). */
        boolean namedInBrokenLine(String id) {
            return brokenLines.stream().anyMatch(l -> l.contains(id));
        }
    }

    public Path file() {
        return folder.resolve("decisions.jsonl");
    }

    /** The log's name in the graph: which decisions this log answers for (see CurationQueries.LOGGED_HERE). */
    String name() {
        return file().toAbsolutePath().normalize().toString();
    }

    /** Every decision in every {@code *.jsonl} file of the folder, in file-name and line order. */
    public Read read() {
        List<Decision> out = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        List<String> brokenLines = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new Read(out, broken, brokenLines);
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.isEmpty() || line.startsWith("//")) {
                        continue;
                    }
                    try {
                        out.add(parse(line));
                    } catch (IOException | IllegalArgumentException e) {
                        broken.add(f.getFileName() + ":" + (i + 1) + ": " + e.getMessage().lines().findFirst().orElse("unreadable"));
                        brokenLines.add(line);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Read(out, broken, brokenLines);
    }

    /**
     * Appends one decision as one line and forces it to the disk before it returns (the folder is made when
     * missing). Returns the file's length before the line, for {@link #takeBack}.
     */
    public synchronized long append(Decision d) {
        try {
            Files.createDirectories(folder);
            try (FileChannel out = FileChannel.open(file(), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                long before = out.size();
                ByteBuffer bytes = ByteBuffer.wrap((line(d) + "\n").getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.force(true);
                return before;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file(), e);
        }
    }

    /**
     * Cuts the file back to {@code length}: the line appended last goes again, because the write it recorded was not
     * committed. One server appends to the file, so nothing else was written after that line.
     */
    public synchronized void takeBack(long length) {
        try (FileChannel out = FileChannel.open(file(), StandardOpenOption.WRITE)) {
            out.truncate(length);
            out.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cut " + file() + " back to " + length + " bytes", e);
        }
    }

    static String line(Decision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("at", d.at());
        m.put("analyst", d.analyst());
        m.put("action", d.action());
        m.putAll(d.data());
        try {
            return JSON.writeValueAsString(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Decision parse(String line) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>(JSON.readValue(line, new TypeReference<Map<String, Object>>() { }));
        String id = (String) m.remove("id");
        String at = (String) m.remove("at");
        String analyst = (String) m.remove("analyst");
        String action = (String) m.remove("action");
        if (id == null || action == null) {
            throw new IllegalArgumentException("a decision needs an id and an action");
        }
        return new Decision(id, at, analyst == null ? "unknown" : analyst, action, m);
    }
}
