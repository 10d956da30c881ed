package org.newsgraph.learn;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code import/model/scorer.json}: threshold, floor, bias and weights (sorted, so a retrained model diffs
 * line by line), and its provenance — when, with which trainer, on which sets (each file's SHA-256) and how many
 * analyst verdicts, with the cross-validated figures.
 */
public final class ModelFile {
    private ModelFile() {
    }

    /** One training set as the provenance names it. */
    public record SetInfo(String name, List<Path> files, int articles) {
    }

    public static void write(Path out, ScorerTraining.Weights w, ScorerTraining.CrossValidation cv, List<SetInfo> sets,
                             Path decisions, int verdicts) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("about", "Scorer of the wide net's proposals (a logistic regression over named features), written by"
                + " `newsgraph learn`. Proposals scoring at least 'threshold' become claims, those between 'floor' and"
                + " 'threshold' suggestions. Retrain, do not edit.");
        root.put("trained", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        root.put("trainer", "Tribuo 4.3.2 LinearSGDTrainer: LogMulticlass objective (logistic regression), AdaGrad("
                + ScorerTraining.RATE + ", 0.1), " + ScorerTraining.EPOCHS + " epochs, seed " + ScorerTraining.SEED);
        root.put("threshold", cv.threshold());
        root.put("floor", cv.floor());
        root.set("crossValidation", json.valueToTree(cv));
        ArrayNode s = root.putArray("trainingSets");
        for (SetInfo set : sets) {
            ObjectNode n = s.addObject();
            n.put("name", set.name());
            n.put("articles", set.articles());
            n.put("files", json.valueToTree(set.files().stream().map(f -> f.getFileName().toString()).toList()));
            n.put("sha256", hash(set.files()));
        }
        ObjectNode d = root.putObject("verdicts");
        d.put("file", decisions.toString());
        d.put("decisions", verdicts);
        d.put("sha256", Files.isRegularFile(decisions) ? hash(List.of(decisions)) : null);
        root.put("features", w.weights().size());
        root.put("bias", w.bias());
        root.set("weights", json.valueToTree(new TreeMap<>(w.weights())));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        json.writeValue(tmp.toFile(), root);
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** One SHA-256 over the files, in name order. */
    private static String hash(List<Path> files) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            Map<String, Path> sorted = new TreeMap<>();
            files.forEach(f -> sorted.put(f.toString(), f));
            for (Path f : sorted.values()) {
                md.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
