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
import java.util.concurrent.CompletableFuture;
import org.newsgraph.extract.text.ArticleReader;
import org.newsgraph.extract.text.SkippedFile;
import org.newsgraph.extract.text.SourceArticle;
import org.newsgraph.fetch.FeedReader;
import org.newsgraph.fetch.WebFetcher;
import org.newsgraph.model.Problem;

/**
 * Articles added while the server runs — texts and files at once, URLs as a background job whose progress can be
 * asked for — and removed. Imports run in two lanes: requests of up to {@link #QUICK_CHARS} characters of text in
 * all (a pasted article, a few uploaded files, removals) in one, everything larger in the other, so a paste never
 * waits behind a bulk upload. In each lane the requests take turns a slice at a time ({@link ImportLane}); their
 * graph writes go one at a time ({@link ImportService}); pages are fetched on a thread of their own; reads go on.
 */
public final class ArticleImports implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ArticleImports.class);
    public static final int MAX_URLS = 100;
    private static final int KEPT_JOBS = 50;

    private final ImportService service;
    private final WebFetcher web;
    private final FeedReader feeds;
    /**
     * Requests with up to this many characters of text in all take the quick lane: the system property
     * {@code newsgraph.import.quickChars}, 30,000 by default (a long news article is about 15,000).
     */
    static final int QUICK_CHARS = Integer.getInteger("newsgraph.import.quickChars", 30_000);
    /** Requests that may wait in each lane: the system property {@code newsgraph.import.maxWaiting}, 4 by default. */
    static final int MAX_WAITING = Integer.getInteger("newsgraph.import.maxWaiting", 4);
    private final ImportLane quick = new ImportLane("quick", MAX_WAITING);
    private final ImportLane bulk = new ImportLane("bulk", MAX_WAITING);
    private final ExecutorService fetcher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "newsgraph-fetch");
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

    /**
     * One item of a job: an address or file name and what became of it (an article id, or the reason it was
     * skipped); {@code note} says how the article was cut short, if it was.
     */
    public record Item(String source, String article, String skipped, String note) {
    }

    /** A job as the page shows it: state queued → fetching → loading → done (or failed), counts, current item. */
    public record Job(String id, String state, int total, int done, String current, List<Item> items,
                      List<String> articles, String summary, String started) {
    }

    /** Imports these articles now (texts, uploaded files) and answers when they are in the graph. */
    public Job addNow(ArticleReader.Result read) throws Exception {
        String id = newId();
        return finish(id, read, await(importLater(read)));
    }

    /** The import of {@code read} in its lane (quick or bulk, by its size). */
    private CompletableFuture<ImportReport> importLater(ArticleReader.Result read) {
        long chars = read.articles().stream().mapToLong(a -> a.text().length()).sum();
        return work(chars <= QUICK_CHARS ? quick : bulk, new SlicedImport(service, read));
    }

    /** Starts fetching and importing these addresses; {@link #job(String)} tells how far it is. */
    public Job fetchLater(List<String> urls) {
        if (urls.isEmpty() || urls.size() > MAX_URLS) {
            throw Problem.invalid("bad request", "give 1 to " + MAX_URLS + " URLs");
        }
        String id = newId();
        Job queued = new Job(id, "queued", urls.size(), 0, null, List.of(), List.of(), null, Instant.now().toString());
        jobs.put(id, queued);
        fetcher.execute(() -> runUrls(queued, urls));
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
        fetcher.execute(() -> {
            List<String> links;
            try {
                update(queued, "reading feed", 0, feedUrl, List.of());
                links = service.notYetImported(feeds.links(feedUrl));
            } catch (ArticleReader.UnusableFileException e) {
                jobs.put(id, new Job(id, "failed", 0, 0, null, List.of(new Item(feedUrl, null, e.getMessage(), null)),
                        List.of(), "the feed " + e.getMessage(), queued.started()));
                return;
            } catch (RuntimeException e) {
                fail(queued, e);
                return;
            }
            runUrls(new Job(id, "queued", links.size(), 0, null, List.of(), List.of(), null, queued.started()), links);
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
        await(work(quick, () -> {
            service.removeAdded(articleId);
            return Boolean.TRUE;
        }));
    }

    /** Runs {@code task} in {@code lane}; when the server has had no import for a while, the models go. */
    private <T> CompletableFuture<T> work(ImportLane lane, ImportLane.Work<T> task) {
        return lane.submit(task).whenComplete((done, failed) -> releaseModelsWhenIdle());
    }

    /**
     * Lets the parser's models go once no import has run for {@link #MODELS_IDLE_SECONDS} (the next import loads them
     * again, about 10 s): a server that imported at start or an hour ago does not hold a gigabyte it is not using.
     */
    public void releaseModelsWhenIdle() {
        lastWork = System.nanoTime();
        try {
            watcher.schedule(this::releaseIfIdle, MODELS_IDLE_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the server is stopping: nothing to release for
        }
    }

    private void releaseIfIdle() {
        boolean idle = System.nanoTime() - lastWork >= java.util.concurrent.TimeUnit.SECONDS.toNanos(MODELS_IDLE_SECONDS)
                && quick.idle() && bulk.idle(); // an import that starts meanwhile loads them again
        if (idle && org.newsgraph.extract.nlp.Backbone.shared().loaded()) {
            org.newsgraph.extract.nlp.Backbone.shared().release();
            System.gc(); // a full collection lets the heap shrink, so the memory goes back to the system
            LOG.info("the parser's models were let go after {} s without an import", MODELS_IDLE_SECONDS);
        }
    }

    /** The work's answer; its failure as itself (a {@link Problem} stays one), not wrapped. */
    private static <T> T await(java.util.concurrent.Future<T> f) throws Exception {
        try {
            return f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Fetches the addresses one by one (a page that cannot be fetched or read is a skip with its reason), then imports
     * them in their lane; the job tells how far it is.
     */
    private void runUrls(Job queued, List<String> urls) {
        List<SourceArticle> articles = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            String url = urls.get(i);
            update(queued, "fetching", i, url, List.of());
            try {
                articles.add(web.fetch(url));
            } catch (ArticleReader.UnusableFileException e) {
                skipped.add(new SkippedFile(url, e.getMessage()));
            } catch (RuntimeException | StackOverflowError e) {
                skipped.add(new SkippedFile(url, ArticleReader.failure(e)));
            }
        }
        update(queued, "loading", urls.size(), null, List.of());
        ArticleReader.Result read = new ArticleReader.Result(articles, skipped);
        try {
            importLater(read).whenComplete((report, failure) -> {
                if (failure == null) {
                    finish(queued.id(), read, report);
                } else {
                    fail(queued, failure);
                }
            });
        } catch (RuntimeException busy) {
            fail(queued, busy);
        }
    }

    private void fail(Job queued, Throwable e) {
        Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        LOG.warn("import job {} stopped: {}", queued.id(), cause.toString());
        jobs.put(queued.id(), new Job(queued.id(), "failed", queued.total(), 0, null, List.of(), List.of(),
                "the import stopped: " + cause.getMessage(), queued.started()));
    }

    private void update(Job queued, String state, int done, String current, List<Item> items) {
        jobs.put(queued.id(), new Job(queued.id(), state, queued.total(), done, current, List.copyOf(items), List.of(),
                null, queued.started()));
    }

    /** The finished job: an item per article given (with the id it got, or why it was skipped) and the report. */
    private Job finish(String id, ArticleReader.Result read, ImportReport report) {
        List<Item> items = JobItems.of(read, report);
        items.stream().filter(i -> i.skipped() != null && !i.skipped().equals(JobItems.UNCHANGED))
                .forEach(i -> LOG.info("skipped {}: {}", i.source(), i.skipped())); // one line per file, no stack trace
        Job done = new Job(id, "done", items.size(), items.size(), null, items, report.loadedIds(), report.summary(),
                Instant.now().toString());
        jobs.put(id, done);
        return done;
    }

    private static String newId() {
        return UUID.randomUUID().toString().substring(0, 12);
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        fetcher.shutdownNow();
        quick.close();
        bulk.close();
    }
}
