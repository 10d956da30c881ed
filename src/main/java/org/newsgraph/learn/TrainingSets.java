package org.newsgraph.learn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where training comes from: every folder under {@code import/training} with a {@code gold.json} and its
 * {@code .txt} texts, and the articles of {@code import/articles} with their gold when one is given (else they
 * count only through analysts' verdicts). The development set is refused: it measures, it never trains.
 */
public final class TrainingSets {
    private TrainingSets() {
    }

    /** The sets to train on: {@code sets} (or all under import/training) and import/articles with {@code seedsGold}. */
    public static List<TrainingData.Source> of(Path importDir, List<Path> sets, Path seedsGold) throws IOException {
        List<Path> folders = new ArrayList<>(sets);
        Path root = importDir.resolve("training");
        if (folders.isEmpty() && Files.isDirectory(root)) {
            try (Stream<Path> s = Files.list(root)) {
                s.filter(p -> Files.isRegularFile(p.resolve("gold.json"))).sorted().forEach(folders::add);
            }
        }
        List<TrainingData.Source> out = new ArrayList<>();
        for (Path set : folders) {
            refuseDev(set);
            out.add(folder(set));
        }
        Path articles = importDir.resolve("articles");
        if (seedsGold != null && Files.exists(seedsGold)) {
            refuseDev(seedsGold);
            out.add(new TrainingData.Source("seeds", texts(articles), GoldSet.load(seedsGold), seedsGold));
        } else {
            out.add(new TrainingData.Source("articles", texts(articles), null, null)); // verdicts only
        }
        return out;
    }

    /** A folder of texts with its gold ({@code gold.json}, or entities.json and relations.json). */
    public static TrainingData.Source folder(Path dir) throws IOException {
        Path gold = Files.isRegularFile(dir.resolve("gold.json")) ? dir.resolve("gold.json") : dir;
        return new TrainingData.Source(dir.getFileName().toString(), texts(dir), GoldSet.load(gold), gold);
    }

    /** The same set cut in two by article, alternately (file name order): [even, odd]. */
    public static List<TrainingData.Source> halves(TrainingData.Source s) {
        List<Path> even = new ArrayList<>();
        List<Path> odd = new ArrayList<>();
        for (int i = 0; i < s.files().size(); i++) {
            (i % 2 == 0 ? even : odd).add(s.files().get(i));
        }
        return List.of(new TrainingData.Source(s.name(), even, s.gold(), s.goldFile()),
                new TrainingData.Source(s.name(), odd, s.gold(), s.goldFile()));
    }

    /** Refuses the development set (a path under eval/dev), kept for measuring. */
    public static void refuseDev(Path p) {
        String n = p.toAbsolutePath().normalize().toString().replace('\\', '/');
        if (n.contains("/eval/dev")) {
            throw new IllegalArgumentException(p + " is the development set, kept for measuring; it is never trained on");
        }
    }

    public static List<Path> texts(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }
}
