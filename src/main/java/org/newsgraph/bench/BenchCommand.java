package org.newsgraph.bench;

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
import org.newsgraph.extract.text.Language;
import org.newsgraph.extract.text.SourceArticle;
import org.newsgraph.load.ImportReport;
import org.newsgraph.load.ImportService;
import org.newsgraph.cli.ImportDirOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bench extract|import}: benchmarks that print figures (never timed tests). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks on generated corpora; each prints its figures.",
        subcommands = {BenchCommand.Extract.class, BenchCommand.Import.class, ServerBenchCommands.Graph.class,
                ServerBenchCommands.Api.class, ServerBenchCommands.Start.class})
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
            description = "Extraction throughput on one thread over a generated corpus (MB/s, sentences/s).")
    static final class Extract implements Callable<Integer> {
        @Option(names = "--mb", description = "corpus size in MB (default: ${DEFAULT-VALUE})")
        int mb = 20;
        @Mixin
        CorpusOptions options = new CorpusOptions();

        @Override
        public Integer call() throws Exception {
            CorpusGenerator gen = options.generator();
            List<SourceArticle> corpus = new ArrayList<>();
            long bytes = 0;
            for (int i = 0; bytes < mb * 1_000_000L; i++) {
                String text = gen.article();
                long n = text.getBytes(StandardCharsets.UTF_8).length;
                corpus.add(new SourceArticle("gen_" + i + ".txt", text, new ArticleMeta(null, null, "2024-01-15", null,
                        "de", null), "x", n, Language.de));
                bytes += n;
            }
            Extractor extractor = new Extractor(ExtractionRules.load(options.importDir.path()));
            for (int i = 0; i < Math.min(200, corpus.size()); i++) {
                extractor.extract(corpus.get(i)); // warm-up
            }
            long sentences = 0;
            long relations = 0;
            long t0 = System.nanoTime();
            for (SourceArticle a : corpus) {
                var x = extractor.extract(a);
                sentences += x.sentences().size();
                relations += x.relations().size();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "extract: %d articles, %.1f MB, %d sentences, %d relations in %.2f s on one thread%n",
                    corpus.size(), bytes / 1e6, sentences, relations, s);
            System.out.printf(Locale.ROOT, "extract: %.2f MB/s, %.0f sentences/s, %.0f articles/s%n",
                    bytes / 1e6 / s, sentences / s, corpus.size() / s);
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "End-to-end import (extract + load) of a generated corpus into a fresh embedded database,"
                    + " then the time to add one more article.")
    static final class Import implements Callable<Integer> {
        @Option(names = "--articles", description = "number of articles (default: ${DEFAULT-VALUE})")
        int articles = 10_000;
        @Mixin
        CorpusOptions options = new CorpusOptions();
        @Option(names = "--work-dir", description = "scratch folder, deleted afterwards (default: a temp folder)")
        Path workDir;
        @Option(names = "--verbose", description = "print every loaded batch with its time")
        boolean verbose;

        @Override
        public Integer call() throws Exception {
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
                try (Neo4jConnection db = Neo4jConnection.open(DbSettings.embedded(work.resolve("data")))) {
                    Schema.apply(db);
                    ImportService service = new ImportService(db, generated);
                    long start = System.nanoTime();
                    ImportReport r = service.run(false, line -> {
                        if (verbose) {
                            System.out.printf(Locale.ROOT, "%7.1f s  %s%n", (System.nanoTime() - start) / 1e9, line);
                        }
                    });
                    System.out.println(r.summary());
                    System.out.printf(Locale.ROOT, "import: %.2f MB/s end to end, %.0f claims/s, %.0f articles/s%n",
                            r.megabytesPerSecond(), r.claims() / (r.millis() / 1000.0), r.loaded() / (r.millis() / 1000.0));
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
