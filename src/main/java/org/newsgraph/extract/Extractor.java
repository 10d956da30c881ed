package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.attribute.DateResolver;
import org.newsgraph.extract.mention.Entity;
import org.newsgraph.extract.mention.EntityIndex;
import org.newsgraph.extract.mention.Mention;
import org.newsgraph.extract.mention.PersonDiscovery;
import org.newsgraph.extract.mention.SentenceTokens;
import org.newsgraph.extract.mention.Token;
import org.newsgraph.extract.nlp.Backbone;
import org.newsgraph.extract.nlp.Parse;
import org.newsgraph.extract.nlp.Tokens;
import org.newsgraph.extract.text.ArticleReader;
import org.newsgraph.extract.text.Cleaner;
import org.newsgraph.extract.text.Language;
import org.newsgraph.extract.text.Quotes;
import org.newsgraph.extract.text.Sentence;
import org.newsgraph.extract.text.SentenceSplitter;
import org.newsgraph.extract.text.SourceArticle;

/**
 * The extraction pipeline for one article: clean → sentences → words (CoreNLP tokenizer) → names (gazetteer,
 * people by their roles) → coreference → for candidate sentences (two or more mentions and a possible
 * predicate): tags, named entities and dependency parse (CoreNLP, models loaded on first use) → relations read
 * by dependency patterns → status, attribution, date, place. Never touches a database; safe to call from
 * several threads at once (one article per call).
 */
public final class Extractor {
    /**
     * Bump when the code (not the rule files) changes what is extracted or how it is stored, so stored graphs are
     * rebuilt (2.1: claims carry when they were reported, their article's publication date).
     */
    public static final String VERSION = "extractor-2.1";
    /** Longer "sentences" are run-on text (lists, scraping accidents): not read for mentions or relations. */
    public static final int MAX_SENTENCE_CHARS = 2000;

    private final Cleaner cleaner;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final EntityIndex baseIndex;
    private final PersonDiscovery discovery;
    private final Backbone backbone;
    private final Map<Language, SentenceReader> readers = new EnumMap<>(Language.class);
    private final ExtractionBudget budget;

    public Extractor(ExtractionRules rules) {
        this(rules, Backbone.shared());
    }

    public Extractor(ExtractionRules rules, Backbone backbone) {
        this(rules, backbone, ExtractionBudget.configured());
    }

    public Extractor(ExtractionRules rules, Backbone backbone, ExtractionBudget budget) {
        this.budget = budget;
        this.cleaner = new Cleaner(rules.boilerplate());
        this.baseIndex = EntityIndex.of(rules.gazetteer(), w -> backbone.germanLemmas().isNoun(w)); // loaded when first used
        this.discovery = new PersonDiscovery(rules.roles());
        this.backbone = backbone;
        for (Language l : Language.values()) {
            readers.put(l, new SentenceReader(l, rules, backbone));
        }
    }

    /** An entity of the gazetteer by id, or null (entities found in an article are in its extraction). */
    public Entity entity(String id) {
        return baseIndex.entity(id);
    }

    /** What one sentence gave, for {@code explain}: its parse (null if not parsed), mentions and relations. */
    public record Trace(Sentence sentence, Parse parse, List<Mention> mentions, List<Relation> relations,
                        List<org.newsgraph.extract.score.Proposal> proposals) {
    }

    public ArticleExtraction extract(SourceArticle article) throws ArticleReader.UnusableFileException {
        return extract(article, t -> { });
    }

    /** As {@link #extract(SourceArticle)}, telling {@code trace} what each sentence gave. */
    public ArticleExtraction extract(SourceArticle article, java.util.function.Consumer<Trace> trace)
            throws ArticleReader.UnusableFileException {
        String text = article.text();
        List<String> captions = article.meta().captions() == null ? List.of() : article.meta().captions();
        List<Sentence> all = splitter.split(text, cleaner.blocks(text, captions));
        if (all.stream().noneMatch(s -> s.text().chars().filter(Character::isLetter).count() >= 3)) {
            throw new ArticleReader.UnusableFileException("has no sentence to read after cleaning");
        }
        List<Sentence> sentences = all.size() > budget.maxSentences() ? all.subList(0, budget.maxSentences()) : all;
        String cut = sentences.size() < all.size() ? budget.sentencesCut(all.size()) : null;
        LocalDate published = DateResolver.parsePublished(article.meta().published());
        EntityIndex local = baseIndex.copy();
        SentenceReader reader = readers.get(article.language());
        SentenceReader.ArticleState state = reader.start(local, published);
        Map<String, Entity> used = new LinkedHashMap<>();
        List<ArticleExtraction.SentenceMention> allMentions = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        Quotes quotes = new Quotes();
        int read = 0;
        for (Sentence s : sentences) {
            if (relations.size() >= budget.maxClaims()) {
                cut = budget.claimsCut(read, all.size());
                break;
            }
            read++;
            quotes.next(s);
            if (s.text().length() > MAX_SENTENCE_CHARS) {
                continue;
            }
            Language lang = Language.ofSentence(s.text(), article.language()); // an English caption in a German article
            Tokens tokens = backbone.tokenize(s.text(), lang);
            List<Token> plain = SentenceTokens.of(s.text(), tokens.words());
            discovery.discover(s.text(), plain, local);
            List<Mention> names = SentenceTokens.toWords(local.find(s.text(), plain), tokens.words());
            SentenceReader.Result r = readers.get(lang).read(article, s, tokens, names, state, quotes);
            trace.accept(new Trace(s, r.parse(), r.mentions(), r.relations(), r.proposals()));
            List<Mention> mentions = new ArrayList<>(r.mentions());
            mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
            for (Mention m : mentions) {
                for (String id : m.members()) {
                    used.putIfAbsent(id, local.entity(id));
                    allMentions.add(new ArticleExtraction.SentenceMention(s.index(), id, m.surface(),
                            s.start() + m.start(), s.start() + m.end(), m.kind().name()));
                }
            }
            for (Relation rel : r.relations()) {
                relations.add(rel);
                for (String id : ids(rel)) {
                    used.putIfAbsent(id, local.entity(id));
                }
            }
        }
        return new ArticleExtraction(article, List.copyOf(sentences.subList(0, read)), allMentions, relations,
                List.copyOf(used.values()), cut);
    }

    private static List<String> ids(Relation r) {
        List<String> out = new ArrayList<>(List.of(r.sourceId(), r.targetId()));
        if (r.placeId() != null) {
            out.add(r.placeId());
        }
        if (r.attributedToId() != null) {
            out.add(r.attributedToId());
        }
        if (r.itemIds() != null) {
            out.addAll(r.itemIds());
        }
        return out;
    }
}
