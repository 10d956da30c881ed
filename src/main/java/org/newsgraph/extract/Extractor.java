package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.RelationType;
import org.newsgraph.model.Status;
import org.newsgraph.extract.attribute.DateResolver;
import org.newsgraph.extract.attribute.StatusDetector;
import org.newsgraph.extract.mention.Coreference;
import org.newsgraph.extract.mention.Entity;
import org.newsgraph.extract.mention.EntityIndex;
import org.newsgraph.extract.mention.Mention;
import org.newsgraph.extract.mention.PersonDiscovery;
import org.newsgraph.extract.mention.Token;
import org.newsgraph.extract.mention.Tokenizer;
import org.newsgraph.extract.relation.Clauses;
import org.newsgraph.extract.relation.RelationMatcher;
import org.newsgraph.extract.text.ArticleReader;
import org.newsgraph.extract.text.Cleaner;
import org.newsgraph.extract.text.Quotes;
import org.newsgraph.extract.text.Sentence;
import org.newsgraph.extract.text.SentenceSplitter;
import org.newsgraph.extract.text.SourceArticle;

/**
 * The extraction pipeline for one article: clean → sentences → mentions (gazetteer + discovery) →
 * coreference → relations → attributes (status, date, place, attribution). Never touches a database.
 */
public final class Extractor {
    /** Bump when the code (not the rule files) changes what is extracted, so stored graphs are rebuilt. */
    public static final String VERSION = "extractor-1";
    private static final Set<String> REPORTING = Set.of("laut", "zufolge", "sagte", "sagt", "sagten", "berichtete",
            "berichteten", "berichtet", "meldete", "meldeten", "gemeldet", "teilte", "erklärte", "schrieb", "so",
            "bestätigte", "nach");
    /** Longer "sentences" are run-on text (lists, scraping accidents): not read for mentions or relations. */
    public static final int MAX_SENTENCE_CHARS = 2000;
    private static final Set<String> PLACE_PREPS = Set.of("in", "im", "auf", "am", "bei", "beim");

    private final Cleaner cleaner;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final EntityIndex baseIndex;
    private final PersonDiscovery discovery;
    private final StatusDetector statusDetector;
    private final DateResolver dates = new DateResolver();
    private final RelationMatcher matcher;

    public Extractor(ExtractionRules rules) {
        this.cleaner = new Cleaner(rules.boilerplate());
        this.baseIndex = EntityIndex.of(rules.gazetteer());
        this.discovery = new PersonDiscovery(rules.roles());
        this.statusDetector = new StatusDetector(rules.status());
        this.matcher = new RelationMatcher(rules.relations());
    }

    public ArticleExtraction extract(SourceArticle article) throws ArticleReader.UnusableFileException {
        String text = article.text();
        List<Sentence> sentences = splitter.split(text, cleaner.blocks(text));
        if (sentences.stream().noneMatch(s -> s.text().chars().filter(Character::isLetter).count() >= 3)) {
            throw new ArticleReader.UnusableFileException("has no sentence to read after cleaning");
        }
        LocalDate published = DateResolver.parsePublished(article.meta().published());
        EntityIndex local = baseIndex.copy();
        List<List<Token>> tokens = new ArrayList<>();
        Map<String, Entity> used = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            List<Token> t = s.text().length() > MAX_SENTENCE_CHARS ? List.of() : Tokenizer.tokens(s.text());
            tokens.add(t);
            discovery.discover(s.text(), t, local);
        }
        Coreference coref = new Coreference(local);
        List<ArticleExtraction.SentenceMention> allMentions = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        Quotes quotes = new Quotes();
        for (Sentence s : sentences) {
            List<Token> t = tokens.get(s.index());
            quotes.next(s);
            List<Mention> names = local.find(s.text(), t);
            List<Mention> mentions = new ArrayList<>(names);
            mentions.addAll(coref.resolve(s.text(), t, names));
            mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
            for (Mention m : mentions) {
                for (String id : m.members()) {
                    used.putIfAbsent(id, local.entity(id));
                    allMentions.add(new ArticleExtraction.SentenceMention(s.index(), id, m.surface(),
                            s.start() + m.start(), s.start() + m.end(), m.kind().name()));
                }
            }
            if (t.isEmpty()) {
                continue;
            }
            int questionFrom = questionStart(s);
            List<RelationMatcher.Found> found = matcher.match(s.text(), t, mentions, local);
            List<int[]> clauses = found.isEmpty() ? List.of() : Clauses.spans(s.text()); // once per sentence
            for (RelationMatcher.Found f : found) {
                if (f.triggerStart() >= questionFrom) {
                    continue; // asked, not asserted
                }
                Relation r = relation(article, s, t, mentions, clauses, f, local, published,
                        quotes.inQuoteAt(s, f.triggerStart()));
                if (r != null) {
                    relations.add(r);
                    for (String id : concat(r.sourceId(), r.targetId(), r.placeId(), r.attributedToId(), r.itemIds())) {
                        used.putIfAbsent(id, local.entity(id));
                    }
                }
            }
        }
        return new ArticleExtraction(article, sentences, allMentions, relations, List.copyOf(used.values()));
    }

    private Relation relation(SourceArticle a, Sentence s, List<Token> tokens, List<Mention> mentions,
                              List<int[]> clauses, RelationMatcher.Found f, EntityIndex local, LocalDate published,
                              boolean quoted) {
        RelationType type = f.rule().type();
        String span = s.text().substring(f.span()[0], Math.min(f.clause()[1], f.span()[1] + 7));
        if (type != RelationType.DENIED && statusDetector.negated(span)) {
            return null;
        }
        int clauseIndex = 0;
        while (clauseIndex < clauses.size() - 1 && clauses.get(clauseIndex)[0] != f.clause()[0]) {
            clauseIndex++;
        }
        Status status = type == RelationType.DENIED ? Status.fact : statusDetector.status(s.text(), clauses, clauseIndex, f.span()[1]);
        if (status == Status.fact && quoted) {
            status = Status.reported; // someone's words, not the outlet's
        }
        String date = DateResolver.mayHoldDate(tokens) ? nearestDate(s.text(), published, f.triggerStart()) : null;
        Mention place = place(mentions, tokens, f, local);
        Mention by = status == Status.reported || status == Status.speculative ? attribution(mentions, tokens, f, local)
                : null;
        double confidence = Math.round(f.rule().confidence() * (f.viaContext() ? 0.8 : 1.0) * 100) / 100.0;
        List<String> itemNames = f.itemIds().stream().map(id -> local.entity(id).name()).toList();
        return new Relation(name(local, f.sourceId()), f.sourceId(), type.name(), name(local, f.targetId()),
                f.targetId(), a.file(), s.text(), status.name(), date,
                place == null ? null : name(local, place.entityId()), place == null ? null : place.entityId(),
                itemNames.isEmpty() ? null : itemNames.get(0), itemNames.isEmpty() ? null : itemNames,
                f.itemIds().isEmpty() ? null : f.itemIds(),
                by == null ? null : name(local, by.entityId()), by == null ? null : by.entityId(),
                confidence, s.start(), s.end(), s.index(), s.zone(), "relations.txt:" + f.rule().line());
    }

    /**
     * Where the question of a sentence starts: a question after a colon ("Putin in Pjöngjang: Verkauft …?")
     * leaves the statement before the colon asserted.
     */
    private static int questionStart(Sentence s) {
        if (!s.isQuestion()) {
            return Integer.MAX_VALUE;
        }
        int colon = s.text().lastIndexOf(": ");
        return colon < 0 ? 0 : colon + 2;
    }

    private String nearestDate(String sentence, LocalDate published, int offset) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateResolver.DateMention d : dates.find(sentence, published)) {
            int dist = Math.abs(d.start() - offset);
            if (dist < bestDistance) {
                bestDistance = dist;
                best = d.value();
            }
        }
        return best;
    }

    private static Mention place(List<Mention> mentions, List<Token> tokens, RelationMatcher.Found f, EntityIndex local) {
        for (Mention m : mentions) {
            Entity e = local.entity(m.entityId());
            if (e != null && e.type() == EntityType.Place && m.kind() == Mention.Kind.NAME
                    && m.start() >= f.clause()[0] && m.end() <= f.clause()[1]
                    && !m.entityId().equals(f.sourceId()) && !m.entityId().equals(f.targetId())) {
                String gov = RelationMatcher.governor(m, tokens);
                if (gov != null && PLACE_PREPS.contains(gov)) {
                    return m;
                }
            }
        }
        return null;
    }

    private static Mention attribution(List<Mention> mentions, List<Token> tokens, RelationMatcher.Found f,
                                       EntityIndex local) {
        for (Mention m : mentions) {
            Entity e = local.entity(m.entityId());
            if (e == null || m.kind() == Mention.Kind.ADJECTIVE || m.kind() == Mention.Kind.GROUP
                    || e.type() == EntityType.Weapon || e.type() == EntityType.Commodity
                    || m.entityId().equals(f.sourceId()) || m.entityId().equals(f.targetId())) {
                continue;
            }
            for (int k = Math.max(0, m.tokenStart() - 3); k < Math.min(tokens.size(), m.tokenEnd() + 2); k++) {
                if (REPORTING.contains(tokens.get(k).lower())) {
                    return m;
                }
            }
        }
        return null;
    }

    private static String name(EntityIndex local, String id) {
        return local.entity(id).name();
    }

    private static List<String> concat(String a, String b, String c, String d, List<String> rest) {
        List<String> out = new ArrayList<>();
        for (String s : new String[] {a, b, c, d}) {
            if (s != null) {
                out.add(s);
            }
        }
        if (rest != null) {
            out.addAll(rest);
        }
        return out;
    }
}
