package org.newsgraph.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.TransactionContext;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.extract.ArticleExtraction;
import org.newsgraph.extract.mention.Entity;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.text.SourceArticle;
import org.newsgraph.model.RelationType;

/**
 * Writes extractions into the graph. A batch of articles is replaced in ONE transaction: old sentences and
 * claims go, new ones come, and exactly the exploration edges and entities they touch are recomputed. A crash
 * therefore leaves every article either fully old or fully new; the next import finishes the job.
 */
public final class GraphLoader {
    private final Neo4jConnection db;
    /** When this loader's import began: the {@code loaded} stamp of the articles it brings (see LoadQueries). */
    private final String loaded = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();

    public GraphLoader(Neo4jConnection db) {
        this.db = db;
    }

    /** Replaces (or adds) these articles' content; they came from the import folder. */
    public void replace(List<ArticleExtraction> batch, String rulesVersion) {
        replace(batch, rulesVersion, Origin.FOLDER);
    }

    /**
     * Where an article came from: the import folder (taken out when its file goes) or added from elsewhere — a
     * file, a folder, a URL, the page — (kept until removed on purpose). Either way its text is kept in the store.
     */
    public enum Origin { FOLDER, ADDED }

    /** Replaces (or adds) these articles' content. */
    public void replace(List<ArticleExtraction> batch, String rulesVersion, Origin origin) {
        db.writeWithoutResult(tx -> {
            List<String> ids = batch.stream().map(x -> x.article().file()).toList();
            Touched touched = clear(tx, ids);
            tx.run(LoadQueries.MERGE_ARTICLES, Map.of("rows", batch.stream()
                    .map(x -> articleRow(x.article(), rulesVersion, origin, loaded)).toList()));
            writeEntities(tx, batch);
            write(tx, batch, touched);
            rebuild(tx, touched);
        });
    }

    /** Removes articles (files deleted from the folder) with everything only they supported. */
    public void remove(List<String> ids) {
        db.writeWithoutResult(tx -> {
            Touched touched = clear(tx, ids);
            tx.run(LoadQueries.DELETE_ARTICLES, Map.of("ids", ids));
            rebuild(tx, touched);
        });
    }

    /** What a batch touches: triples that lost claims (rebuilt), triples that gained claims (ids), entities. */
    private record Touched(Set<Map<String, String>> triples, Map<Map<String, String>, Set<String>> added,
                           Set<String> entities) {
    }

    private static Touched clear(TransactionContext tx, List<String> ids) {
        Set<Map<String, String>> triples = new LinkedHashSet<>();
        tx.run(LoadQueries.TOUCHED_BY_ARTICLES, Map.of("ids", ids)).forEachRemaining(r -> triples.add(Map.of(
                "source", r.get("source").asString(), "type", r.get("type").asString(), "target", r.get("target").asString())));
        Set<String> entities = new LinkedHashSet<>(
                tx.run(LoadQueries.ENTITIES_OF_ARTICLES, Map.of("ids", ids)).single().get("ids").asList(v -> v.asString()));
        tx.run(LoadQueries.DELETE_ARTICLE_CONTENT, Map.of("ids", ids)).consume();
        return new Touched(triples, new LinkedHashMap<>(), entities);
    }

    private static void writeEntities(TransactionContext tx, List<ArticleExtraction> batch) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (ArticleExtraction x : batch) {
            for (Entity e : x.entities()) {
                rows.putIfAbsent(e.id(), entityRow(e));
            }
        }
        tx.run(LoadQueries.MERGE_ENTITIES, Map.of("rows", new ArrayList<>(rows.values()))).consume();
    }

    private static void write(TransactionContext tx, List<ArticleExtraction> batch, Touched touched) {
        List<Map<String, Object>> sentences = new ArrayList<>();
        List<Map<String, Object>> mentions = new ArrayList<>();
        List<Map<String, Object>> claims = new ArrayList<>();
        List<Map<String, Object>> roles = new ArrayList<>();
        for (ArticleExtraction x : batch) {
            String art = x.article().file();
            x.sentences().forEach(s -> sentences.add(Map.of("id", sentenceId(art, s.index()), "article", art,
                    "text", s.text(), "index", s.index(), "zone", s.zone(), "start", s.start(), "end", s.end())));
            x.mentions().forEach(m -> mentions.add(Map.of("sentence", sentenceId(art, m.sentence()), "entity", m.entityId(),
                    "surface", m.surface(), "start", m.start(), "end", m.end(), "kind", m.kind())));
            int n = 0;
            for (Relation r : x.relations()) {
                String claimId = art + "#c" + (n++);
                claims.add(claimRow(claimId, r, x.article().meta()));
                Map<String, Object> row = claims.get(claims.size() - 1);
                if (r.status() != org.newsgraph.model.Status.suggested) { // a suggestion makes no edge until accepted
                    touched.added().computeIfAbsent(Map.of("source", (String) row.get("source"), "type", r.type().name(),
                            "target", (String) row.get("target")), k -> new java.util.TreeSet<>()).add(claimId);
                }
                if (r.itemIds() != null) {
                    r.itemIds().forEach(i -> roles.add(Map.of("claim", claimId, "entity", i, "role", "ITEM")));
                }
                if (r.placeId() != null) {
                    roles.add(Map.of("claim", claimId, "entity", r.placeId(), "role", "AT"));
                }
                if (r.attributedToId() != null) {
                    roles.add(Map.of("claim", claimId, "entity", r.attributedToId(), "role", "ASSERTED_BY"));
                }
            }
        }
        tx.run(LoadQueries.CREATE_SENTENCES, Map.of("rows", sentences)).consume();
        tx.run(LoadQueries.CREATE_MENTIONS, Map.of("rows", mentions)).consume();
        tx.run(LoadQueries.CREATE_CLAIMS, Map.of("rows", claims)).consume();
        tx.run(LoadQueries.LINK_CLAIM_ROLES, Map.of("rows", roles)).consume();
        List<String> articles = batch.stream().map(x -> x.article().file()).toList();
        Map<String, Object> contests = Map.of("articles", articles, "contestable", RelationType.CONTESTABLE);
        tx.run(LoadQueries.LINK_DENIALS_TO_CONTESTED, contests).consume();
        tx.run(LoadQueries.LINK_CONTESTED_TO_DENIALS, contests).consume();
    }

    private static void rebuild(TransactionContext tx, Touched touched) {
        List<Map<String, String>> rebuilt = new ArrayList<>();
        for (Map<String, String> t : touched.triples()) {
            RelationType.parse(t.get("type")); // whitelist: only vocabulary types become relationship types
            rebuilt.add(t);
            touched.entities().add(t.get("source"));
            touched.entities().add(t.get("target"));
        }
        List<Map<String, Object>> merged = new ArrayList<>();
        touched.added().forEach((t, claimIds) -> {
            RelationType.parse(t.get("type"));
            touched.entities().add(t.get("source"));
            touched.entities().add(t.get("target"));
            if (!touched.triples().contains(t)) {
                Map<String, Object> row = new HashMap<>(t);
                row.put("claims", new ArrayList<>(claimIds));
                merged.add(row);
            }
        });
        if (!rebuilt.isEmpty()) {
            tx.run(LoadQueries.REBUILD_EDGES, Map.of("triples", rebuilt)).consume();
        }
        if (!merged.isEmpty()) {
            tx.run(LoadQueries.CREATE_MISSING_EDGES, Map.of("triples", merged)).consume();
            tx.run(LoadQueries.ADD_TO_EDGES, Map.of("triples", merged)).consume();
        }
        java.util.Set<EdgeRebuild.Triple> all = new java.util.LinkedHashSet<>();
        for (Map<String, String> t : touched.triples()) {
            all.add(new EdgeRebuild.Triple(t.get("source"), t.get("type"), t.get("target")));
        }
        touched.added().keySet().forEach(t -> all.add(new EdgeRebuild.Triple(t.get("source"), t.get("type"), t.get("target"))));
        IndependentSources.update(tx, all);
        tx.run(LoadQueries.DELETE_ORPHANS, Map.of("ids", new ArrayList<>(touched.entities()))).consume();
        Degrees.update(tx, touched.entities());
    }

    static String sentenceId(String article, int index) {
        return article + "#s" + index;
    }

    private static Map<String, Object> articleRow(SourceArticle a, String rulesVersion, Origin origin, String loaded) {
        Map<String, Object> row = new HashMap<>();
        row.put("loaded", loaded);
        row.put("id", a.file());
        row.put("file", a.file());
        row.put("title", a.meta().title() == null ? a.file() : a.meta().title());
        row.put("outlet", a.meta().outlet());
        row.put("published", a.meta().published());
        row.put("url", a.meta().url());
        row.put("language", a.meta().language());
        row.put("author", a.meta().author());
        row.put("sha256", a.sha256());
        row.put("bytes", a.bytes());
        row.put("rulesVersion", rulesVersion);
        row.put("text", a.text());
        row.put("captions", a.meta().captions());
        row.put("origin", origin.name().toLowerCase(java.util.Locale.ROOT));
        row.put("readAs", a.language().name());
        return row;
    }

    private static Map<String, Object> entityRow(Entity e) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", e.id());
        row.put("name", e.name());
        row.put("aliases", e.aliases());
        row.put("aliasText", String.join(" | ", e.aliases()));
        row.put("role", e.role());
        row.put("discovered", e.discovered());
        row.put("type", e.type().label()); // whitelist: EntityType enum names only
        return row;
    }

    /** Symmetric relations are stored once per unordered pair: source id &lt; target id. */
    private static Map<String, Object> claimRow(String id, Relation r, org.newsgraph.extract.text.ArticleMeta meta) {
        String outlet = meta.outlet();
        boolean swap = r.type().symmetric() && r.sourceId().compareTo(r.targetId()) > 0;
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("type", r.type().name()); // whitelist: RelationType names only
        row.put("source", swap ? r.targetId() : r.sourceId());
        row.put("target", swap ? r.sourceId() : r.targetId());
        row.put("sentence", sentenceId(r.article(), r.evidence().sentence()));
        row.put("status", r.status().name());
        row.put("date", r.date());
        row.put("confidence", r.confidence());
        row.put("article", r.article());
        row.put("attributedTo", r.attributedTo());
        row.put("place", r.place());
        row.put("items", r.items());
        row.put("rule", r.rule());
        row.put("score", r.score());
        row.put("readStatus", r.readStatus() == null ? null : r.readStatus().name());
        row.put("reported", meta.published()); // when it became known, apart from when it happened (date)
        row.put("zone", r.evidence().zone());
        row.put("outlet", outlet);
        return row;
    }
}
