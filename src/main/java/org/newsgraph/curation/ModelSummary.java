package org.newsgraph.curation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsgraph.extract.score.Scorer;

/** The scorer file's account of itself (when and on what it was trained, its cross-validated figures), weights left out. */
final class ModelSummary {
    private ModelSummary() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path importDir) {
        Path file = importDir.resolve(Scorer.FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Map<String, Object> all = new ObjectMapper().readValue(file.toFile(), LinkedHashMap.class);
            all.remove("weights");
            all.remove("about");
            return all;
        } catch (IOException e) {
            return Map.of("error", "import/model/scorer.json could not be read: " + e.getMessage());
        }
    }
}
