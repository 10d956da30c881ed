package org.newsgraph.extract.text;

/** What the sidecar {@code meta/<stem>.json} says about an article; every field may be null. */
public record ArticleMeta(String title, String outlet, String published, String url, String language,
                          String author) {
    public static ArticleMeta empty() {
        return new ArticleMeta(null, null, null, null, null, null);
    }
}
