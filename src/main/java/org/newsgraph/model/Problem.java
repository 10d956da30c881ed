package org.newsgraph.model;

/**
 * Why a service could not do what it was asked, without saying how any front end shows it: the web edge maps
 * {@link Kind} to an HTTP status ({@code web.ErrorAnswers}), the CLI to an exit code ({@code cli.ConnectedCommand}).
 * {@code label} is the short error name both show ("bad parameter", "not found", "refused"); the message the detail.
 */
public class Problem extends RuntimeException {
    public enum Kind {
        /** The input is malformed or out of range. */
        INVALID,
        /** What was named does not exist. */
        NOT_FOUND,
        /** No credentials or wrong ones. */
        UNAUTHORIZED,
        /** Well-formed but not allowed (a write in the read-only console). */
        REFUSED,
        /** Over a size limit. */
        TOO_LARGE,
        /** Stopped by a time limit. */
        TIMED_OUT,
        /** Stopped by a memory limit. */
        TOO_MUCH_MEMORY,
        /** Someone else changed it since the caller read it ({@link Conflict} carries the current state). */
        CONFLICT,
        /** Every slot for this kind of work is taken (console slots, the import lanes): try again in a moment. */
        BUSY
    }

    private final Kind kind;
    private final String label;

    public Problem(Kind kind, String label, String detail) {
        super(detail);
        this.kind = kind;
        this.label = label;
    }

    public static Problem invalid(String label, String detail) {
        return new Problem(Kind.INVALID, label, detail);
    }

    public static Problem notFound(String detail) {
        return new Problem(Kind.NOT_FOUND, "not found", detail);
    }

    public static Problem tooLarge(String label, String detail) {
        return new Problem(Kind.TOO_LARGE, label, detail);
    }

    public Kind kind() {
        return kind;
    }

    public String label() {
        return label;
    }
}
