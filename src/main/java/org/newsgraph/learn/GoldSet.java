package org.newsgraph.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.RelationType;

/**
 * A gold annotation in the evaluation scheme ({@code {entities, relations}} in one file, or {@code entities.json}
 * and {@code relations.json} in a folder): which interaction relations each article states, in which sentence.
 * Names are matched as the scorer {@code score.py} matches them: folded case, accents and punctuation, a German
 * genitive -s, and a person's last word.
 */
public final class GoldSet {
    /** One gold relation: entity ids, type, the article's key and its evidence, whitespace squashed. */
    public record Fact(String source, String type, String target, String article, String evidence) {
    }

    private final Map<String, String> byForm = new HashMap<>();
    private final List<Fact> facts = new ArrayList<>();
    private final Set<String> articleKeys = new HashSet<>();

    public static GoldSet load(Path path) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode entities;
        JsonNode relations;
        if (Files.isDirectory(path)) {
            entities = json.readTree(path.resolve("entities.json").toFile());
            relations = json.readTree(path.resolve("relations.json").toFile());
        } else {
            JsonNode root = json.readTree(path.toFile());
            entities = root.path("entities");
            relations = root.path("relations");
        }
        GoldSet g = new GoldSet();
        for (JsonNode e : entities) {
            String id = e.path("id").asText();
            g.addForm(id.replace('_', ' '), id);
            g.addForm(e.path("name").asText(), id);
            e.path("aliases").forEach(a -> g.addForm(a.asText(), id));
        }
        for (JsonNode r : relations) {
            String article = r.hasNonNull("article") ? r.get("article").asText() : r.path("file").asText();
            g.articleKeys.add(article);
            if (!"interaction".equals(r.path("category").asText("interaction")) || "negated".equals(r.path("modality").asText())) {
                continue;
            }
            g.facts.add(new Fact(r.path("source").asText(), r.path("type").asText(), r.path("target").asText(),
                    article, squash(r.path("evidence").asText())));
        }
        return g;
    }

    /** The gold id a name stands for, or null. */
    public String resolve(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        for (String v : variants(name)) {
            String id = byForm.get(v);
            if (id != null) {
                return id;
            }
        }
        String[] words = fold(name).split(" ");
        if (words.length > 1) {
            for (String v : variants(words[words.length - 1])) {
                String id = byForm.get(v);
                if (id != null) {
                    return id;
                }
            }
        }
        return null;
    }

    /** The gold key of an article file ("000_f6eb….txt" → "000"), or null when the gold does not know it. */
    public String articleKey(String file) {
        String base = Path.of(file).getFileName().toString();
        String stem = base.contains(".") ? base.substring(0, base.lastIndexOf('.')) : base;
        String best = null;
        for (String k : articleKeys) {
            String kstem = k.contains(".") ? k.substring(0, k.lastIndexOf('.')) : k;
            if ((base.equals(k) || stem.equals(kstem) || base.startsWith(kstem)) && (best == null || k.length() > best.length())) {
                best = k;
            }
        }
        return best;
    }

    /** The gold relations of one article. */
    public List<Fact> facts(String articleKey) {
        return facts.stream().filter(f -> f.article().equals(articleKey)).toList();
    }

    /** Whether the article states {@code source type target} in this sentence (either order for a symmetric type). */
    public static boolean states(List<Fact> facts, String sentence, String source, RelationType type, String target) {
        String s = squash(sentence);
        for (Fact f : facts) {
            if (!f.type().equals(type.name()) || !(f.evidence().contains(s) || s.contains(f.evidence()))) {
                continue;
            }
            if (f.source().equals(source) && f.target().equals(target)
                    || type.symmetric() && f.source().equals(target) && f.target().equals(source)) {
                return true;
            }
        }
        return false;
    }

    private void addForm(String form, String id) {
        for (String v : variants(form)) {
            byForm.putIfAbsent(v, id);
        }
    }

    static String fold(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT).replace("ß", "ss");
        StringBuilder out = new StringBuilder(t.length());
        boolean gap = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            boolean keep = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (keep) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
            }
            gap = !keep;
        }
        return out.toString();
    }

    private static List<String> variants(String name) {
        String f = fold(name);
        List<String> out = new ArrayList<>(List.of(f));
        if (f.endsWith("s") && f.length() > 3) {
            out.add(f.substring(0, f.length() - 1));
        }
        return out;
    }

    static String squash(String text) {
        return String.join(" ", text.strip().split("\\s+"));
    }
}
