package org.newsgraph.extract.text;

/** A sentence: verbatim text, its span in the article, its index in the article, zone and paragraph. */
public record Sentence(int index, String text, int start, int end, String zone, int paragraph) {
    public boolean isQuestion() {
        String t = text.strip();
        while (!t.isEmpty() && "“”\"»«'’)".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t.endsWith("?");
    }
}
