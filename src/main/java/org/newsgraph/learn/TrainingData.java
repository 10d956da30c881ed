package org.newsgraph.learn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.newsgraph.extract.ArticleExtraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.mention.Entity;
import org.newsgraph.extract.score.Proposal;
import org.newsgraph.extract.text.ArticleReader;
import org.newsgraph.extract.text.SourceArticle;
import org.newsgraph.model.RelationType;

/**
 * The labelled proposals of a set of articles: each article is extracted (patterns only, no scorer), every
 * proposal of the wide net is labelled by the analysts' verdict on it, else by the gold annotation of its
 * sentence; articles with neither are left out. Also kept per article, for article-level evaluation: the gold
 * relations and what the patterns alone found, both as gold-id keys.
 */
public final class TrainingData {
    /** Where labelled articles come from: the article files and their gold (null: verdicts only) and its file. */
    public record Source(String name, List<Path> files, GoldSet gold, Path goldFile) {
        /** The files the set's provenance hashes: its texts and its gold. */
        public List<Path> provenanceFiles() {
            List<Path> out = new ArrayList<>(files);
            if (goldFile != null && java.nio.file.Files.isRegularFile(goldFile)) {
                out.add(goldFile);
            } else if (goldFile != null) {
                out.add(goldFile.resolve("entities.json"));
                out.add(goldFile.resolve("relations.json"));
            }
            return out;
        }
    }

    /**
     * One labelled proposal. {@code goldKey} is null when a party has no gold name (then a hit is impossible).
     * {@code restated}: a negative whose relation the article's gold holds with another sentence as evidence; the
     * gold names one sentence per relation, so this one may say it again. Training leaves such samples out (their
     * label is unsure); evaluation, which is per article, keeps them.
     */
    public record Sample(String article, String sentence, List<String> features, boolean positive, String goldKey,
                         String productKey, String pair, boolean pattern, boolean restated) {
        /** The key this sample adds to its article's findings: the gold key, or one that matches nothing. */
        public String findingKey() {
            return goldKey != null ? goldKey : "?" + productKey;
        }
    }

    /** An article's gold relations and the patterns' findings, as "source|TYPE|target" in gold ids. */
    public record Truth(String article, Set<String> gold, Set<String> patterns) {
    }

    public final List<Sample> samples = new ArrayList<>();
    public final Map<String, Truth> truths = new HashMap<>();
    public final List<String> articles = new ArrayList<>();

    public static TrainingData collect(Extractor ex, List<Source> sources, Verdicts verdicts, Consumer<String> progress)
            throws IOException {
        TrainingData d = new TrainingData();
        for (Source src : sources) {
            ArticleReader.Result read = new ArticleReader().readAll(src.files());
            for (SourceArticle a : read.articles()) {
                String goldKey = src.gold() == null ? null : src.gold().articleKey(a.file());
                if (goldKey == null && !verdicts.concerns(a.sha256())) {
                    continue;
                }
                progress.accept(src.name() + ": " + a.file());
                d.add(ex, src, a, goldKey, verdicts);
            }
        }
        return d;
    }

    private record Seen(String sentence, int index, Proposal proposal) {
    }

    private void add(Extractor ex, Source src, SourceArticle a, String goldKey, Verdicts verdicts) {
        String article = src.name() + "/" + a.file();
        List<GoldSet.Fact> facts = goldKey == null ? List.of() : src.gold().facts(goldKey);
        List<Seen> seen = new ArrayList<>();
        ArticleExtraction x;
        try {
            x = ex.extract(a, t -> t.proposals().forEach(p -> seen.add(new Seen(t.sentence().text(), t.sentence().index(), p))));
        } catch (ArticleReader.UnusableFileException e) {
            return;
        }
        Map<String, Entity> entities = new HashMap<>();
        x.entities().forEach(e -> entities.put(e.id(), e));
        Names names = new Names(src.gold(), entities, ex);
        articles.add(article);
        Set<String> gold = new LinkedHashSet<>();
        facts.forEach(f -> gold.add(key(f.source(), RelationType.parse(f.type()), f.target())));
        Set<String> patterns = new HashSet<>();
        for (Relation r : x.relations()) {
            patterns.add(names.key(r.sourceId(), r.type(), r.targetId()));
        }
        truths.put(article, new Truth(article, gold, patterns));
        for (Seen s : seen) {
            Proposal p = s.proposal();
            Boolean label = verdict(verdicts, a.sha256(), s.sentence(), p);
            String gk = names.keyOrNull(p.source().entityId(), p.type(), p.target().entityId());
            boolean fromGold = label == null && goldKey != null;
            String[] k = gk == null ? null : gk.split("\\|");
            if (fromGold) {
                label = k != null && GoldSet.states(facts, s.sentence(), k[0], p.type(), k[2]);
            }
            if (label != null) {
                boolean restated = fromGold && !label && k != null && (gold.contains(gk) || p.type().symmetric()
                        && gold.contains(key(k[2], p.type(), k[0])));
                samples.add(new Sample(article, article + "#" + s.index(), p.features(), label, gk, p.key(), p.pair(),
                        p.features().contains("pat=same"), restated));
            }
        }
    }

    private static Boolean verdict(Verdicts v, String sha, String sentence, Proposal p) {
        Boolean l = v.label(sha, sentence, p.source().entityId(), p.type().name(), p.target().entityId());
        if (l == null && p.type().symmetric()) {
            l = v.label(sha, sentence, p.target().entityId(), p.type().name(), p.source().entityId());
        }
        return l;
    }

    static String key(String source, RelationType type, String target) {
        return Proposal.key(source, type, target);
    }

    /** Product entity ids to gold ids, by the entity's name and aliases. */
    private record Names(GoldSet gold, Map<String, Entity> entities, Extractor ex) {
        String goldId(String id) {
            if (gold == null) {
                return null;
            }
            Entity e = entities.containsKey(id) ? entities.get(id) : ex.entity(id);
            if (e == null) {
                return gold.resolve(id.replace('_', ' '));
            }
            String g = gold.resolve(e.name());
            for (int i = 0; g == null && i < e.aliases().size(); i++) {
                g = gold.resolve(e.aliases().get(i));
            }
            return g;
        }

        String keyOrNull(String source, RelationType type, String target) {
            String s = goldId(source);
            String t = goldId(target);
            return s == null || t == null ? null : TrainingData.key(s, type, t);
        }

        /** A key that can only match gold when both parties resolve ("?" marks one that cannot). */
        String key(String source, RelationType type, String target) {
            String k = keyOrNull(source, type, target);
            return k != null ? k : "?" + TrainingData.key(source, type, target);
        }
    }
}
