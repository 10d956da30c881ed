package org.newsgraph.export;

import java.util.List;
import java.util.Map;
import org.newsgraph.graph.DigestQueries;
import org.newsgraph.graph.DigestQueries.Digest;
import org.newsgraph.model.WebUrls;

/**
 * A digest as a briefing: Markdown (text escaped, addresses only when http(s)), or one self-contained HTML file
 * (its own styles, no scripts, text escaped) whose items link into the page — the deep link of each entity and
 * relation, its article in the page's reader — and to an article's own address when it is a web address.
 */
public final class DigestReport {
    private DigestReport() {
    }

    public static String markdown(Digest d) {
        StringBuilder sb = new StringBuilder("# What changed since ").append(d.since()).append("\n\n");
        sb.append("## New entities (").append(d.entities().size()).append(")\n\n");
        for (Map<String, Object> e : d.entities()) {
            sb.append("- **").append(md(e.get("name"))).append("** (").append(md(e.get("type"))).append("), first named ")
                    .append(md(e.get("first"))).append('\n');
        }
        if (d.entitiesLeftOut() > 0) {
            sb.append("\n").append(leftOut(d.entitiesLeftOut())).append('\n');
        }
        sb.append("\n## New and changed relations (").append(d.edges().size()).append(")\n\n");
        for (Map<String, Object> e : d.edges()) {
            sb.append("- **").append(md(e.get("sourceName"))).append(" — ").append(readable(e.get("type"))).append(" — ")
                    .append(md(e.get("targetName"))).append("**: ").append(change(e)).append('\n');
            Map<?, ?> n = (Map<?, ?>) e.get("newest");
            if (n != null) {
                sb.append("  > ").append(md(n.get("sentence"))).append("\n  > — ").append(md(n.get("title"))).append(", ")
                        .append(md(n.get("outlet"))).append(", ").append(md(n.get("published"))).append(link(n.get("url")))
                        .append('\n');
            }
        }
        return sb.toString();
    }

    /** The briefing as one HTML file without links into the page (see {@link #html(Digest, String)}). */
    public static String html(Digest d) {
        return html(d, null);
    }

    /**
     * The briefing as one self-contained HTML file. With {@code page} (the page's address, e.g.
     * {@code http://127.0.0.1:7070/}) every item links to its deep link — an entity focused, a relation's story —
     * and its article opened in the page's reader at the sentence; an article's own address is linked when it is a
     * web address. Text is escaped, and so is every address.
     */
    public static String html(Digest d, String page) {
        String base = WebUrls.webOrNull(page);
        StringBuilder sb = new StringBuilder("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>What changed since %s</title>
                <style>body{font:15px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;color:#1d2330}
                blockquote{margin:.3rem 0 .8rem;padding-left:.8rem;border-left:3px solid #c5cad3;color:#3d4451}
                a{color:#1d4ed8}.change,.note{color:#5a6272}</style></head><body>
                """.formatted(esc(d.since())));
        sb.append("<h1>What changed since ").append(esc(d.since())).append("</h1>");
        if (DigestQueries.FROM_LAST_IMPORT.equals(d.sinceFrom())) {
            sb.append("<p class=\"note\">Since the last import").append(d.lastImport() == null ? ""
                    : " (" + esc(d.lastImport()) + ")").append(": from the first day its articles were published.</p>");
        }
        sb.append("<h2>New entities (").append(d.entities().size()).append(")</h2><ul>");
        for (Map<String, Object> e : d.entities()) {
            sb.append("<li>").append(link(base == null ? null : entityLink(base, e.get("id")), "<strong>" + esc(e.get("name")) + "</strong>"))
                    .append(" (").append(esc(e.get("type"))).append("), first named ").append(esc(e.get("first")));
            Map<?, ?> first = (Map<?, ?>) e.get("firstNamed");
            if (first != null) {
                sb.append(" in ").append(articleLinks(base, first, e.get("id")));
            }
            sb.append(" <span class=\"note\">· ").append(esc(why(e))).append("</span></li>");
        }
        sb.append("</ul>");
        if (d.entitiesLeftOut() > 0) {
            sb.append("<p class=\"note\">").append(leftOut(d.entitiesLeftOut())).append("</p>");
        }
        sb.append("<h2>New and changed relations (").append(d.edges().size()).append(")</h2><ul>");
        for (Map<String, Object> e : d.edges()) {
            String title = "<strong>" + esc(e.get("sourceName")) + " — " + esc(readable(e.get("type"))) + " — "
                    + esc(e.get("targetName")) + "</strong>";
            sb.append("<li>").append(link(base == null ? null : relationLink(base, e), title)).append(" <span class=\"change\">")
                    .append(esc(change(e))).append("</span>");
            Map<?, ?> n = (Map<?, ?>) e.get("newest");
            if (n != null) {
                sb.append("<blockquote>").append(esc(n.get("sentence"))).append("<br>— ")
                        .append(articleLinks(base, n, e.get("source"))).append("</blockquote>");
            }
            sb.append("</li>");
        }
        return sb.append("</ul></body></html>\n").toString();
    }

    /** Why a new entity is listed: the gazetteer knows it, it is named often, or an analyst reviewed it. */
    private static String why(Map<String, Object> e) {
        List<String> because = new java.util.ArrayList<>();
        if (Boolean.TRUE.equals(e.get("known"))) {
            because.add("in the gazetteer");
        }
        if (e.get("named") instanceof Number n && n.longValue() >= 2) {
            because.add("named in " + n + " sentences");
        }
        if (Boolean.TRUE.equals(e.get("reviewed"))) {
            because.add("reviewed");
        }
        return String.join(", ", because);
    }

    private static String leftOut(long n) {
        return n + " other new name" + (n == 1 ? "" : "s") + " left out: found once by the recogniser, not in the gazetteer,"
                + " not reviewed.";
    }

    /**
     * "Title, outlet, day": the title opens the article in the page's reader at the sentence (with {@code focus}
     * focused) when the page is known, and the article's own address follows when it is a web address.
     */
    private static String articleLinks(String base, Map<?, ?> a, Object focus) {
        String reader = base == null || a.get("article") == null ? null : readerLink(base, a.get("article"), a.get("sentenceId"), focus);
        StringBuilder sb = new StringBuilder(link(reader, esc(a.get("title") == null ? a.get("article") : a.get("title"))));
        for (String k : List.of("outlet", "published")) {
            if (a.get(k) != null) {
                sb.append(", ").append(esc(a.get(k)));
            }
        }
        String url = WebUrls.webOrNull(a.get("url") == null ? null : String.valueOf(a.get("url")));
        if (url != null) {
            sb.append(" · ").append(link(url, "original"));
        }
        return sb.toString();
    }

    /** An anchor around already escaped {@code inner}, or {@code inner} alone without an address. */
    private static String link(String href, String inner) {
        return href == null ? inner : "<a href=\"" + esc(href) + "\" rel=\"noopener noreferrer\">" + inner + "</a>";
    }

    /** The page focused on an entity. */
    public static String entityLink(String base, Object id) {
        return page(base) + "#focus=" + enc(id);
    }

    /** The page focused on a relation's source, with the relation's story open. */
    public static String relationLink(String base, Map<String, Object> e) {
        return page(base) + "#focus=" + enc(e.get("source")) + "&edge=" + enc(e.get("source")) + "," + enc(e.get("type"))
                + "," + enc(e.get("target"));
    }

    /** The page with an article open in its reader, at a sentence when given, an entity focused when given. */
    public static String readerLink(String base, Object article, Object sentenceId, Object focus) {
        return page(base) + "#" + (focus == null ? "" : "focus=" + enc(focus) + "&") + "read=" + enc(article)
                + (sentenceId == null ? "" : "&readAt=" + enc(sentenceId));
    }

    /** The page's address without a fragment, ending in '/' when it names no file. */
    private static String page(String base) {
        String b = base.contains("#") ? base.substring(0, base.indexOf('#')) : base;
        return b.matches("https?://[^/]+") ? b + "/" : b;
    }

    private static String enc(Object o) {
        return java.net.URLEncoder.encode(String.valueOf(o), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String change(Map<String, Object> e) {
        if ("new".equals(e.get("change"))) {
            return "new, " + e.get("claimsNow") + " claim(s), " + e.get("statusNow");
        }
        String status = java.util.Objects.equals(e.get("statusBefore"), e.get("statusNow")) ? String.valueOf(e.get("statusNow"))
                : e.get("statusBefore") + " → " + e.get("statusNow");
        return "claims " + e.get("claimsBefore") + " → " + e.get("claimsNow") + ", " + status;
    }

    private static String readable(Object type) {
        return String.valueOf(type).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /**
     * Text that Markdown shows as it is: on one line, with every character that could start emphasis, code, a link,
     * an image, an autolink, inline HTML, an entity, a heading or a table escaped by a backslash (CommonMark lets any
     * ASCII punctuation be), and a list marker at its start escaped too, since a quoted sentence starts its line.
     */
    static String md(Object o) {
        String s = String.valueOf(o).replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ").strip()
                .replaceAll("([\\\\`*_\\[\\]<>#+|~&])", "\\\\$1");
        return s.replaceFirst("^-", "\\\\-").replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
    }

    /** An article's address as an autolink, only when it is a web address; '<' and '>' could end it, so encoded. */
    static String link(Object url) {
        String u = WebUrls.webOrNull(url == null ? null : String.valueOf(url));
        return u == null ? "" : " <" + u.replace("<", "%3C").replace(">", "%3E") + ">";
    }

    static String esc(Object o) {
        return String.valueOf(o).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
