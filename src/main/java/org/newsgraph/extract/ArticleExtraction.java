package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.extract.mention.Entity;
import org.newsgraph.extract.text.Sentence;
import org.newsgraph.extract.text.SourceArticle;

/**
 * Everything the extractor read out of one article: the loader's input. {@code cut} says how the article was cut
 * short by the {@link ExtractionBudget} (null when it was read whole); {@code sentences} are those read.
 */
public record ArticleExtraction(SourceArticle article, List<Sentence> sentences, List<SentenceMention> mentions,
                                List<Relation> relations, List<Entity> entities, String cut) {

    public ArticleExtraction(SourceArticle article, List<Sentence> sentences, List<SentenceMention> mentions,
                             List<Relation> relations, List<Entity> entities) {
        this(article, sentences, mentions, relations, entities, null);
    }

    /** How many relations are claims (suggestions wait for an analyst and are not counted). */
    public int claimCount() {
        return (int) relations.stream().filter(r -> r.status() != org.newsgraph.model.Status.suggested).count();
    }

    /** A mention placed in its sentence (for the graph's MENTIONS edges). */
    public record SentenceMention(int sentence, String entityId, String surface, int start, int end, String kind) {
    }
}
