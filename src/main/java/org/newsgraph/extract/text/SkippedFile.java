package org.newsgraph.extract.text;

/** A file the extractor could not use, with the reason in words a user understands. */
public record SkippedFile(String file, String reason) {
    @Override
    public String toString() {
        return file + ": " + reason;
    }
}
