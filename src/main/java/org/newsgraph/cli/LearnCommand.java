package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.extract.ExtractionRules;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.score.Scorer;
import org.newsgraph.learn.GoldSet;
import org.newsgraph.learn.ModelFile;
import org.newsgraph.learn.ScorerTraining;
import org.newsgraph.learn.TrainingData;
import org.newsgraph.learn.TrainingSets;
import org.newsgraph.learn.Verdicts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code learn}: retrains the scorer of the wide net from the training sets, the seeds' gold (when given) and the
 * analysts' verdicts, measures it by article-level cross-validation and writes {@code import/model/scorer.json}.
 */
@Command(name = "learn", mixinStandardHelpOptions = true,
        description = {"Retrain the scorer that turns the wide net's proposals into claims and suggestions.",
                "Trains on every training set under import/training (each a folder of texts with a gold.json), on the"
                        + " seed articles when --seeds-gold names their gold, and on the analysts' verdicts in"
                        + " import/curation/decisions.jsonl. Prints article-level cross-validated figures and writes"
                        + " import/model/scorer.json; the next import reads with it."})
public final class LearnCommand implements Callable<Integer> {
    /** Held here: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
    static final java.util.logging.Logger TRIBUO_LOG = java.util.logging.Logger.getLogger("org.tribuo");

    @Option(names = "--rules", paramLabel = "DIR", description = "the import folder (default: ${DEFAULT-VALUE})")
    Path importDir = Path.of("import");

    @Option(names = "--training", paramLabel = "DIR", description = "a training set: a folder with gold.json and its texts"
            + " (repeatable; default: every folder under import/training)")
    List<Path> training = new ArrayList<>();

    @Option(names = "--seeds-gold", paramLabel = "PATH", description = "gold of the articles in import/articles (a folder"
            + " with entities.json and relations.json); default: ../shared/eval/gold when it exists")
    Path seedsGold;

    @Option(names = "--folds", description = "cross-validation folds, whole articles each (default: ${DEFAULT-VALUE})")
    int folds = 5;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where the model goes (default: import/model/scorer.json)")
    Path output;

    @Option(names = "--show-misses", description = "list the gold relations that neither a pattern nor any proposal reached")
    boolean showMisses;

    @Mixin
    ProgressOptions progressOptions;

    @Override
    public Integer call() throws Exception {
        TRIBUO_LOG.setLevel(java.util.logging.Level.WARNING); // its per-model INFO lines are noise on a terminal
        Progress progress = progressOptions.progress();
        List<TrainingData.Source> sources = sources();
        List<ModelFile.SetInfo> infos = new ArrayList<>();
        for (TrainingData.Source s : sources) {
            infos.add(new ModelFile.SetInfo(s.name(), s.provenanceFiles(), s.files().size()));
        }
        Path decisions = importDir.resolve("curation").resolve("decisions.jsonl");
        Verdicts verdicts = Verdicts.load(decisions);
        ExtractionRules rules = ExtractionRules.load(importDir).withScorer(Scorer.none());
        Extractor extractor = new Extractor(rules);
        progress.accept("reading the training articles (the models load first, about 10 s)…");
        TrainingData data = TrainingData.collect(extractor, sources, verdicts, f -> progress.detail("read " + f));
        if (data.samples.isEmpty()) {
            System.err.println("learn: no labelled proposal: give a training set with gold, or verdicts");
            return 2;
        }
        int k = Math.max(2, Math.min(folds, data.articles.size()));
        progress.accept("cross-validating over " + data.articles.size() + " articles in " + k + " folds…");
        double[] scores = ScorerTraining.crossValidatedScores(data, k);
        ScorerTraining.CrossValidation cv = ScorerTraining.choose(data, scores, k);
        ScorerTraining.Weights w = ScorerTraining.train(data.samples);
        Path out = output != null ? output : importDir.resolve(Scorer.FILE);
        ModelFile.write(out, w, cv, infos, decisions, verdicts.decisions());
        System.out.printf("articles %d, proposals %d (%d stated), verdicts %d%n", cv.articles(), cv.samples(),
                cv.positives(), verdicts.decisions());
        System.out.printf("cross-validated (%d folds, whole articles): patterns alone P %.3f R %.3f F1 %.3f%n", k,
                cv.patterns().precision(), cv.patterns().recall(), cv.patterns().f1());
        System.out.printf("  with the scorer at %.3f: P %.3f R %.3f F1 %.3f (added relations right %.3f)%n",
                cv.threshold(), cv.claims().precision(), cv.claims().recall(), cv.claims().f1(), cv.addedPrecision());
        System.out.printf("  with suggestions from %.3f: recall %.3f, %.2f suggestions per gold relation%n", cv.floor(),
                cv.withSuggestions().recall(), cv.suggestionsPerGold());
        System.out.printf("  reachable at all (patterns and every proposal): recall %.3f%n", ScorerTraining.reachable(data));
        if (showMisses) {
            ScorerTraining.misses(data).forEach(System.out::println);
        }
        System.out.println("wrote " + out + " (" + w.weights().size() + " features)");
        return 0;
    }

    private List<TrainingData.Source> sources() throws IOException {
        Path seeds = seedsGold != null ? seedsGold : Path.of("..", "shared", "eval", "gold");
        try {
            return TrainingSets.of(importDir, training, seeds);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "learn: " + e.getMessage());
        }
    }
}
