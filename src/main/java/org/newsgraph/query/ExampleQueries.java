package org.newsgraph.query;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The example queries of the console: one {@code .cypher} file each in {@code import/queries}, headed by
 * {@code // name:}, {@code // description:} and {@code // params:} (a JSON object) comment lines. The files run
 * as they are in cypher-shell too.
 */
public final class ExampleQueries {
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Example(String id, String name, String description, String query, Map<String, Object> params) {
    }

    private ExampleQueries() {
    }

    /** The examples of {@code importDir/queries}, by file name; an absent folder gives none. */
    public static List<Example> load(Path importDir) {
        Path dir = importDir.resolve("queries");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Example> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".cypher")).sorted().toList()) {
                out.add(parse(f));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Example parse(Path file) throws IOException {
        String id = file.getFileName().toString().replaceFirst("\\.cypher$", "");
        String name = id;
        String description = "";
        Map<String, Object> params = Map.of();
        StringBuilder query = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.startsWith("// name:")) {
                name = t.substring(8).strip();
            } else if (t.startsWith("// description:")) {
                description = t.substring(15).strip();
            } else if (t.startsWith("// params:")) {
                try {
                    params = QueryParams.fromJson(JSON.readTree(t.substring(10).strip()));
                } catch (JacksonException | QueryError e) {
                    throw new IllegalArgumentException(file + ": the params line is not a JSON object: " + e.getMessage());
                }
            } else {
                query.append(line).append('\n');
            }
        }
        return new Example(id, name, description, query.toString().strip(), params);
    }
}
