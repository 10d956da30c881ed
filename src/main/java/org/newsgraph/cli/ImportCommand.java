package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.db.Schema;
import org.newsgraph.extract.ExtractionJson;
import org.newsgraph.extract.text.ArticleReader;
import org.newsgraph.extract.text.SkippedFile;
import org.newsgraph.extract.text.SourceArticle;
import org.newsgraph.fetch.FeedReader;
import org.newsgraph.fetch.WebFetcher;
import org.newsgraph.load.ImportReport;
import org.newsgraph.load.ImportService;
import org.newsgraph.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import}: brings the graph in line with the import folder, or adds articles from files, folders and URLs. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Bring the graph in line with the import folder, or add articles from files, folders and URLs.",
                "Without arguments: load the articles of IMPORT-DIR/articles into the graph (only new or changed ones"
                        + " are read again; removed ones are taken out) and print a report.",
                "With PATH or URL arguments: add those articles (.txt, .md, .html/.htm files; folders, walked"
                        + " recursively, with meta/<name>.json sidecars; web pages by URL; - reads one text from stdin)."
                        + " Added articles are kept in the store with their text, so a rules change reads them again"
                        + " without the files.",
                "--feed URL imports the items of an RSS or Atom feed that are not in the store yet.",
                "--claims FILE loads what 'extract --format articles' wrote elsewhere, without the NLP.",
                "Exit code 0: all imported; 3: some were skipped (listed with reasons); 2: bad arguments."})
public final class ImportCommand extends ConnectedCommand {
    @Override
    protected boolean writes() {
        return true;
    }

    @Mixin
    ImportDirOption importDir = new ImportDirOption();

    @Parameters(arity = "0..*", paramLabel = "PATH|URL", description = "files, folders, http(s) URLs, or - for stdin")
    List<String> sources = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "DIR", description = "folder with gazetteer.txt and rules/ (default: the --import-dir)")
    Path rulesDir;

    @Option(names = "--allow-private-urls", description = "fetch URLs on loopback and private networks too (refused by default)")
    boolean allowPrivateUrls;

    @Option(names = "--force", description = "re-read every article of the folder, changed or not")
    boolean force;

    @Option(names = "--claims", paramLabel = "FILE", description = "load what 'extract --format articles' wrote (on this or"
            + " another machine), without running the NLP again (repeatable; - for stdin)")
    List<Path> claims = new ArrayList<>();

    @Option(names = "--feed", paramLabel = "URL", description = "an RSS or Atom feed: import its items not imported before (repeatable)")
    List<String> feeds = new ArrayList<>();

    @Mixin
    ProgressOptions shown = new ProgressOptions();

    private Progress progress;

    @Override
    protected void check() {
        progress = shown.progress(); // refuses --quiet with --verbose before anything opens
    }

    @Override
    protected org.newsgraph.model.ProgressEvents progress() {
        return progress;
    }

    /**
     * Beside a running server, files, URLs and feeds go through its API (its page shows them at once); the folder
     * sync, --force and --claims are the store's own work and are refused there.
     */
    @Override
    protected java.util.Optional<Integer> throughServer(org.newsgraph.db.RunFile server) throws Exception {
        if (!claims.isEmpty() || force || (sources.isEmpty() && feeds.isEmpty())) {
            return java.util.Optional.empty();
        }
        ArticleReader.Result local = read(sources.stream().filter(s -> !WebFetcher.isUrl(s)).toList(), null);
        local.skipped().forEach(s -> progress.warn("skipped " + s.file() + ": " + s.reason()));
        int code = new ServerImport(server, System.getenv("NEWSGRAPH_TOKEN"), progress)
                .send(local.articles(), sources.stream().filter(WebFetcher::isUrl).toList(), feeds);
        progress.settle();
        return java.util.Optional.of(local.skipped().isEmpty() ? code : 3);
    }

    @Override
    protected int run(Neo4jConnection conn) throws Exception {
        org.newsgraph.extract.nlp.ModelProgress.reportTo(progress);
        try {
            return importAll(conn);
        } finally {
            org.newsgraph.extract.nlp.ModelProgress.reportTo(null);
            progress.settle();
        }
    }

    private int importAll(Neo4jConnection conn) throws Exception {
        Schema.apply(conn);
        // the analysts' decisions (import/curation) are applied again whenever the import changed the graph
        org.newsgraph.curation.CurationService curation = new org.newsgraph.curation.CurationService(conn, importDir.path());
        org.newsgraph.workspace.Workspace workspace = org.newsgraph.workspace.Workspace.of(conn, importDir.path());
        boolean[] changed = {false};
        ImportService service = new ImportService(conn, rulesDir != null ? rulesDir : importDir.path())
                .afterChange(() -> {
                    progress.accept(org.newsgraph.app.Application.replaySummary(curation.replay()));
                    progress.accept(workspace.replay()); // the analysts' notes and saved views, as the decisions
                    changed[0] = true;
                });
        ImportReport report;
        if (!claims.isEmpty()) {
            List<SkippedFile> bad = new ArrayList<>();
            report = service.addExtracted(readClaims(bad), bad, progress);
        } else if (sources.isEmpty() && feeds.isEmpty()) {
            report = service.run(force, progress);
        } else {
            report = service.add(read(withFeedItems(service), new WebFetcher(allowPrivateUrls)), progress);
        }
        if (changed[0]) { // the whole graph's PageRank, betweenness and communities, as serve keeps them
            org.newsgraph.structure.StructureService.Status structure;
            try (org.newsgraph.structure.StructureService measures = new org.newsgraph.structure.StructureService(conn)) {
                structure = measures.computeNow();
            }
            progress.detail("structure of " + structure.entities() + " entities and " + structure.links() + " links computed in "
                    + structure.millis() + " ms");
        }
        progress.settle();
        System.out.println(report.summary()); // each skipped file was named with its reason as it was met
        String size = org.newsgraph.db.StoreSize.line(db.settings());
        if (size != null) {
            System.out.println(size);
        }
        return report.skipped().isEmpty() ? 0 : 3;
    }

    /** The lines of the --claims files; a line that is not one is skipped with its file, line number and reason. */
    private List<ExtractionJson.Line> readClaims(List<SkippedFile> bad) throws java.io.IOException {
        List<ExtractionJson.Line> lines = new ArrayList<>();
        for (Path file : claims) {
            List<String> text = file.toString().equals("-")
                    ? new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList()
                    : java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
            for (int i = 0; i < text.size(); i++) {
                if (text.get(i).isBlank()) {
                    continue;
                }
                try {
                    lines.add(ExtractionJson.read(text.get(i)));
                } catch (IllegalArgumentException e) {
                    bad.add(new SkippedFile(file + ":" + (i + 1), e.getMessage()));
                }
            }
        }
        return lines;
    }

    /** The sources given, and the items of the feeds that are not in the store yet. */
    private List<String> withFeedItems(ImportService service) {
        List<String> all = new ArrayList<>(sources);
        FeedReader reader = new FeedReader(new WebFetcher(allowPrivateUrls));
        for (String feed : feeds) {
            try {
                List<String> links = reader.links(feed);
                List<String> fresh = service.notYetImported(links);
                progress.accept("feed " + feed + ": " + links.size() + " items, " + fresh.size() + " not imported yet");
                all.addAll(fresh);
            } catch (ArticleReader.UnusableFileException e) {
                throw Problem.invalid("bad feed", feed + " " + e.getMessage());
            }
        }
        return all;
    }

    private ArticleReader.Result read(List<String> given, WebFetcher web) throws Exception {
        List<SourceArticle> articles = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (String s : given) {
            try {
                if (WebFetcher.isUrl(s)) {
                    progress.accept("fetching " + s);
                    articles.add(web.fetch(s));
                } else if (s.equals("-")) {
                    SourceArticle a = ArticleReader.article("stdin.txt", System.in.readAllBytes(),
                            org.newsgraph.extract.text.ArticleMeta.empty(), false, null, null);
                    articles.add(new SourceArticle("stdin-" + a.sha256().substring(0, 12) + ".txt", a.text(), a.meta(),
                            a.sha256(), a.bytes(), a.language()));
                } else {
                    paths.add(Path.of(s));
                }
            } catch (ArticleReader.UnusableFileException e) {
                skipped.add(new SkippedFile(s, e.getMessage()));
            }
        }
        ArticleReader.Result files = new ArticleReader().readAll(paths);
        articles.addAll(files.articles());
        skipped.addAll(files.skipped());
        return new ArticleReader.Result(articles, skipped);
    }
}
