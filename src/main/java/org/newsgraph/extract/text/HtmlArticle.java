package org.newsgraph.extract.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A saved or fetched web page as an article: its main text (Readability, after dropping page furniture) as lines
 * with blank lines between paragraphs, the headline first, figure captions kept as their own lines and named in
 * the metadata; and the page's metadata ({@link PageMeta}). The charset is the HTTP header's, else the page's
 * {@code <meta charset>} (or its byte-order mark); a page that declares neither is read as UTF-8.
 */
public final class HtmlArticle {
    /** A page with less main text than this is an index page, an error page or a paywall stub, not an article. */
    static final int MIN_WORDS = 60;
    /** Page furniture dropped before looking for the main text. */
    private static final String FURNITURE = "script, style, noscript, template, nav, footer, form, button, iframe, svg, "
            + "[aria-hidden=true], [hidden], [role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
            + "[class~=(?i)(cookie|consent|share|sharing|social|newsletter|teaser|related|promo|advert|banner|paywall|"
            + "subscribe|comments?)], [id~=(?i)(cookie|consent|share|newsletter|teaser|related|promo|advert|comments?)]";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre, dd, dt";
    /**
     * Elements nested deeper than this make a page unreadable: Readability walks the tree recursively, and a page of
     * 20,000 nested list items overflows its stack. Real pages stay below about 60 levels. The system property
     * {@code newsgraph.html.maxDepth}, 256 by default.
     */
    static final int MAX_DEPTH = Integer.getInteger("newsgraph.html.maxDepth", 256);

    private HtmlArticle() {
    }

    /** The article text and its metadata (captions included). */
    public record Page(String text, ArticleMeta meta) {
    }

    public static boolean isHtmlName(String fileName) {
        String n = fileName.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml");
    }

    /**
     * Reads a page. {@code charset} is the HTTP header's (null for a file); {@code url} where it came from (null for
     * a file: the page's canonical or og:url is used then).
     */
    public static Page read(byte[] bytes, String charset, String url) throws ArticleReader.UnusableFileException {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), charset, url == null ? "" : url);
        } catch (IOException | IllegalArgumentException e) {
            throw new ArticleReader.UnusableFileException("is not readable HTML: " + e.getMessage());
        }
        if (deeperThan(doc, MAX_DEPTH)) {
            throw new ArticleReader.UnusableFileException("has elements nested more than " + MAX_DEPTH
                    + " levels deep (a broken or hostile page; -Dnewsgraph.html.maxDepth)");
        }
        PageMeta meta = PageMeta.of(doc);
        doc.select(FURNITURE).remove();
        Element content = mainContent(doc, url);
        List<String> captions = new ArrayList<>();
        Set<String> lines = new LinkedHashSet<>();
        if (meta.title() != null) {
            lines.add(clean(meta.title()));
        }
        for (Element block : content.select(BLOCKS)) {
            if (block.select(BLOCKS).size() > 1) {
                continue; // a wrapper (a list item or quote of paragraphs): its inner blocks are read one by one
            }
            String line = clean(block.text());
            if (line.isEmpty()) {
                continue;
            }
            if (block.is("figcaption") || block.closest("figcaption") != null) {
                captions.add(line);
            }
            lines.add(line);
        }
        String text = String.join("\n\n", lines).strip();
        int words = text.isEmpty() ? 0 : text.split("\\s+").length;
        if (words < MIN_WORDS) {
            throw new ArticleReader.UnusableFileException("has too little text for an article (" + words
                    + " words; a paywall stub, an index or an error page?)");
        }
        return new Page(text + "\n", meta.toArticleMeta(url, captions));
    }

    /** Whether any node lies deeper than {@code limit}; jsoup's traversal is a loop, so any depth is measured safely. */
    static boolean deeperThan(Document doc, int limit) {
        boolean[] deep = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                deep[0] = depth > limit;
                return deep[0] ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, doc);
        return deep[0];
    }

    private static Element mainContent(Document doc, String url) {
        try {
            // the address only serves to make links absolute; a saved file has none
            Article article = new Readability4JExtended(url == null ? "http://saved.page/" : url, doc.clone()).parse();
            Element e = article.getArticleContent();
            if (e != null && e.text().length() > 200) {
                return e;
            }
        } catch (RuntimeException | LinkageError e) {
            // Readability gave up: fall back to the page's own article element
        }
        Element article = doc.selectFirst("article, main, [role=main]");
        return article != null ? article : doc.body();
    }

    /** One line: whitespace runs as one space, no line breaks inside. */
    static String clean(String s) {
        return s == null ? "" : s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
