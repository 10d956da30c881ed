package org.newsgraph.extract.mention;

/** A word of a sentence; offsets are relative to the sentence text. {@code lower} is the lower-cased text. */
public record Token(String text, String lower, int start, int end, int index) {
    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
}
