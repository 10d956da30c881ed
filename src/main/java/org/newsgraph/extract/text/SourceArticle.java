package org.newsgraph.extract.text;

/**
 * An article file as read: its file name is its id; {@code sha256} covers the text and the metadata;
 * {@code language} is the one it is read in (from its metadata, else told from its words).
 */
public record SourceArticle(String file, String text, ArticleMeta meta, String sha256, long bytes, Language language) {
}
