package org.newsgraph.curation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    public record Read(List<Decision> decisions, List<String> broken) {
    }

    public Path file() {
        return folder.resolve("decisions.jsonl");
    }

    /** Every decision in every {@code *.jsonl} file of the folder, in file-name and line order. */
    public Read read() {
        List<Decision> out = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new Read(out, broken);
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
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Read(out, broken);
    }

    /** Appends one decision as one line (the folder is made when missing). */
    public synchronized void append(Decision d) {
        try {
            Files.createDirectories(folder);
            Files.writeString(file(), line(d) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file(), e);
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
