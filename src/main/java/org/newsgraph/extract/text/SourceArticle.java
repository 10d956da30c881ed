package org.newsgraph.extract.text;

/** An article file as read: its file name is its id; {@code sha256} covers the text and the metadata. */
public record SourceArticle(String file, String text, ArticleMeta meta, String sha256, long bytes) {
}
