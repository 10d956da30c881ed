package org.newsgraph.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The analysts' verdicts on claims in {@code import/curation/decisions.jsonl}, as labels: accepted → stated,
 * rejected → not stated, corrected → the machine's reading not stated and the corrected one stated; an added
 * relation is stated. Undone decisions do not count; the last verdict on a claim wins. Keys are
 * "article-sha256|sentence|subject|TYPE|object" in the product's entity ids.
 */
public final class Verdicts {
    private final Map<String, Boolean> labels = new LinkedHashMap<>();
    private int decisions;

    public static Verdicts load(Path file) throws IOException {
        Verdicts v = new Verdicts();
        if (!Files.isRegularFile(file)) {
            return v;
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        Set<String> undone = new HashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode d;
            try {
                d = json.readTree(line);
            } catch (IOException e) {
                continue; // a torn last line: the curation log's own reader reports it
            }
            if ("undo".equals(d.path("action").asText())) {
                undone.add(d.path("data").path("decision").asText());
            } else {
                byId.put(d.path("id").asText(), d);
            }
        }
        for (Map.Entry<String, JsonNode> e : byId.entrySet()) {
            if (!undone.contains(e.getKey())) {
                v.take(e.getValue());
            }
        }
        return v;
    }

    private void take(JsonNode d) {
        JsonNode data = d.path("data");
        switch (d.path("action").asText()) {
            case "review" -> {
                JsonNode claim = data.path("claim");
                String verdict = data.path("after").path("verdict").asText();
                String k = key(claim.path("article").asText(), claim.path("sentence").asText(),
                        claim.path("subject").asText(), claim.path("type").asText(), claim.path("object").asText());
                if (verdict.equals("accepted") || verdict.equals("rejected") || verdict.equals("corrected")) {
                    labels.put(k, verdict.equals("accepted"));
                    decisions++;
                }
                JsonNode after = data.path("after");
                if (verdict.equals("corrected") && after.hasNonNull("type")) {
                    labels.put(key(claim.path("article").asText(), claim.path("sentence").asText(),
                            after.path("subject").asText(), after.path("type").asText(), after.path("object").asText()), true);
                }
            }
            case "add" -> {
                JsonNode s = data.path("sentence");
                JsonNode r = data.path("relation");
                labels.put(key(s.path("article").asText(), s.path("sentence").asText(), r.path("subject").asText(),
                        r.path("type").asText(), r.path("object").asText()), true);
                decisions++;
            }
            default -> { }
        }
    }

    static String key(String articleSha, String sentence, String subject, String type, String object) {
        return articleSha + "|" + GoldSet.squash(sentence) + "|" + subject + "|" + type + "|" + object;
    }

    /** The analyst's label for this relation in this sentence, or null when none was given. */
    public Boolean label(String articleSha, String sentence, String subject, String type, String object) {
        return labels.get(key(articleSha, sentence, subject, type, object));
    }

    /** Whether any verdict concerns this article. */
    public boolean concerns(String articleSha) {
        return labels.keySet().stream().anyMatch(k -> k.startsWith(articleSha + "|"));
    }

    public int decisions() {
        return decisions;
    }
}
