package org.newsgraph.query;

import java.time.Duration;

/**
 * What a console query may use: a server-side transaction timeout, a row cap, a cap on the query text and on
 * how many values one answer may carry (a single row can hold a list of millions).
 */
public record QueryLimits(Duration timeout, int maxRows, int maxQueryChars, int maxValues) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    public static final int DEFAULT_MAX_ROWS = 1000;
    public static final int MAX_QUERY_CHARS = 20_000;
    public static final int MAX_VALUES = 200_000;

    public QueryLimits {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive, got " + timeout);
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("the row cap must be at least 1, got " + maxRows);
        }
    }

    public static QueryLimits defaults() {
        return new QueryLimits(DEFAULT_TIMEOUT, DEFAULT_MAX_ROWS, MAX_QUERY_CHARS, MAX_VALUES);
    }

    public static QueryLimits of(Duration timeout, int maxRows) {
        return new QueryLimits(timeout, maxRows, MAX_QUERY_CHARS, MAX_VALUES);
    }
}
