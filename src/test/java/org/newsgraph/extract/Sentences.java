package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.extract.text.ArticleMeta;
import org.newsgraph.extract.text.Language;
import org.newsgraph.extract.text.SourceArticle;

/** Runs the real extractor (with the project's rule files) over invented text, for the extractor tests. */
public final class Sentences {
    private static Extractor extractor;

    private Sentences() {
    }

    public static synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = new Extractor(Rules.get());
        }
        return extractor;
    }

    /** An article of the given text (published on a Wednesday, 2024-03-06). */
    public static SourceArticle article(String text, Language language) {
        return new SourceArticle("t.txt", text, new ArticleMeta(null, null, "2024-03-06", null, language.name(), null),
                "x", text.length(), language);
    }

    /** The claims read from the text (suggestions, which wait for an analyst, left out). */
    public static List<Relation> relations(String text, Language language) throws Exception {
        return extractor().extract(article(text, language)).relations().stream()
                .filter(r -> r.status() != org.newsgraph.model.Status.suggested).toList();
    }

    /** "source TYPE target status" per relation (ids). */
    public static List<String> triples(String text, Language language) throws Exception {
        return relations(text, language).stream()
                .map(r -> r.sourceId() + " " + r.type() + " " + r.targetId() + " " + r.status()).toList();
    }
}
