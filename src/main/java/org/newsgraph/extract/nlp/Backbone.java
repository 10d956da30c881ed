package org.newsgraph.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.extract.text.Language;

/**
 * The linguistic backbone: Stanford CoreNLP 4.5.10 (German: tokens, UD POS, 4-class NER, UD dependencies;
 * English: the same plus lemmas) and the German lemma dictionary. Tokenising is cheap and always available;
 * the models (≈ 10 s and 800 MB for German) load on the first {@link #parse}, once per process, so a server
 * whose store is up to date never loads them. Safe to use from several threads.
 */
public final class Backbone {
    private static final Backbone SHARED = new Backbone();

    private final Map<Language, StanfordCoreNLP> tokenizers = new EnumMap<>(Language.class);
    private final Map<Language, StanfordCoreNLP> parsers = new EnumMap<>(Language.class);
    private volatile GermanLemmas lemmas;
    private volatile long loadMillis;
    /** Recently parsed sentences (reprinted agency copy and re-imports parse once): language + text → parse. */
    private final Map<String, Parse> recent = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Parse> eldest) {
                    return size() > CACHE;
                }
            });
    /** Parses kept for reuse; {@code -Dnewsgraph.parseCache=0} turns the cache off (the extraction benchmark does). */
    private static final int CACHE = Integer.getInteger("newsgraph.parseCache", 8_000);
    /** Parses kept on disk across processes and imports (null when turned off). */
    private final ParseStore store = ParseStore.configured();
    private final java.util.concurrent.atomic.AtomicLong parseNanos = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong parsedWords = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong parsedSentences = new java.util.concurrent.atomic.AtomicLong();

    private Backbone() {
    }

    /** The process-wide backbone (models are loaded once per process). */
    public static Backbone shared() {
        return SHARED;
    }

    /** Cuts one sentence into words (no models needed). Offsets are relative to {@code text}. */
    public Tokens tokenize(String text, Language language) {
        Annotation doc = new Annotation(text);
        tokenizer(language).annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        CoreMap sentence = sentences.get(0);
        sentence.set(CoreAnnotations.TokensAnnotation.class, Glued.split(sentence.get(CoreAnnotations.TokensAnnotation.class)));
        List<Word> words = new ArrayList<>();
        for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            words.add(new Word(words.size(), t.word(), "", "", "O", "", t.beginPosition(), t.endPosition()));
        }
        return new Tokens(sentence, language, words);
    }

    /** What the parser has done in this process: sentences, words and seconds spent parsing (not loading). */
    public record Stats(long sentences, long words, double seconds, double loadSeconds) {
    }

    public Stats stats() {
        return new Stats(parsedSentences.get(), parsedWords.get(), parseNanos.get() / 1e9, loadMillis / 1000.0);
    }

    /**
     * Tags, recognises names and parses a tokenised sentence (loads the models on first use). The result is the
     * caller's own copy: its dependencies may be repaired.
     */
    public Parse parse(Tokens tokens) {
        String key = tokens.language.name() + "\u0000" + tokens.sentence.get(CoreAnnotations.TextAnnotation.class);
        Parse known = recent.get(key);
        if (known == null && store != null) {
            known = store.get(key);
            if (known != null) {
                recent.put(key, known);
            }
        }
        if (known != null) {
            return known.copy();
        }
        parser(tokens.language); // load outside the timed part
        long t0 = System.nanoTime();
        Parse parsed = annotate(tokens);
        parseNanos.addAndGet(System.nanoTime() - t0);
        parsedSentences.incrementAndGet();
        parsedWords.addAndGet(parsed.size());
        recent.put(key, parsed);
        if (store != null) {
            store.put(key, parsed);
        }
        return parsed.copy();
    }

    private Parse annotate(Tokens tokens) {
        Annotation doc = new Annotation(tokens.sentence.get(CoreAnnotations.TextAnnotation.class));
        doc.set(CoreAnnotations.TokensAnnotation.class, tokens.sentence.get(CoreAnnotations.TokensAnnotation.class));
        doc.set(CoreAnnotations.SentencesAnnotation.class, List.of(tokens.sentence));
        parser(tokens.language).annotate(doc);
        List<CoreLabel> labels = tokens.sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Word> words = new ArrayList<>(labels.size());
        for (CoreLabel t : labels) {
            words.add(word(words.size(), t, tokens.language));
        }
        SemanticGraph graph = tokens.sentence.get(
                SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        Dependencies deps = new Dependencies(words.size());
        if (graph != null) {
            for (IndexedWord root : graph.getRoots()) {
                deps.root(root.index() - 1);
            }
            // basic-tree edges first, so Dependencies.head() is the tree head
            SemanticGraph basic = tokens.sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            for (SemanticGraphEdge e : basic == null ? List.<SemanticGraphEdge>of() : basic.edgeListSorted()) {
                deps.add(e.getGovernor().index() - 1, e.getDependent().index() - 1, enhancedLabel(graph, e));
            }
            for (SemanticGraphEdge e : graph.edgeListSorted()) {
                deps.add(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString());
            }
        }
        return new Parse(words, deps);
    }

    /** The enhanced label of a basic edge (with its case marker), if the enhanced graph has it. */
    private static String enhancedLabel(SemanticGraph enhanced, SemanticGraphEdge basic) {
        IndexedWord gov = enhanced.getNodeByIndexSafe(basic.getGovernor().index());
        IndexedWord dep = enhanced.getNodeByIndexSafe(basic.getDependent().index());
        if (gov != null && dep != null) {
            SemanticGraphEdge e = enhanced.getEdge(gov, dep);
            if (e != null) {
                return e.getRelation().toString();
            }
        }
        return basic.getRelation().toString();
    }

    private Word word(int index, CoreLabel t, Language language) {
        String tag = t.tag() == null ? "" : t.tag();
        String ner = t.ner() == null ? "O" : t.ner();
        if (language == Language.de) {
            GermanLemmas l = germanLemmas();
            return new Word(index, t.word(), l.lemma(t.word(), tag), tag, ner, l.morph(t.word(), tag),
                    t.beginPosition(), t.endPosition());
        }
        String lemma = t.lemma() == null ? t.word() : t.lemma();
        return new Word(index, t.word(), lemma.toLowerCase(Locale.ROOT), PennTags.universal(tag, t.word()), ner, tag,
                t.beginPosition(), t.endPosition());
    }

    /** Whether a parser's models are in memory. */
    public synchronized boolean loaded() {
        return !parsers.isEmpty();
    }

    /**
     * Lets the models go (parsers and tokenizers; over a gigabyte of heap with German loaded) with the parses kept in
     * memory: the next sentence loads them again. A parse already running keeps the pipeline it holds to its end.
     */
    public synchronized void release() {
        parsers.clear();
        tokenizers.clear(); // the German one holds a tagger too (multi-word tokens: "im" = "in dem")
        // CoreNLP shares annotators between pipelines in two static pools; both hold the models
        StanfordCoreNLP.GLOBAL_ANNOTATOR_CACHE.clear();
        edu.stanford.nlp.pipeline.AnnotatorPool.SINGLETON.clear();
        recent.clear();
    }

    /** The German lemma dictionary (small, loaded on first use; also used before parsing to find candidates). */
    public GermanLemmas germanLemmas() {
        GermanLemmas l = lemmas;
        if (l == null) {
            synchronized (this) {
                if (lemmas == null) {
                    lemmas = new GermanLemmas();
                }
                l = lemmas;
            }
        }
        return l;
    }

    private synchronized StanfordCoreNLP tokenizer(Language language) {
        return tokenizers.computeIfAbsent(language, l -> new StanfordCoreNLP(CoreNlpSettings.tokenizer(l)));
    }

    private synchronized StanfordCoreNLP parser(Language language) {
        StanfordCoreNLP p = parsers.get(language);
        if (p == null) {
            long t0 = System.nanoTime();
            org.newsgraph.model.ProgressEvents events = org.newsgraph.model.ProgressEvents.of(ModelProgress.listener());
            String name = language == Language.de ? "German" : "English";
            // German measured 9-10 s on the 2-core build machine (README, Extraction); English was not measured
            events.begin("loading " + name + " models" + (language == Language.de ? " (≈ 10 s)" : ""));
            p = new StanfordCoreNLP(CoreNlpSettings.parser(language), false);
            parsers.put(language, p);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            loadMillis += millis;
            events.end(name + " models loaded", millis);
        }
        return p;
    }
}
