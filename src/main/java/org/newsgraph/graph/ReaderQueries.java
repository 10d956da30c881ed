package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.model.Problem;

/**
 * The article reader: one article's whole text as it was imported or pasted, cut into blocks (its lines) that hold
 * its sentences, each sentence with the claims it states, and every entity mention with its place in the text. All
 * offsets are characters of the article's text (Java's UTF-16 units, as JavaScript counts them too).
 *
 * <p>Open suggestions (claims with status {@code suggested} no analyst decided) are kept apart from the claims, so a
 * reader never shows them as claims; a suggestion an analyst rejected is left out, one accepted is a claim.
 */
public final class ReaderQueries {
    /** Characters of text one answer shows at most; the blocks after them are left out and {@code shownChars} says so. */
    public static final int MAX_CHARS = 1_000_000;

    private static final String ARTICLE = """
            MATCH (a:Article {id: $id})
            RETURN a.id AS id, a.title AS title, a.outlet AS outlet, a.author AS author, a.published AS published,
                   a.url AS url, a.language AS language, coalesce(a.origin, 'folder') AS origin, a.text AS text,
                   COUNT { (c:Claim {article: a.id}) WHERE c.status <> 'suggested' } AS claims,
                   COUNT { (c:Claim {article: a.id}) WHERE c.status = 'suggested' AND c.verdict IS NULL } AS suggestions,
                   COLLECT { MATCH (c:Claim {article: a.id}) WHERE c.reported IS NOT NULL RETURN min(c.reported) }[0]
                       AS reported,
                   COLLECT { MATCH (c:Claim {article: a.id})
                             WHERE c.date IS NOT NULL AND c.status <> 'suggested'
                               AND (c.verdict IS NULL OR c.verdict <> 'rejected')
                             RETURN [min(c.date), max(c.date)] }[0] AS events""";

    private static final String SENTENCES = """
            MATCH (s:Sentence {article: $id})
            RETURN s.id AS id, s.index AS index, s.start AS start, s.end AS end, s.zone AS zone, s.text AS text
            ORDER BY s.index""";

    /** The article's claims and open suggestions, with both ends' names (a rejected suggestion is no claim). */
    private static final String CLAIMS = """
            MATCH (c:Claim {article: $id})-[:STATED_IN]->(s:Sentence)
            WHERE c.status <> 'suggested' OR c.verdict IS NULL
            OPTIONAL MATCH (x:Entity {id: c.subject})
            OPTIONAL MATCH (y:Entity {id: c.object})
            RETURN s.id AS sentence, c.id AS id, c.type AS type, c.status AS status, c.verdict AS verdict,
                   c.subject AS source, x.name AS sourceName, c.object AS target, y.name AS targetName,
                   c.attributedTo AS attributedTo, c.date AS date, c.score AS score, c.readStatus AS readStatus
            ORDER BY s.index, c.type, c.id""";

    private static final String MENTIONS = """
            MATCH (s:Sentence {article: $id})-[m:MENTIONS]->(e:Entity)
            RETURN s.id AS sentence, e.id AS entity, e.name AS name, e.type AS type, m.kind AS kind,
                   m.start AS start, m.end AS end
            ORDER BY m.start, m.end DESC, e.name, e.id""";

    private final Neo4jConnection db;

    public ReaderQueries(Neo4jConnection db) {
        this.db = db;
    }

    /**
     * One article to read. {@code reported} is the day its claims count as known from ("as known on"), {@code
     * firstEvent}/{@code lastEvent} the span of the dates its claims tell of; {@code shownChars} is null when the
     * whole text is shown; {@code note} says what is missing, if anything.
     */
    public record ArticleText(String id, String title, String outlet, String author, String published, String reported,
                              String firstEvent, String lastEvent, String url, String language, String origin,
                              long claims, long suggestions, int totalChars, Integer shownChars, String note,
                              List<Block> blocks, List<Mention> mentions) {
    }

    /** A line of the text (or lines one sentence runs across) and the sentences in it. */
    public record Block(int start, int end, String text, List<SentenceView> sentences) {
    }

    public record SentenceView(String id, int index, int start, int end, String zone, List<Claim> claims,
                               List<Claim> suggestions) {
    }

    /**
     * A claim (or an open suggestion: {@code status} suggested, its {@code score} and {@code readStatus}) with where
     * its two ends are named in its sentence ({@code marks}).
     */
    public record Claim(String id, String type, String status, String verdict, String source, String sourceName,
                        String target, String targetName, String attributedTo, String date, Double score,
                        String readStatus, List<Mark> marks) {
    }

    public record Mark(String entity, int start, int end) {
    }

    /** An entity named at [start, end) of the text, in one sentence; {@code kind}: NAME, PRONOUN, GROUP … */
    public record Mention(String entity, String name, String type, String kind, String sentence, int start, int end) {
    }

    /** The article; not found when there is none with this id. One transaction for all four queries. */
    public ArticleText article(String id) {
        return db.read(tx -> {
            List<Record> found = tx.run(ARTICLE, Map.of("id", id)).list();
            if (found.isEmpty()) {
                throw Problem.notFound("no article '" + id + "'");
            }
            return read(tx, id, found.get(0));
        });
    }

    private static ArticleText read(TransactionContext tx, String id, Record a) {
        List<Record> sentenceRows = tx.run(SENTENCES, Map.of("id", id)).list();
        List<Mention> mentions = tx.run(MENTIONS, Map.of("id", id)).list(r -> new Mention(r.get("entity").asString(),
                r.get("name").asString(null), r.get("type").asString(null), r.get("kind").asString(null),
                r.get("sentence").asString(), r.get("start").asInt(), r.get("end").asInt()));
        Map<String, List<Mention>> mentionsBySentence = new HashMap<>();
        for (Mention m : mentions) {
            mentionsBySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        Map<String, List<Claim>> claims = new HashMap<>();
        Map<String, List<Claim>> suggestions = new HashMap<>();
        for (Record r : tx.run(CLAIMS, Map.of("id", id)).list()) {
            String sentence = r.get("sentence").asString();
            String source = r.get("source").asString();
            String target = r.get("target").asString();
            List<Mark> marks = mentionsBySentence.getOrDefault(sentence, List.of()).stream()
                    .filter(m -> m.entity().equals(source) || m.entity().equals(target))
                    .map(m -> new Mark(m.entity(), m.start(), m.end())).toList();
            String status = r.get("status").asString();
            Claim c = new Claim(r.get("id").asString(), r.get("type").asString(), status, r.get("verdict").asString(null),
                    source, r.get("sourceName").asString(null), target, r.get("targetName").asString(null),
                    r.get("attributedTo").asString(null), r.get("date").asString(null),
                    r.get("score").isNull() ? null : r.get("score").asDouble(), r.get("readStatus").asString(null), marks);
            ("suggested".equals(status) ? suggestions : claims).computeIfAbsent(sentence, k -> new ArrayList<>()).add(c);
        }
        List<SentenceView> sentences = new ArrayList<>();
        for (Record s : sentenceRows) {
            String sid = s.get("id").asString();
            sentences.add(new SentenceView(sid, s.get("index").asInt(), s.get("start").asInt(), s.get("end").asInt(),
                    s.get("zone").asString(null), claims.getOrDefault(sid, List.of()),
                    suggestions.getOrDefault(sid, List.of())));
        }
        String text = a.get("text").asString(null);
        String note = null;
        List<Block> blocks;
        if (text == null) {
            note = "the store keeps no full text of this article (imported by an older version): its sentences are shown";
            blocks = sentenceBlocks(sentences, sentenceRows);
        } else {
            blocks = ArticleBlocks.of(text, sentences);
        }
        int total = text == null ? blocks.stream().mapToInt(b -> b.text().length()).sum() : text.length();
        Integer shown = null;
        List<Block> kept = blocks;
        if (total > MAX_CHARS) {
            kept = blocks.stream().filter(b -> b.start() < MAX_CHARS).toList();
            shown = kept.isEmpty() ? 0 : kept.get(kept.size() - 1).end();
            int upTo = shown;
            mentions = mentions.stream().filter(m -> m.end() <= upTo).toList();
            note = "a long text: the first " + shown + " of its " + total + " characters are shown";
        }
        List<String> events = a.get("events").isNull() ? List.of()
                : a.get("events").asList(v -> v.isNull() ? null : v.asString());
        return new ArticleText(id, a.get("title").asString(null), a.get("outlet").asString(null),
                a.get("author").asString(null), a.get("published").asString(null),
                a.get("reported").isNull() ? a.get("published").asString(null) : a.get("reported").asString(),
                events.isEmpty() ? null : events.get(0), events.isEmpty() ? null : events.get(1),
                a.get("url").asString(null), a.get("language").asString(null), a.get("origin").asString(),
                a.get("claims").asLong(), a.get("suggestions").asLong(), total, shown, note, kept, mentions);
    }

    /** Without the article's text: each sentence is a block of its own. */
    private static List<Block> sentenceBlocks(List<SentenceView> sentences, List<Record> rows) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            SentenceView s = sentences.get(i);
            String text = rows.get(i).get("text").asString("");
            out.add(new Block(s.start(), s.start() + text.length(), text, List.of(s)));
        }
        return out;
    }
}
