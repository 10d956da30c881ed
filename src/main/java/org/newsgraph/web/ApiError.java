package org.newsgraph.web;

/** An error the API reports as JSON {@code {error, detail}} with an HTTP status. */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String error;

    public ApiError(int status, String error, String detail) {
        super(detail);
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public record Body(String error, String detail) {
    }
}
