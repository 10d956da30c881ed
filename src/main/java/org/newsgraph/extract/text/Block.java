package org.newsgraph.extract.text;

/** A paragraph-like piece of an article: its zone and its span in the original text (end exclusive). */
public record Block(String zone, int start, int end, int paragraph) {
    public static final String HEADLINE = "headline";
    public static final String LEAD = "lead";
    public static final String HEADING = "heading";
    public static final String BODY = "body";
    public static final String CAPTION = "caption";
}
