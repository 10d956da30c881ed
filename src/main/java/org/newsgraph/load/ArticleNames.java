package org.newsgraph.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newsgraph.extract.text.ArticleReader;
import org.newsgraph.extract.text.SkippedFile;
import org.newsgraph.extract.text.SourceArticle;

/**
 * The ids added articles get. A name the store already holds (from the import folder or added before), or one an
 * import still running has handed out, keeps its article only for the same text; another text gets the first free
 * {@code -2}, {@code -3} … before the extension (x.txt, x-2.txt, x-3.txt). Uploads keep only the last part of a
 * client's path, so x.txt, a/x.txt and ../../x.txt arrive with one name: nothing added ever replaces another article
 * by its name; an article goes only when removed on purpose. The same text as an article already there is a duplicate.
 * Names stay reserved until their import has written them, so the two import lanes cannot hand out one name twice.
 */
final class ArticleNames {
    /** What the store holds of an article: its state (content and rules), where it came from, its content hash. */
    record Stored(String state, String origin, String sha256) {
    }

    /** An article as given and the id it got (null: skipped as a duplicate). */
    record Named(String given, String id) {
    }

    /** The articles to import under their ids, the store as read while naming them, and each one's name. */
    record Assigned(List<SourceArticle> articles, Map<String, Stored> stored, List<Named> names) {
    }

    /** id → content hash of the names handed out by imports that have not written them yet. */
    private final Map<String, String> reserved = new HashMap<>();

    /**
     * Names {@code articles}, reading the store ({@code stored}) under the same lock as the reservations, so a name
     * written and released by another import meanwhile is seen in one or the other. Duplicates go to {@code skipped}.
     */
    synchronized Assigned assign(List<SourceArticle> articles, Supplier<Map<String, Stored>> stored,
                                 List<SkippedFile> skipped, Consumer<String> progress) {
        Map<String, Stored> inStore = stored.get();
        Map<String, String> idBySha = new HashMap<>();
        inStore.forEach((id, st) -> idBySha.put(st.sha256(), id));
        reserved.forEach((id, sha) -> idBySha.put(sha, id));
        List<SourceArticle> out = new ArrayList<>();
        List<Named> names = new ArrayList<>();
        for (SourceArticle a : articles) {
            String twin = idBySha.get(a.sha256());
            if (twin != null && !twin.equals(a.file())) {
                SkippedFile s = new SkippedFile(a.file(), "is already imported as " + twin + " (same text)");
                skipped.add(s);
                org.newsgraph.model.ProgressEvents.of(progress).warn("skipped " + s);
                names.add(new Named(a.file(), null));
                continue;
            }
            String id = twin != null ? twin : free(a.file(), inStore);
            reserved.put(id, a.sha256());
            idBySha.put(a.sha256(), id); // the same text twice in one import: the first one counts
            names.add(new Named(a.file(), id));
            out.add(id.equals(a.file()) ? a : new SourceArticle(id, a.text(), a.meta(), a.sha256(), a.bytes(), a.language()));
        }
        return new Assigned(out, inStore, names);
    }

    /** Gives back the names an import handed out, once it has written them (or given up). */
    synchronized void release(Assigned assigned) {
        assigned.names().forEach(n -> {
            if (n.id() != null) {
                reserved.remove(n.id());
            }
        });
    }

    /** {@code name}, or the first of stem-2.ext, stem-3.ext … that neither the store nor a reservation holds. */
    private String free(String name, Map<String, Stored> inStore) {
        String stem = ArticleReader.stem(name);
        String ext = name.substring(stem.length());
        String id = name;
        for (int n = 2; inStore.containsKey(id) || reserved.containsKey(id); n++) {
            id = stem + "-" + n + ext;
        }
        return id;
    }
}
