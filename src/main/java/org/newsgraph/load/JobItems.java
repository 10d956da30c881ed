package org.newsgraph.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.text.ArticleReader;
import org.newsgraph.extract.text.SkippedFile;
import org.newsgraph.extract.text.SourceArticle;
import org.newsgraph.load.ArticleImports.Item;

/** A finished import as the page lists it: one item per file or address given, in the order given. */
final class JobItems {
    static final String UNCHANGED = "unchanged: already in the graph";

    private JobItems() {
    }

    /**
     * What became of each article of {@code read}: the id it got (files of one name get x.txt, x-2.txt… in the order
     * given, so the report's names are taken in that order), why it was skipped, how it was cut; then the files the
     * reader refused.
     */
    static List<Item> of(ArticleReader.Result read, ImportReport report) {
        Map<String, Deque<String>> ids = new HashMap<>();
        report.names().forEach(n -> ids.computeIfAbsent(n.given(), k -> new ArrayDeque<>()).add(n.id() == null ? "" : n.id()));
        List<Item> items = new ArrayList<>();
        for (SourceArticle a : read.articles()) {
            String source = a.meta().url() != null ? a.meta().url() : a.file();
            Deque<String> named = ids.get(a.file());
            String id = named == null || named.isEmpty() ? a.file() : named.poll();
            boolean in = report.loadedIds().contains(id);
            String why = report.skipped().stream().filter(s -> s.file().equals(a.file())).map(SkippedFile::reason)
                    .findFirst().orElse(UNCHANGED);
            String note = report.cut().stream().filter(c -> c.startsWith("article " + id + ": ")).findFirst().orElse(null);
            items.add(new Item(source, in ? id : null, in ? null : why, note));
        }
        for (SkippedFile s : read.skipped()) {
            items.add(new Item(s.file(), null, s.reason(), null));
        }
        return items;
    }
}
