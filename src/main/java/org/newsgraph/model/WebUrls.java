package org.newsgraph.model;

import java.util.Locale;

/**
 * An article's address is kept, and shown as a link, only when it is a web address: http or https with a host.
 * Anything else a page or a client may claim ({@code javascript:}, {@code data:}, {@code file:}, a relative path)
 * would run or open something when clicked, so it is dropped.
 */
public final class WebUrls {
    private WebUrls() {
    }

    /**
     * The address, stripped, when it starts with http:// or https:// and a host and holds no blanks or control
     * characters; else null. Read by its start, not parsed: a page's address with a raw '|' or an umlaut in it is
     * still a web address, and nothing that starts so can be a script.
     */
    public static String webOrNull(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        if (u.chars().anyMatch(c -> c <= 0x20 || c == 0x7f || c >= 0x80 && c <= 0x9f)) {
            return null; // browsers drop tabs and newlines inside an address: "java\tscript:" is javascript:
        }
        String lower = u.toLowerCase(Locale.ROOT);
        int rest = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : -1;
        return rest > 0 && u.length() > rest && "/?#\\@:".indexOf(u.charAt(rest)) < 0 ? u : null;
    }
}
