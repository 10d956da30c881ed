package org.newsgraph.learn;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newsgraph.extract.Extractor;

/**
 * "The analyst teaches it", as a number: a model trained on a base set scores a held-apart set; then an analyst's
 * verdicts on the suggestions (and learned claims) it makes on a replay set are simulated from that set's gold,
 * a second model is trained on the base set plus those verdicts alone, and the held-apart set is scored again at
 * the same threshold and floor. The held-apart set is only ever scored, never trained on.
 */
public final class LearningBench {
    /** Figures of one model on the held-apart set. */
    public record Result(ScorerTraining.Figures claims, ScorerTraining.Figures withSuggestions, double averagePrecision) {
    }

    /** Before and after the replayed verdicts, and how many verdicts the replay gave. */
    public record Outcome(double threshold, double floor, int verdicts, int accepted, Result before, Result after) {
    }

    private LearningBench() {
    }

    public static Outcome run(Extractor ex, List<TrainingData.Source> base, List<TrainingData.Source> replay,
                              List<TrainingData.Source> heldApart, Consumer<String> progress) throws IOException {
        Verdicts none = Verdicts.load(java.nio.file.Path.of("/nonexistent"));
        TrainingData b = TrainingData.collect(ex, base, none, progress);
        TrainingData r = TrainingData.collect(ex, replay, none, progress);
        TrainingData h = TrainingData.collect(ex, heldApart, none, progress);
        int k = Math.max(2, Math.min(5, b.articles.size()));
        ScorerTraining.CrossValidation cv = ScorerTraining.choose(b, ScorerTraining.crossValidatedScores(b, k), k);
        double t = cv.threshold();
        double f = cv.floor();
        ScorerTraining.Weights before = ScorerTraining.train(b.samples);
        List<TrainingData.Sample> verdicts = new ArrayList<>();
        for (TrainingData.Sample s : r.samples) {
            if (!s.pattern() && before.score(s.features()) >= f) {
                verdicts.add(s); // shown to the analyst as a suggestion (or a learned claim), decided by the replay's gold
            }
        }
        List<TrainingData.Sample> taught = new ArrayList<>(b.samples);
        taught.addAll(verdicts);
        ScorerTraining.Weights after = ScorerTraining.train(taught);
        int accepted = (int) verdicts.stream().filter(TrainingData.Sample::positive).count();
        return new Outcome(t, f, verdicts.size(), accepted, result(h, before, t, f), result(h, after, t, f));
    }

    private static Result result(TrainingData h, ScorerTraining.Weights w, double t, double f) {
        double[] scores = new double[h.samples.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = w.score(h.samples.get(i).features());
        }
        return new Result(ScorerTraining.evaluate(h, scores, t), ScorerTraining.withSuggestions(h, scores, t, f),
                averagePrecision(h, scores));
    }

    /** Average precision of the proposals no pattern read, ranked by score (ties broken by order). */
    static double averagePrecision(TrainingData h, double[] scores) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            if (!h.samples.get(i).pattern()) {
                order.add(i);
            }
        }
        order.sort((a, b) -> Double.compare(scores[b], scores[a]));
        int positives = (int) order.stream().filter(i -> h.samples.get(i).positive()).count();
        double sum = 0;
        int hits = 0;
        for (int rank = 0; rank < order.size(); rank++) {
            if (h.samples.get(order.get(rank)).positive()) {
                hits++;
                sum += (double) hits / (rank + 1);
            }
        }
        return positives == 0 ? 0 : ScorerTraining.round(sum / positives);
    }
}
