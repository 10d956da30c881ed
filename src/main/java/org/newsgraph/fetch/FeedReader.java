package org.newsgraph.fetch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.text.ArticleReader.UnusableFileException;

/** An RSS or Atom feed's item addresses, newest first as the feed lists them (Rome; no DOCTYPEs, so no XXE). */
public final class FeedReader {
    public static final int MAX_ITEMS = 200;
    private final WebFetcher web;

    public FeedReader(WebFetcher web) {
        this.web = web;
    }

    /** The addresses of the feed's items (absolute, at most {@value #MAX_ITEMS}). */
    public List<String> links(String feedUrl) throws UnusableFileException {
        WebFetcher.Fetched f = web.fetch(feedUrl, "application/rss+xml, application/atom+xml, application/xml, text/xml;q=0.9",
                type -> type.contains("xml") || type.startsWith("text/plain"), "an RSS or Atom feed");
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(f.bytes()), f.type(), true));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new UnusableFileException("is not an RSS or Atom feed: " + firstLine(e.getMessage()));
        }
        Set<String> links = new LinkedHashSet<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = e.getLink() != null && !e.getLink().isBlank() ? e.getLink() : e.getUri();
            if (link != null && WebFetcher.isUrl(f.uri().resolve(link.strip()).toString())) {
                links.add(f.uri().resolve(link.strip()).toString());
            }
            if (links.size() >= MAX_ITEMS) {
                break;
            }
        }
        return new ArrayList<>(links);
    }

    private static String firstLine(String s) {
        return s == null ? "unreadable" : s.lines().findFirst().orElse("unreadable");
    }
}
