package org.newsgraph.export;

import java.util.Map;
import org.newsgraph.graph.DigestQueries.Digest;
import org.newsgraph.model.WebUrls;

/**
 * A digest as a briefing: Markdown (text escaped, addresses only when http(s)), or one self-contained HTML file
 * (its own styles, no scripts, text escaped, no links).
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

    public static String html(Digest d) {
        StringBuilder sb = new StringBuilder("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>What changed since %s</title>
                <style>body{font:15px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;color:#1d2330}
                blockquote{margin:.3rem 0 .8rem;padding-left:.8rem;border-left:3px solid #c5cad3;color:#3d4451}
                .change{color:#5a6272}</style></head><body>
                """.formatted(esc(d.since())));
        sb.append("<h1>What changed since ").append(esc(d.since())).append("</h1>");
        sb.append("<h2>New entities (").append(d.entities().size()).append(")</h2><ul>");
        for (Map<String, Object> e : d.entities()) {
            sb.append("<li><strong>").append(esc(e.get("name"))).append("</strong> (").append(esc(e.get("type")))
                    .append("), first named ").append(esc(e.get("first"))).append("</li>");
        }
        sb.append("</ul><h2>New and changed relations (").append(d.edges().size()).append(")</h2><ul>");
        for (Map<String, Object> e : d.edges()) {
            sb.append("<li><strong>").append(esc(e.get("sourceName"))).append(" — ").append(esc(readable(e.get("type"))))
                    .append(" — ").append(esc(e.get("targetName"))).append("</strong> <span class=\"change\">")
                    .append(esc(change(e))).append("</span>");
            Map<?, ?> n = (Map<?, ?>) e.get("newest");
            if (n != null) {
                sb.append("<blockquote>").append(esc(n.get("sentence"))).append("<br>— ").append(esc(n.get("title")))
                        .append(", ").append(esc(n.get("outlet"))).append(", ").append(esc(n.get("published"))).append("</blockquote>");
            }
            sb.append("</li>");
        }
        return sb.append("</ul></body></html>\n").toString();
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
