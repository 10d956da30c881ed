package org.newsgraph.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.newsgraph.extract.text.ArticleReader;
import org.newsgraph.extract.text.SkippedFile;
import org.newsgraph.extract.text.SourceArticle;

/**
 * One request's articles imported a slice at a time (a step of its {@link ImportLane}): up to {@value #SLICE_ARTICLES}
 * articles or {@value #SLICE_CHARS} characters (at least one article), so a request behind a large upload waits for
 * one slice, not for the whole upload. The answer is the report of all slices together.
 */
final class SlicedImport implements ImportLane.Work<ImportReport> {
    static final int SLICE_ARTICLES = 50;
    static final int SLICE_CHARS = 200_000;

    private final ImportService service;
    private final Deque<SourceArticle> left;
    private List<SkippedFile> skipped;
    private ImportReport sofar;

    SlicedImport(ImportService service, ArticleReader.Result read) {
        this.service = service;
        this.left = new ArrayDeque<>(read.articles());
        this.skipped = read.skipped();
    }

    @Override
    public ImportReport step() throws Exception {
        List<SourceArticle> slice = new ArrayList<>();
        long chars = 0;
        while (!left.isEmpty() && slice.size() < SLICE_ARTICLES && (slice.isEmpty() || chars + left.peek().text().length() <= SLICE_CHARS)) {
            chars += left.peek().text().length();
            slice.add(left.poll());
        }
        ImportReport r = service.add(new ArticleReader.Result(slice, skipped), line -> { });
        skipped = List.of(); // the files the reader refused belong to the first slice's report only
        sofar = sofar == null ? r : sofar.and(r);
        return left.isEmpty() ? sofar : null;
    }
}
