package org.newsgraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The import report reads as words: singular and plural, and a rate that is not 0.00 for a slow import. */
class ImportReportTest {
    private static ImportReport report(int articles, long bytes, long millis) {
        return new ImportReport(articles, articles, 0, 0, 1, 1, 0, 1, 1, bytes, List.of(), millis, List.of(), List.of(), List.of());
    }

    @Test
    void oneOfEachIsSingular() {
        String s = report(1, 30_000, 10_000).summary();
        assertTrue(s.startsWith("import: 1 article in folder — 1 loaded"), s);
        assertTrue(s.contains("1 sentence, 1 entity (1 known, 0 discovered), 1 claim; graph holds 1 edge;"), s);
    }

    @Test
    void aSlowImportShowsKilobytesPerSecond() {
        assertEquals("3.0 KB/s", report(5, 30_000, 10_000).rate());
        assertEquals("2.50 MB/s", report(5, 5_000_000, 2_000).rate());
        assertEquals("nothing read", report(0, 0, 300).rate());
    }
}
