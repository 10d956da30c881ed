package org.newsgraph.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.mention.Entity;
import org.newsgraph.extract.text.Sentence;
import org.newsgraph.extract.text.SourceArticle;
import org.newsgraph.model.RelationType;
import org.newsgraph.model.Status;

/**
 * One article's whole extraction as one JSON line — the article (text and metadata), its sentences, mentions,
 * entities and relations, and the version of the rules that read it — so that extraction can run anywhere
 * ({@code extract --format articles}) and loading somewhere else ({@code import --claims}), without the NLP.
 */
public final class ExtractionJson {
    public static final String FORMAT = "newsgraph-articles/1";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ExtractionJson() {
    }

    /** An extraction read back, with the rules version it was made with. */
    public record Line(ArticleExtraction extraction, String rulesVersion) {
    }

    public static String write(ArticleExtraction x, String rulesVersion) throws JsonProcessingException {
        ObjectNode line = JSON.createObjectNode();
        line.put("format", FORMAT);
        line.put("rulesVersion", rulesVersion);
        line.set("extraction", JSON.valueToTree(x));
        return JSON.writeValueAsString(line);
    }

    /** A line as written by {@link #write}; anything else is an {@link IllegalArgumentException} saying what. */
    public static Line read(String text) {
        try {
            JsonNode line = JSON.readTree(text);
            if (line == null || !FORMAT.equals(line.path("format").asText())) {
                throw new IllegalArgumentException("not a line of 'extract --format articles' (" + FORMAT + ")");
            }
            JsonNode x = line.path("extraction");
            SourceArticle article = JSON.treeToValue(x.path("article"), SourceArticle.class);
            List<Sentence> sentences = list(x.path("sentences"), Sentence.class);
            List<ArticleExtraction.SentenceMention> mentions = list(x.path("mentions"), ArticleExtraction.SentenceMention.class);
            List<Entity> entities = list(x.path("entities"), Entity.class);
            List<Relation> relations = new ArrayList<>();
            for (JsonNode r : x.path("relations")) {
                relations.add(relation(r));
            }
            if (article == null || article.file() == null || article.text() == null) {
                throw new IllegalArgumentException("the line has no article with a name and a text");
            }
            return new Line(new ArticleExtraction(article, sentences, mentions, relations, entities),
                    line.path("rulesVersion").asText(""));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
    }

    /** A relation's evidence is written inline (evidence, start, end, sentence, zone), so it is read field by field. */
    private static Relation relation(JsonNode r) throws JsonProcessingException {
        Evidence evidence = new Evidence(r.path("evidence").asText(), r.path("start").asInt(), r.path("end").asInt(),
                r.path("sentence").asInt(), text(r, "zone"));
        return new Relation(text(r, "source"), text(r, "sourceId"), RelationType.parse(r.path("type").asText()),
                text(r, "target"), text(r, "targetId"), text(r, "article"), evidence,
                JSON.treeToValue(r.path("status"), Status.class), text(r, "date"), text(r, "place"), text(r, "placeId"),
                text(r, "item"), strings(r.path("items")), strings(r.path("itemIds")), text(r, "attributedTo"),
                text(r, "attributedToId"), r.path("confidence").asDouble(), text(r, "language"), text(r, "rule"),
                r.hasNonNull("score") ? r.get("score").asDouble() : null,
                r.hasNonNull("readStatus") ? JSON.treeToValue(r.get("readStatus"), Status.class) : null);
    }

    private static <T> List<T> list(JsonNode array, Class<T> type) throws JsonProcessingException {
        List<T> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(JSON.treeToValue(n, type));
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        if (array == null || array.isNull() || array.isMissingNode()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
