package org.newsgraph.extract.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The learned scorer of {@code import/model/scorer.json}: a logistic regression over {@link Proposal} features,
 * trained by {@code newsgraph learn} (Tribuo) and kept as readable weights with its provenance and its
 * cross-validated figures. A proposal scoring at least {@code threshold} becomes a claim; one scoring at least
 * {@code floor} becomes a suggestion for an analyst to confirm; the rest are dropped.
 */
public record Scorer(double bias, Map<String, Double> weights, double threshold, double floor) {
    public static final String FILE = "model/scorer.json";

    /** No model: nothing but the patterns' relations (every proposal scores 0). */
    public static Scorer none() {
        return new Scorer(-30, Map.of(), 1.01, 1.01);
    }

    public static Scorer load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return none();
        }
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        Map<String, Double> w = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("weights").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            w.put(e.getKey(), e.getValue().asDouble());
        }
        return new Scorer(root.path("bias").asDouble(), Map.copyOf(w), root.path("threshold").asDouble(1.01),
                root.path("floor").asDouble(1.01));
    }

    public boolean present() {
        return !weights.isEmpty();
    }

    /** The probability that a proposal with these features is a stated relation. */
    public double score(List<String> features) {
        return probability(bias, weights, features);
    }

    /** The logistic function of the bias plus the weights of the features present (absent names weigh nothing). */
    public static double probability(double bias, Map<String, Double> weights, List<String> features) {
        double z = bias;
        for (String f : features) {
            Double x = weights.get(f);
            if (x != null) {
                z += x;
            }
        }
        return 1 / (1 + Math.exp(-z));
    }
}
