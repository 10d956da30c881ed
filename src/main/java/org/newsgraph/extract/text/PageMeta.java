package org.newsgraph.extract.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a news page says about itself: JSON-LD {@code NewsArticle} first, then Open Graph and {@code article:}
 * tags, then {@code <meta name>}, {@code <time>}, {@code <title>} and {@code <html lang>}.
 */
record PageMeta(String title, String outlet, String author, String published, String url, String language) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    private static final List<String> ARTICLE_TYPES = List.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "blogposting", "liveblogposting", "webpage");

    static PageMeta of(Document doc) {
        JsonNode ld = jsonLdArticle(doc);
        String title = first(text(ld, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"), doc.title());
        String outlet = first(text(ld.path("publisher"), "name"), meta(doc, "og:site_name"), meta(doc, "application-name"));
        String author = first(author(ld.path("author")), meta(doc, "author"), meta(doc, "article:author"),
                meta(doc, "byl"));
        String published = date(first(text(ld, "datePublished"), meta(doc, "article:published_time"),
                meta(doc, "datePublished"), meta(doc, "date"), meta(doc, "dc.date"), meta(doc, "pubdate"),
                timeElement(doc), text(ld, "dateCreated")));
        String url = first(text(ld, "url"), meta(doc, "og:url"), doc.select("link[rel=canonical]").attr("abs:href"));
        String language = first(text(ld, "inLanguage"), doc.select("html").attr("lang"), meta(doc, "og:locale"),
                meta(doc, "content-language"));
        return new PageMeta(HtmlArticle.clean(title), blankToNull(outlet), author(author), published,
                blankToNull(url), languageCode(language));
    }

    ArticleMeta toArticleMeta(String fetchedFrom, List<String> captions) {
        return new ArticleMeta(title, outlet, published, fetchedFrom != null ? fetchedFrom : url, language, author,
                captions.isEmpty() ? null : List.copyOf(captions));
    }

    private static JsonNode jsonLdArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (java.io.IOException e) {
                // broken JSON-LD is common; the other tags still count
            }
        }
        return JSON.missingNode();
    }

    private static JsonNode findArticle(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            for (JsonNode item : n) {
                JsonNode f = findArticle(item);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (n.has("@graph")) {
            return findArticle(n.get("@graph"));
        }
        JsonNode type = n.path("@type");
        for (JsonNode t : type.isArray() ? type : JSON.createArrayNode().add(type)) {
            if (ARTICLE_TYPES.contains(t.asText("").toLowerCase(Locale.ROOT)) && n.has("headline")) {
                return n;
            }
        }
        return null;
    }

    private static String author(JsonNode a) {
        if (a.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode x : a) {
                String one = author(x);
                if (one != null) {
                    sb.append(sb.length() > 0 ? ", " : "").append(one);
                }
            }
            return sb.length() == 0 ? null : sb.toString();
        }
        return a.isTextual() ? a.asText() : text(a, "name");
    }

    /** An author as a name: a profile URL is not one. */
    private static String author(String a) {
        return a == null || a.isBlank() || a.startsWith("http") ? null : HtmlArticle.clean(a);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isTextual() ? v.asText() : null;
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return e == null ? null : e.attr("content");
    }

    private static String timeElement(Document doc) {
        Element t = doc.selectFirst("article time[datetime], time[datetime]");
        return t == null ? null : t.attr("datetime");
    }

    private static String date(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = DATE.matcher(raw);
        return m.find() ? m.group(1) : null;
    }

    /** "de-DE", "de_CH", "en" → "de", "en"; anything else is kept as its first part, so it is refused by name. */
    private static String languageCode(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return raw.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
