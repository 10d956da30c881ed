package org.newsgraph.db;

/** A database problem worth telling the user about in one line (cannot start, cannot connect…). */
public class DatabaseException extends RuntimeException {
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }

    public DatabaseException(String message) {
        super(message);
    }
}
