package org.newsgraph.load;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsgraph.extract.text.ArticleReader;
import org.newsgraph.extract.text.SkippedFile;
import org.newsgraph.extract.text.SourceArticle;
import org.newsgraph.fetch.FeedReader;
import org.newsgraph.fetch.WebFetcher;
import org.newsgraph.model.Problem;

/**
 * Articles added while the server runs — texts and files at once, URLs as a background job whose progress can be
 * asked for — and removed. Imports run one at a time, in arrival order, on one thread, so they never write over
 * each other; reads go on meanwhile.
 */
public final class ArticleImports implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ArticleImports.class);
    public static final int MAX_URLS = 100;
    private static final int KEPT_JOBS = 50;

    private final ImportService service;
    private final WebFetcher web;
    private final FeedReader feeds;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "newsgraph-article-import");
        t.setDaemon(true);
        return t;
    });
    private final java.util.concurrent.ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newsgraph-feed-watch");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
            return size() > KEPT_JOBS;
        }
    });

    /**
     * How long the server waits with no import before it lets the parser's models go: the system property
     * {@code newsgraph.modelsIdleSeconds}, 300 by default.
     */
    static final long MODELS_IDLE_SECONDS = Long.getLong("newsgraph.modelsIdleSeconds", 300);
    private volatile long lastWork = System.nanoTime();

    public ArticleImports(ImportService service, WebFetcher web) {
        this.service = service;
        this.web = web;
        this.feeds = new FeedReader(web);
    }

    /** One item of a job: an address and what became of it (an article id, or the reason it was skipped). */
    public record Item(String source, String article, String skipped) {
    }

    /** A job as the page shows it: state queued → fetching → loading → done (or failed), counts, current item. */
    public record Job(String id, String state, int total, int done, String current, List<Item> items,
                      List<String> articles, String summary, String started) {
    }

    /** Imports these articles now (texts, uploaded files) and answers when they are in the graph. */
    public Job addNow(ArticleReader.Result read) throws Exception {
        return await(work(() -> finish(newId(), read, read.articles().size() + read.skipped().size())));
    }

    /** Starts fetching and importing these addresses; {@link #job(String)} tells how far it is. */
    public Job fetchLater(List<String> urls) {
        if (urls.isEmpty() || urls.size() > MAX_URLS) {
            throw Problem.invalid("bad request", "give 1 to " + MAX_URLS + " URLs");
        }
        String id = newId();
        Job queued = new Job(id, "queued", urls.size(), 0, null, List.of(), List.of(), null, Instant.now().toString());
        jobs.put(id, queued);
        work(() -> runUrls(queued, urls));
        return queued;
    }

    /**
     * Reads a feed and imports the items not imported before, as a job (what is no feed makes the job fail with the
     * reason).
     */
    public Job fetchFeedLater(String feedUrl) {
        String id = newId();
        Job queued = new Job(id, "queued", 0, 0, feedUrl, List.of(), List.of(), null, Instant.now().toString());
        jobs.put(id, queued);
        work(() -> {
            List<String> links;
            try {
                update(queued, "reading feed", 0, feedUrl, List.of());
                links = service.notYetImported(feeds.links(feedUrl));
            } catch (ArticleReader.UnusableFileException e) {
                Job failed = new Job(id, "failed", 0, 0, null, List.of(new Item(feedUrl, null, e.getMessage())), List.of(),
                        "the feed " + e.getMessage(), queued.started());
                jobs.put(id, failed);
                return failed;
            }
            Job withTotal = new Job(id, "queued", links.size(), 0, null, List.of(), List.of(), null, queued.started());
            return links.isEmpty() ? finish(id, new ArticleReader.Result(List.of(), List.of()), 0) : runUrls(withTotal, links);
        });
        return queued;
    }


    /** Reads these feeds now and then every {@code every}, importing their new items; stops on {@link #close()}. */
    public void watchFeeds(List<String> urls, java.time.Duration every, java.util.function.Consumer<String> progress) {
        if (urls.isEmpty()) {
            return;
        }
        watcher.scheduleWithFixedDelay(() -> {
            for (String feed : urls) {
                Job j = fetchFeedLater(feed);
                progress.accept("watching " + feed + ": job " + j.id());
            }
        }, 0, every.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
    }

    public Job job(String id) {
        Job j = jobs.get(id);
        if (j == null) {
            throw Problem.notFound("no import job '" + id + "' (jobs are kept while the server runs, the last " + KEPT_JOBS + ")");
        }
        return j;
    }

    /** Removes an added article with its claims and the entities only it supported. */
    public void remove(String articleId) throws Exception {
        await(work(() -> {
            service.removeAdded(articleId);
            return null;
        }));
    }

    /** Runs {@code task} on the import thread; when the server has had no import for a while, the models go. */
    private <T> Future<T> work(java.util.concurrent.Callable<T> task) {
        return worker.submit(() -> {
            try {
                return task.call();
            } finally {
                releaseModelsWhenIdle();
            }
        });
    }

    /**
     * Lets the parser's models go once no import has run for {@link #MODELS_IDLE_SECONDS} (the next import loads them
     * again, about 10 s): a server that imported at start or an hour ago does not hold a gigabyte it is not using.
     */
    public void releaseModelsWhenIdle() {
        lastWork = System.nanoTime();
        try {
            watcher.schedule(() -> worker.submit(this::releaseIfIdle), MODELS_IDLE_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the server is stopping: nothing to release for
        }
    }

    private void releaseIfIdle() {
        boolean idle = System.nanoTime() - lastWork >= java.util.concurrent.TimeUnit.SECONDS.toNanos(MODELS_IDLE_SECONDS);
        if (idle && org.newsgraph.extract.nlp.Backbone.shared().loaded()) {
            org.newsgraph.extract.nlp.Backbone.shared().release();
            System.gc(); // a full collection lets the heap shrink, so the memory goes back to the system
            LOG.info("the parser's models were let go after {} s without an import", MODELS_IDLE_SECONDS);
        }
    }

    /** The work's answer; its failure as itself (a {@link Problem} stays one), not wrapped. */
    private static <T> T await(Future<T> f) throws Exception {
        try {
            return f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private Job runUrls(Job queued, List<String> urls) {
        List<SourceArticle> articles = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        List<Item> fetched = new ArrayList<>();
        try {
            for (int i = 0; i < urls.size(); i++) {
                String url = urls.get(i);
                update(queued, "fetching", i, url, fetched);
                try {
                    articles.add(web.fetch(url));
                } catch (ArticleReader.UnusableFileException e) {
                    skipped.add(new SkippedFile(url, e.getMessage()));
                }
            }
            update(queued, "loading", urls.size(), null, fetched);
            return finish(queued.id(), new ArticleReader.Result(articles, skipped), urls.size());
        } catch (Exception | Error e) {
            Job failed = new Job(queued.id(), "failed", urls.size(), 0, null, fetched, List.of(),
                    "the import stopped: " + e.getMessage(), queued.started());
            jobs.put(queued.id(), failed);
            return failed;
        }
    }

    private void update(Job queued, String state, int done, String current, List<Item> items) {
        jobs.put(queued.id(), new Job(queued.id(), state, queued.total(), done, current, List.copyOf(items), List.of(),
                null, queued.started()));
    }

    private Job finish(String id, ArticleReader.Result read, int total) throws Exception {
        String started = Instant.now().toString();
        ImportReport report = service.add(read, line -> { });
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < read.articles().size(); i++) {
            SourceArticle a = read.articles().get(i);
            String source = a.meta().url() != null ? a.meta().url() : a.file();
            boolean in = report.loadedIds().stream().anyMatch(x -> x.equals(a.file()) || x.startsWith(ArticleReader.stem(a.file()) + "-"));
            SkippedFile why = report.skipped().stream().filter(s -> s.file().equals(a.file())).findFirst().orElse(null);
            items.add(new Item(source, in ? a.file() : null, why != null ? why.reason() : in ? null : "unchanged: already in the graph"));
        }
        for (SkippedFile s : read.skipped()) {
            items.add(new Item(s.file(), null, s.reason()));
        }
        Job done = new Job(id, "done", total, total, null, items, report.loadedIds(), report.summary(), started);
        jobs.put(id, done);
        return done;
    }

    private static String newId() {
        return UUID.randomUUID().toString().substring(0, 12);
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        worker.shutdownNow();
    }
}
