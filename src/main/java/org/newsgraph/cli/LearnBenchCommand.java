package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.extract.ExtractionRules;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.score.Scorer;
import org.newsgraph.learn.LearningBench;
import org.newsgraph.learn.TrainingData;
import org.newsgraph.learn.TrainingSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bench learn}: how much replayed analyst verdicts on suggestions improve extraction on a held-apart set. */
@Command(name = "learn", mixinStandardHelpOptions = true,
        description = {"Measure learning from verdicts: train on the training sets, replay the seed articles' gold as an"
                + " analyst's verdicts on the suggestions that model makes there (her own articles), retrain, and score"
                + " a held-apart set before and after (at the same threshold and floor). --halves replays half of"
                + " every training set instead.",
                "The held-apart set is only scored, never trained on."})
public final class LearnBenchCommand implements Callable<Integer> {
    @Option(names = "--rules", paramLabel = "DIR", description = "the import folder (default: ${DEFAULT-VALUE})")
    Path importDir = Path.of("import");

    @Option(names = "--held-apart", paramLabel = "DIR", description = "texts to score (default: ${DEFAULT-VALUE})")
    Path heldApart = Path.of("..", "shared", "eval", "dev");

    @Option(names = "--held-apart-gold", paramLabel = "FILE", description = "their gold (default: gold.json in that folder)")
    Path heldApartGold;

    @Option(names = "--seeds-gold", paramLabel = "PATH", description = "gold of import/articles, whose replayed verdicts"
            + " teach (default: ../shared/eval/gold); without it, half of every training set is replayed")
    Path seedsGold;

    @Option(names = "--halves", description = "replay half of every training set instead of the seed articles")
    boolean halves;

    @Mixin
    ProgressOptions progressOptions;

    @Override
    public Integer call() throws Exception {
        LearnCommand.TRIBUO_LOG.setLevel(java.util.logging.Level.WARNING); // its per-model INFO lines are noise on a terminal
        Progress progress = progressOptions.progress();
        Path gold = heldApartGold != null ? heldApartGold : heldApart.resolve("gold.json");
        if (!Files.isDirectory(heldApart) || !Files.exists(gold)) {
            System.err.println("bench learn: no held-apart set at " + heldApart + " with gold " + gold);
            return 2;
        }
        List<TrainingData.Source> base = new ArrayList<>();
        List<TrainingData.Source> replay = new ArrayList<>();
        Path seeds = seedsGold != null ? seedsGold : Path.of("..", "shared", "eval", "gold");
        for (TrainingData.Source s : TrainingSets.of(importDir, List.of(), seeds)) {
            if (s.gold() == null) {
                continue;
            }
            if (s.name().equals("seeds") && !halves) {
                replay.add(s); // the analyst's own articles: her verdicts on their suggestions
            } else if (halves || !Files.exists(seeds)) {
                List<TrainingData.Source> h = TrainingSets.halves(s);
                base.add(h.get(0));
                replay.add(h.get(1));
            } else {
                base.add(s);
            }
        }
        TrainingData.Source held = new TrainingData.Source("held-apart", TrainingSets.texts(heldApart),
                org.newsgraph.learn.GoldSet.load(gold), gold);
        Extractor ex = new Extractor(ExtractionRules.load(importDir).withScorer(Scorer.none()));
        progress.accept("reading base, replay and held-apart articles…");
        LearningBench.Outcome o = LearningBench.run(ex, base, replay, List.of(held), f -> progress.detail("read " + f));
        System.out.printf("threshold %.3f, floor %.3f (cross-validated on the base half)%n", o.threshold(), o.floor());
        System.out.printf("replayed verdicts: %d (%d accepted, %d rejected)%n", o.verdicts(), o.accepted(),
                o.verdicts() - o.accepted());
        print("before", o.before());
        print("after ", o.after());
        return 0;
    }

    private static void print(String when, LearningBench.Result r) {
        System.out.printf("%s: claims P %.3f R %.3f F1 %.3f; with suggestions recall %.3f; ranking AP %.3f%n", when,
                r.claims().precision(), r.claims().recall(), r.claims().f1(), r.withSuggestions().recall(),
                r.averagePrecision());
    }
}
