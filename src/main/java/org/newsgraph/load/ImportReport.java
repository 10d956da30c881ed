package org.newsgraph.load;

import java.util.List;
import org.newsgraph.extract.text.SkippedFile;

/**
 * What an import did, for the console and the API; {@code loadedIds} are the articles it (re)loaded, {@code cut} the
 * articles the extraction budget cut short (with how), {@code names} the id each added article got (in order given).
 */
public record ImportReport(int articlesInFolder, int loaded, int unchanged, int removed, int sentences,
                           int entitiesKnown, int entitiesDiscovered, int claims, long edges, long bytes,
                           List<SkippedFile> skipped, long millis, List<String> loadedIds, List<String> cut,
                           List<ArticleNames.Named> names) {

    /** This report and another one of the same run (the folder, then the added articles read again). */
    public ImportReport plus(ImportReport o) {
        List<SkippedFile> all = new java.util.ArrayList<>(skipped);
        all.addAll(o.skipped);
        return new ImportReport(articlesInFolder, loaded + o.loaded, unchanged + o.unchanged, removed + o.removed,
                sentences + o.sentences, entitiesKnown + o.entitiesKnown, entitiesDiscovered + o.entitiesDiscovered,
                claims + o.claims, o.edges, bytes + o.bytes, all, millis + o.millis, concat(loadedIds, o.loadedIds),
                concat(cut, o.cut), concat(names, o.names));
    }

    /** This report and the next part of the same request (a request is imported a slice at a time). */
    public ImportReport and(ImportReport o) {
        ImportReport both = plus(o); // plus keeps the first run's folder count: here each slice counts its articles
        return new ImportReport(articlesInFolder + o.articlesInFolder, both.loaded, both.unchanged, both.removed,
                both.sentences, both.entitiesKnown, both.entitiesDiscovered, both.claims, both.edges, both.bytes,
                both.skipped, both.millis, both.loadedIds, both.cut, both.names);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    public double megabytesPerSecond() {
        return millis == 0 ? 0 : (bytes / 1e6) / (millis / 1000.0);
    }

    /** Bytes read per second of the whole import, in MB/s, or KB/s below 1 MB/s (the NLP reads a few KB a second). */
    public String rate() {
        double mbs = megabytesPerSecond();
        if (millis == 0 || bytes == 0) {
            return "nothing read";
        }
        return mbs >= 1 ? String.format(java.util.Locale.ROOT, "%.2f MB/s", mbs)
                : String.format(java.util.Locale.ROOT, "%.1f KB/s", mbs * 1000);
    }

    public String summary() {
        return "import: " + count(articlesInFolder, "article") + " in folder — " + loaded + " loaded, " + unchanged
                + " unchanged, " + removed + " removed, " + skipped.size() + " skipped; " + count(sentences, "sentence")
                + ", " + count(entitiesKnown + entitiesDiscovered, "entity", "entities") + " (" + entitiesKnown + " known, "
                + entitiesDiscovered + " discovered), " + count(claims, "claim") + "; graph holds " + count(edges, "edge")
                + "; " + millis + " ms (" + rate() + ")" + (cut.isEmpty() ? "" : "; cut short: " + String.join("; ", cut));
    }

    /** "1 article", "2 articles". */
    public static String count(long n, String one) {
        return count(n, one, one + "s");
    }

    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
