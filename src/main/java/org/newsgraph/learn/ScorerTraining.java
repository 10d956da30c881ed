package org.newsgraph.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the scorer with Tribuo (logistic regression by AdaGrad) and measures it by article-level
 * cross-validation: every article's proposals are scored by a model that never saw a sentence of it. The threshold
 * is the one with the best cross-validated F1 among those where the relations the scorer adds to the patterns'
 * are right at least {@value #MIN_ADDED_PRECISION} of the time (and that add at least {@value #MIN_ADDED}); the suggestion floor lets through at most
 * {@value #MAX_SUGGESTIONS_PER_GOLD} suggestions per gold relation.
 */
public final class ScorerTraining {
    static final double MIN_ADDED_PRECISION = 0.85;
    static final double MAX_SUGGESTIONS_PER_GOLD = 1.9;
    /** Fewer added relations than this say too little about the precision of a threshold to trust it. */
    static final int MIN_ADDED = 15;
    static final int EPOCHS = Integer.getInteger("newsgraph.learn.epochs", 3);
    static final double RATE = Double.parseDouble(System.getProperty("newsgraph.learn.rate", "0.05"));
    static final long SEED = 20261207L;
    /** Whether negatives that may restate a gold relation of their article are trained on (no, by default). */
    static final boolean RESTATED = Boolean.getBoolean("newsgraph.learn.restated");
    private static final Label YES = new Label("yes");
    private static final Label NO = new Label("no");

    /** Exported weights: what {@code import/model/scorer.json} holds. */
    public record Weights(double bias, Map<String, Double> weights) {
        double score(List<String> features) {
            return org.newsgraph.extract.score.Scorer.probability(bias, weights, features);
        }
    }

    /** Article-level figures, as score.py counts them. */
    public record Figures(double precision, double recall, double f1, int found, int predicted, int gold) {
        static Figures of(int tp, int predicted, int gold) {
            double p = predicted == 0 ? 0 : (double) tp / predicted;
            double r = gold == 0 ? 0 : (double) tp / gold;
            return new Figures(round(p), round(r), round(p + r == 0 ? 0 : 2 * p * r / (p + r)), tp, predicted, gold);
        }
    }

    /** What cross-validation found, and the threshold and floor it chose. */
    public record CrossValidation(int folds, int articles, int samples, int positives, double threshold, double floor,
                                  Figures patterns, Figures claims, double addedPrecision, Figures withSuggestions,
                                  double suggestionsPerGold) {
    }

    public static Weights train(List<TrainingData.Sample> samples) {
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> ds = new MutableDataset<>(new SimpleDataSourceProvenance("newsgraph proposals", factory), factory);
        for (TrainingData.Sample s : samples) {
            if (s.restated() && !RESTATED) {
                continue;
            }
            List<String> names = new ArrayList<>(new LinkedHashSet<>(s.features()));
            double[] ones = new double[names.size()];
            java.util.Arrays.fill(ones, 1.0);
            ds.add(new ArrayExample<>(s.positive() ? YES : NO, names.toArray(String[]::new), ones));
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(RATE, 0.1), EPOCHS, 1_000_000, 1, SEED);
        LinearSGDModel model = (LinearSGDModel) trainer.train(ds);
        return export(model);
    }

    /** The "yes" row minus the "no" row: a two-class softmax is a logistic function of that difference. */
    private static Weights export(LinearSGDModel model) {
        DenseMatrix w = model.getWeightsCopy();
        int yes = model.getOutputIDInfo().getID(YES);
        int no = model.getOutputIDInfo().getID(NO);
        int features = model.getFeatureIDMap().size();
        Map<String, Double> out = new HashMap<>();
        for (int i = 0; i < features; i++) {
            double d = (yes < 0 ? 0 : w.get(yes, i)) - (no < 0 ? 0 : w.get(no, i));
            if (Math.abs(d) > 1e-6) {
                out.put(model.getFeatureIDMap().get(i).getName(), round(d));
            }
        }
        double bias = (yes < 0 ? 0 : w.get(yes, features)) - (no < 0 ? 0 : w.get(no, features));
        return new Weights(round(bias), out);
    }

    /** Scores of every sample from a model trained without its article (k folds of whole articles). */
    public static double[] crossValidatedScores(TrainingData data, int k) {
        List<String> articles = new ArrayList<>(data.articles);
        Collections.shuffle(articles, new Random(SEED));
        Map<String, Integer> fold = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            fold.put(articles.get(i), i % k);
        }
        double[] scores = new double[data.samples.size()];
        for (int f = 0; f < k; f++) {
            List<TrainingData.Sample> train = new ArrayList<>();
            for (TrainingData.Sample s : data.samples) {
                if (fold.get(s.article()) != f) {
                    train.add(s);
                }
            }
            Weights w = train(train);
            for (int i = 0; i < scores.length; i++) {
                TrainingData.Sample s = data.samples.get(i);
                if (fold.get(s.article()) == f) {
                    scores[i] = w.score(s.features());
                }
            }
        }
        return scores;
    }

    /** Chooses threshold and floor from cross-validated scores and reports the figures at them. */
    public static CrossValidation choose(TrainingData data, double[] scores, int folds) {
        double bestT = 1.01;
        double bestF1 = evaluate(data, scores, 1.01).f1();
        for (double t = 0.95; t >= 0.1; t -= 0.025) {
            Figures f = evaluate(data, scores, t);
            if (Boolean.getBoolean("newsgraph.learn.trace")) {
                System.err.printf("t %.3f: P %.3f R %.3f F1 %.3f added right %.3f%n", t, f.precision(), f.recall(), f.f1(),
                        addedPrecision(data, scores, t));
            }
            if (addedPrecision(data, scores, t) >= MIN_ADDED_PRECISION && added(data, scores, t) >= MIN_ADDED
                    && f.f1() > bestF1) {
                bestF1 = f.f1();
                bestT = round(t);
            }
        }
        double bestFloor = Math.min(bestT, 1.01);
        for (double fl = Math.min(bestT, 0.95); fl >= 0.02; fl -= 0.01) {
            if (suggestionsPerGold(data, scores, bestT, fl) <= MAX_SUGGESTIONS_PER_GOLD) {
                bestFloor = round(fl);
            }
        }
        int positives = (int) data.samples.stream().filter(TrainingData.Sample::positive).count();
        return new CrossValidation(folds, data.articles.size(), data.samples.size(), positives, bestT, bestFloor,
                evaluate(data, scores, 1.01), evaluate(data, scores, bestT), round(addedPrecision(data, scores, bestT)),
                withSuggestions(data, scores, bestT, bestFloor), round(suggestionsPerGold(data, scores, bestT, bestFloor)));
    }

    /** Patterns plus proposals scoring at least {@code t}, against gold, per article. */
    static Figures evaluate(TrainingData data, double[] scores, double t) {
        return figures(data, found(data, scores, t));
    }

    /** Findings per article against each article's gold. */
    private static Figures figures(TrainingData data, Map<String, Set<String>> found) {
        int tp = 0;
        int predicted = 0;
        int gold = 0;
        for (Map.Entry<String, Set<String>> e : found.entrySet()) {
            Set<String> g = data.truths.get(e.getKey()).gold();
            tp += (int) e.getValue().stream().filter(g::contains).count();
            predicted += e.getValue().size();
            gold += g.size();
        }
        return Figures.of(tp, predicted, gold);
    }

    private static Map<String, Set<String>> found(TrainingData data, double[] scores, double t) {
        Map<String, Set<String>> out = new HashMap<>();
        for (TrainingData.Truth truth : data.truths.values()) {
            out.put(truth.article(), new HashSet<>(truth.patterns()));
        }
        for (int i = 0; i < scores.length; i++) {
            TrainingData.Sample s = data.samples.get(i);
            if (scores[i] >= t && !s.pattern()) {
                out.get(s.article()).add(s.findingKey());
            }
        }
        return out;
    }

    static double addedPrecision(TrainingData data, double[] scores, double t) {
        int[] counts = addedCounts(data, scores, t);
        return counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
    }

    static int added(TrainingData data, double[] scores, double t) {
        return addedCounts(data, scores, t)[0];
    }

    /** How many relations proposals at or above {@code t} add to the patterns' (per article), and how many are right. */
    private static int[] addedCounts(TrainingData data, double[] scores, double t) {
        int added = 0;
        int right = 0;
        Map<String, Set<String>> counted = new HashMap<>();
        for (int i = 0; i < scores.length; i++) {
            TrainingData.Sample s = data.samples.get(i);
            TrainingData.Truth truth = data.truths.get(s.article());
            if (scores[i] >= t && !s.pattern() && !truth.patterns().contains(s.findingKey())
                    && counted.computeIfAbsent(s.article(), a -> new HashSet<>()).add(s.findingKey())) {
                added++;
                right += truth.gold().contains(s.findingKey()) ? 1 : 0;
            }
        }
        return new int[] {added, right};
    }

    /** The best proposal per sentence and pair below the threshold and at or above the floor, as article keys. */
    private static Map<String, Set<String>> suggestions(TrainingData data, double[] scores, double t, double floor) {
        Map<String, Integer> best = new HashMap<>();
        for (int i = 0; i < scores.length; i++) {
            TrainingData.Sample s = data.samples.get(i);
            if (scores[i] < t && scores[i] >= floor && !s.pattern()) {
                best.merge(s.sentence() + "|" + s.pair(), i, (a, b) -> scores[b] > scores[a] ? b : a);
            }
        }
        Map<String, Set<String>> out = new HashMap<>();
        for (int i : best.values()) {
            TrainingData.Sample s = data.samples.get(i);
            out.computeIfAbsent(s.article(), a -> new HashSet<>()).add(s.findingKey());
        }
        return out;
    }

    static double suggestionsPerGold(TrainingData data, double[] scores, double t, double floor) {
        int gold = data.truths.values().stream().mapToInt(x -> x.gold().size()).sum();
        int n = suggestions(data, scores, t, floor).values().stream().mapToInt(Set::size).sum();
        return gold == 0 ? 0 : (double) n / gold;
    }

    static Figures withSuggestions(TrainingData data, double[] scores, double t, double floor) {
        Map<String, Set<String>> all = found(data, scores, t);
        suggestions(data, scores, t, floor).forEach((a, keys) -> all.get(a).addAll(keys));
        return figures(data, all);
    }

    /** The recall if every proposal were taken: how much of the gold the wide net reaches at all. */
    public static double reachable(TrainingData data) {
        return figures(data, everyProposal(data)).recall();
    }

    /** Gold relations neither the patterns nor any proposal reached, per article: "article: source TYPE target". */
    public static List<String> misses(TrainingData data) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : everyProposal(data).entrySet()) {
            for (String g : data.truths.get(e.getKey()).gold()) {
                if (!e.getValue().contains(g)) {
                    out.add(e.getKey() + ": " + g);
                }
            }
        }
        Collections.sort(out);
        return out;
    }

    /** What the patterns and every proposal together find, per article. */
    private static Map<String, Set<String>> everyProposal(TrainingData data) {
        double[] all = new double[data.samples.size()];
        java.util.Arrays.fill(all, 1.0);
        return found(data, all, 0.5);
    }

    static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
