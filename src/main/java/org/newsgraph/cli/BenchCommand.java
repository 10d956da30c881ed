package org.newsgraph.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.db.DbSettings;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.db.Schema;
import org.newsgraph.extract.text.ArticleMeta;
import org.newsgraph.extract.ExtractionRules;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.ParallelExtraction;
import org.newsgraph.extract.nlp.Backbone;
import org.newsgraph.extract.text.Language;
import org.newsgraph.extract.text.SourceArticle;
import org.newsgraph.load.ImportReport;
import org.newsgraph.load.ImportService;
import org.newsgraph.bench.CorpusGenerator;
import org.newsgraph.bench.BigGraphGenerator;
import org.newsgraph.bench.ApiBench;
import org.newsgraph.bench.HeapSampler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bench extract|import}: benchmarks that print figures (never timed tests). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks on generated corpora; each prints its figures.",
        subcommands = {BenchCommand.Extract.class, BenchCommand.Import.class, ServerBenchCommands.Graph.class,
                ServerBenchCommands.Api.class, ServerBenchCommands.Start.class, LearnBenchCommand.class})
public final class BenchCommand implements Runnable {
    @Override
    public void run() {
        System.out.println("usage: bench extract [--mb N] | import [--articles N] | graph --data-dir D | api --data-dir D"
                + " | start --data-dir D");
    }

    /** Options shared by the benchmarks: where the seed articles and rules are, and the generator's seed. */
    static final class CorpusOptions {
        @Mixin
        ImportDirOption importDir = new ImportDirOption();
        @Option(names = "--seed", description = "generator seed (default: ${DEFAULT-VALUE})")
        long seed = 42;

        CorpusGenerator generator() throws Exception {
            Path dir = importDir.path();
            return new CorpusGenerator(dir.resolve("articles"), ExtractionRules.load(dir), 5000, 150, seed);
        }
    }

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = {"Measure extraction throughput over a generated corpus on all cores.",
                    "Prints MB/s, sentences/s, parsed sentences, model-load time and heap, and the time to extract one"
                            + " more article once the models are loaded. The parse cache is off, so every sentence worth"
                            + " parsing is parsed."})
    static final class Extract implements Callable<Integer> {
        @Option(names = "--mb", description = "corpus size in MB (default: ${DEFAULT-VALUE})")
        double mb = 1;
        @Option(names = "--threads", description = "extraction threads (default: the number of cores)")
        int threads = Runtime.getRuntime().availableProcessors();
        @Mixin
        CorpusOptions options = new CorpusOptions();

        @Override
        public Integer call() throws Exception {
            System.setProperty("newsgraph.parseCache", "0");
            CorpusGenerator gen = options.generator();
            List<SourceArticle> corpus = new ArrayList<>();
            long bytes = 0;
            for (int i = 0; bytes < mb * 1_000_000L; i++) {
                corpus.add(article("gen_" + i + ".txt", gen.article()));
                bytes += corpus.get(corpus.size() - 1).bytes();
            }
            Extractor extractor = new Extractor(ExtractionRules.load(options.importDir.path()));
            long t0 = System.nanoTime();
            extractor.extract(article("warmup.txt", gen.article())); // loads the models
            double firstSeconds = (System.nanoTime() - t0) / 1e9;
            Backbone.Stats before = Backbone.shared().stats();
            long sentences = 0;
            long relations = 0;
            t0 = System.nanoTime();
            try (ParallelExtraction parallel = new ParallelExtraction(extractor, threads)) {
                for (ParallelExtraction.Outcome o : parallel.extract(corpus)) {
                    if (o.extraction() != null) {
                        sentences += o.extraction().sentences().size();
                        relations += o.extraction().claimCount();
                    }
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            Backbone.Stats after = Backbone.shared().stats();
            List<Long> one = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long t1 = System.nanoTime();
                extractor.extract(article("one_" + i + ".txt", gen.article()));
                one.add((System.nanoTime() - t1) / 1_000_000);
            }
            one.sort(null);
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long parsed = after.sentences() - before.sentences(); // the parse cache is off: every parse is counted
            System.out.printf(Locale.ROOT, "extract: %d articles, %.2f MB, %d sentences (%d parsed, %.0f %%), %d relations"
                    + " in %.1f s on %d threads%n", corpus.size(), bytes / 1e6, sentences, parsed, 100.0 * parsed / Math.max(1, sentences),
                    relations, s, threads);
            System.out.printf(Locale.ROOT, "extract: %.3f MB/s, %.1f sentences/s, %.1f parsed sentences/s, parser %.0f words/s"
                    + " per thread%n", bytes / 1e6 / s, sentences / s, parsed / s,
                    (after.words() - before.words()) / Math.max(1e-9, after.seconds() - before.seconds()));
            System.out.printf(Locale.ROOT, "models: loaded in %.1f s (first article, models included: %.1f s); heap after GC"
                    + " %d MB of %d MB max%n", after.loadSeconds(), firstSeconds,
                    (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
            System.out.printf(Locale.ROOT, "one more article once loaded: median %d ms, max %d ms (5 runs: %s)%n",
                    one.get(2), one.get(4), one);
            return 0;
        }

        private static SourceArticle article(String name, String text) {
            return new SourceArticle(name, text, new ArticleMeta(null, null, "2024-01-15", null, "de", null), "x",
                    text.getBytes(StandardCharsets.UTF_8).length, Language.de);
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "End-to-end import (extract + load) of a generated corpus into a fresh embedded database,"
                    + " then the time to add one more article.")
    static final class Import implements Callable<Integer> {
        @Option(names = "--articles", description = "number of articles (default: ${DEFAULT-VALUE})")
        int articles = 300;
        @Mixin
        CorpusOptions options = new CorpusOptions();
        @Option(names = "--work-dir", description = "scratch folder, deleted afterwards (default: a temp folder)")
        Path workDir;
        @Option(names = "--verbose", description = "print every loaded batch with its time")
        boolean verbose;

        @Override
        public Integer call() throws Exception {
            System.setProperty("newsgraph.parseCache", "0"); // a generated corpus repeats: every sentence is parsed
            Path work = workDir != null ? workDir : Files.createTempDirectory("newsgraph-bench");
            try {
                CorpusGenerator gen = options.generator();
                Path source = options.importDir.path();
                Path generated = work.resolve("import");
                Files.createDirectories(generated.resolve("rules"));
                copyRules(source, generated);
                Files.writeString(generated.resolve("gazetteer.txt"), Files.readString(source.resolve("gazetteer.txt"))
                        + gen.gazetteerLines());
                long bytes = gen.write(generated, articles);
                System.out.printf(Locale.ROOT, "corpus: %d articles, %.1f MB in %s%n", articles, bytes / 1e6, generated);
                Progress shown = Progress.onStderr(Progress.Level.NORMAL); // steps and the count on stderr, figures on stdout
                try (Neo4jConnection db = Neo4jConnection.open(DbSettings.embedded(work.resolve("data")), shown)) {
                    Schema.apply(db);
                    ImportService service = new ImportService(db, generated);
                    long start = System.nanoTime();
                    HeapSampler heap = HeapSampler.start();
                    org.newsgraph.extract.nlp.ModelProgress.reportTo(shown);
                    ImportReport r = service.run(false, new org.newsgraph.model.ProgressEvents() {
                        @Override
                        public void accept(String line) {
                            if (verbose) {
                                System.out.printf(Locale.ROOT, "%7.1f s  %s%n", (System.nanoTime() - start) / 1e9, line);
                            }
                        }

                        @Override
                        public void articlesRead(int done, int total, long sentences) {
                            shown.articlesRead(done, total, sentences);
                        }
                    });
                    org.newsgraph.extract.nlp.ModelProgress.reportTo(null);
                    shown.settle();
                    System.out.println(r.summary());
                    System.out.printf(Locale.ROOT, "import: %.3f MB/s end to end, %.0f claims/s, %.1f articles/s%n",
                            r.megabytesPerSecond(), r.claims() / (r.millis() / 1000.0), r.loaded() / (r.millis() / 1000.0));
                    Backbone.Stats st = Backbone.shared().stats();
                    System.gc();
                    Runtime rt = Runtime.getRuntime();
                    double seconds = r.millis() / 1000.0;
                    System.out.printf(Locale.ROOT, "parser: %d of %d sentences parsed (%.0f %% skipped as non-candidates),"
                            + " %.1f parsed sentences/s end to end on %d cores, %.1f s of parsing (all threads), models"
                            + " loaded in %.1f s%n", st.sentences(), r.sentences(), 100.0 - 100.0 * st.sentences() / Math.max(1, r.sentences()),
                            st.sentences() / seconds, Runtime.getRuntime().availableProcessors(), st.seconds(), st.loadSeconds());
                    System.out.printf(Locale.ROOT, "heap: peak %d MB (the heap pools' peaks, garbage included), %d MB after GC, %d MB max%n",
                            heap.peakMegabytes(), (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
                    try (org.newsgraph.structure.StructureService structure = new org.newsgraph.structure.StructureService(db)) {
                        printStructure(structure.computeNow()); // what serve does in the background after an import
                    }
                    List<Long> times = new ArrayList<>();
                    for (int i = 0; i < 5; i++) {
                        Path extra = generated.resolve("articles").resolve("extra_" + i + ".txt");
                        Files.writeString(extra, gen.article());
                        long t0 = System.nanoTime();
                        service.importArticle(extra);
                        times.add((System.nanoTime() - t0) / 1_000_000);
                    }
                    times.sort(null);
                    System.out.printf(Locale.ROOT, "add one article to %d: median %d ms, max %d ms (5 runs: %s)%n",
                            articles, times.get(2), times.get(4), times);
                    long t0 = System.nanoTime();
                    ImportReport rescan = service.run(false, line -> { });
                    System.out.printf(Locale.ROOT, "rescan of the unchanged folder: %d ms (%d unchanged)%n",
                            (System.nanoTime() - t0) / 1_000_000, rescan.unchanged());
                }
            } finally {
                if (workDir == null) {
                    deleteTree(work);
                }
            }
            return 0;
        }
    }

    /** One line on a computation of the structure measures: how large the graph was, how long it took, how. */
    static void printStructure(org.newsgraph.structure.StructureService.Status s) {
        System.out.printf(Locale.ROOT, "structure: PageRank, betweenness and communities of %d entities and %d links in %d ms"
                + " (read, computed, written; betweenness among %s; %d communities by %s, modularity %.2f)%n", s.entities(),
                s.links(), s.millis(), s.betweenness(), s.communityCount(), s.communityMethod(), s.modularity());
    }

    private static void copyRules(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.list(from.resolve("rules"))) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve("rules").resolve(p.getFileName()));
            }
        }
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
