package org.newsgraph.extract.text;

import java.util.List;
import org.newsgraph.model.WebUrls;

/**
 * What is known about an article besides its text — from the sidecar {@code meta/<stem>.json} or the web page;
 * every field may be null. {@code captions} are lines of the text that are photo captions (a page's
 * {@code <figcaption>}s), so they get the caption zone whatever the caption rules say.
 */
public record ArticleMeta(String title, String outlet, String published, String url, String language,
                          String author, List<String> captions) {
    /**
     * Every article's metadata passes here (a sidecar, a web page's JSON-LD or Open Graph, the page's form, a
     * kept article read again), so this is where an address that is not http(s) is dropped, before it is stored
     * or shown as a link.
     */
    public ArticleMeta {
        url = WebUrls.webOrNull(url);
    }

    public ArticleMeta(String title, String outlet, String published, String url, String language, String author) {
        this(title, outlet, published, url, language, author, null);
    }

    public static ArticleMeta empty() {
        return new ArticleMeta(null, null, null, null, null, null, null);
    }

    /**
     * The metadata as it enters an article's content hash. Without captions it is the text the hash was made of
     * before captions existed, so stores built then are not re-imported for nothing.
     */
    String hashText() {
        String fields = "ArticleMeta[title=" + title + ", outlet=" + outlet + ", published=" + published + ", url=" + url
                + ", language=" + language + ", author=" + author + "]";
        return captions == null ? fields : fields + captions;
    }
}
