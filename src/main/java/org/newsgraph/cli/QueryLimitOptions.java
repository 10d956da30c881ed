package org.newsgraph.cli;

import java.time.Duration;
import org.newsgraph.query.QueryLimits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The console's limits, shared by `serve` and `query`. */
public final class QueryLimitOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "${env:NEWSGRAPH_QUERY_TIMEOUT:-5}",
            description = "a console query is stopped after this many seconds (env NEWSGRAPH_QUERY_TIMEOUT, default: ${DEFAULT-VALUE})")
    double timeoutSeconds;

    @Option(names = "--query-max-rows", paramLabel = "N", defaultValue = "${env:NEWSGRAPH_QUERY_MAX_ROWS:-1000}",
            description = "rows a console query returns at most (env NEWSGRAPH_QUERY_MAX_ROWS, default: ${DEFAULT-VALUE})")
    int maxRows;

    public QueryLimits limits() {
        if (!(timeoutSeconds >= 0.1 && timeoutSeconds <= 3600)) {
            throw new ParameterException(spec.commandLine(), "--query-timeout must be between 0.1 and 3600 seconds, got " + timeoutSeconds);
        }
        if (maxRows < 1 || maxRows > 1_000_000) {
            throw new ParameterException(spec.commandLine(), "--query-max-rows must be between 1 and 1000000, got " + maxRows);
        }
        return QueryLimits.of(Duration.ofMillis(Math.round(timeoutSeconds * 1000)), maxRows);
    }
}
