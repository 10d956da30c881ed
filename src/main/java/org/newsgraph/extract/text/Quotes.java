package org.newsgraph.extract.text;

/**
 * Tracks quotations across the sentences of a paragraph, so that a relation inside quotation marks
 * ("„Peking betrachtet sich als Hauptakteur …“, erklärt Pardo") is read as someone's words, also when the
 * quotation spans several sentences.
 */
public final class Quotes {
    private static final String OPENING = "„«‚";
    private static final String CLOSING = "“»‘";
    private boolean openAtStart;
    private boolean openAtEnd;
    private int paragraph = -1;

    /** Moves to sentence {@code s}: the state at its start is the state at the end of the previous one. */
    public void next(Sentence s) {
        if (s.paragraph() != paragraph) {
            paragraph = s.paragraph();
            openAtEnd = false;
        }
        openAtStart = openAtEnd;
        openAtEnd = depthAt(s.text(), s.text().length());
    }

    /** Whether the character at {@code offset} of the current sentence lies inside a quotation. */
    public boolean inQuoteAt(Sentence s, int offset) {
        return depthAt(s.text(), offset);
    }

    private boolean depthAt(String t, int offset) {
        boolean open = openAtStart;
        for (int i = 0; i < Math.min(offset, t.length()); i++) {
            char c = t.charAt(i);
            if (c == '"') {
                open = !open;
            } else if (OPENING.indexOf(c) >= 0) {
                open = true;
            } else if (CLOSING.indexOf(c) >= 0) {
                open = false;
            }
        }
        return open;
    }
}
