package org.newsgraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.newsgraph.TestPaths;

/** The project's real rule files, loaded once for the extractor tests. */
public final class Rules {
    private static ExtractionRules rules;

    private Rules() {
    }

    public static synchronized ExtractionRules get() {
        if (rules == null) {
            try {
                rules = ExtractionRules.load(TestPaths.importDir());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rules;
    }
}
