package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.db.DbSettings;
import org.newsgraph.db.Neo4jConnection;

/**
 * The histogram of /api/timeline on a real embedded store holding claims and articles written for it: a dense
 * year of events and reports, one claim from 1991 and one from 2031, undated claims and an article without a day,
 * and claims a relation is not drawn from (an open suggestion, a rejected claim). The axis spans the dense year,
 * the far dates are counted as earlier and later, and every count lands in exactly one place.
 */
class TimelineHistogramTest {
    @TempDir
    static Path dir;
    static Neo4jConnection db;

    @BeforeAll
    static void open() {
        db = Neo4jConnection.open(DbSettings.embedded(dir.resolve("db")));
        List<Map<String, Object>> claims = new ArrayList<>();
        for (int i = 0; i < 40; i++) { // 2023-06 .. 2024-05, some months more than once, some as days
            String month = String.format("%d-%02d", 2023 + (5 + i % 12) / 12, (5 + i % 12) % 12 + 1);
            claims.add(claim("c" + i, i % 3 == 0 ? month + "-14" : month, "fact", null));
        }
        claims.add(claim("old", "1991", "fact", null)); // a year alone: January 1991
        claims.add(claim("future", "2031-03", "speculative", null));
        claims.add(claim("nodate1", null, "reported", null));
        claims.add(claim("nodate2", null, "fact", "accepted"));
        claims.add(claim("suggestion", "1950-01", "suggested", null)); // an open suggestion: no relation
        claims.add(claim("rejected", "1960-01", "fact", "rejected")); // rejected: no relation
        db.writeWithoutResult(tx -> {
            tx.run("UNWIND $rows AS r CREATE (c:Claim) SET c = r", Map.of("rows", claims));
            tx.run("""
                    UNWIND ['2023-07-02', '2023-09-11', '2023-09-18', '2024-01-15', '2024-06-19'] AS day
                    CREATE (:Article {id: day, published: day})""");
            tx.run("CREATE (:Article {id: 'undated'})");
        });
    }

    static Map<String, Object> claim(String id, String date, String status, String verdict) {
        Map<String, Object> c = new java.util.HashMap<>(Map.of("id", id, "status", status));
        if (date != null) {
            c.put("date", date);
        }
        if (verdict != null) {
            c.put("verdict", verdict);
        }
        return c;
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void theAxisSpansTheDenseYearAndEveryCountLandsOnce() {
        TimelineHistogram.Histogram h = db.read(TimelineHistogram::read);
        assertEquals("2023-06", h.from(), h.toString());
        assertEquals("2024-06", h.to(), "the last report, a month after the last event: " + h);
        assertEquals(13, h.bins().size());
        assertEquals(new TimelineHistogram.Counts(1, 0), h.earlier(), "1991 is counted, not drawn");
        assertEquals(new TimelineHistogram.Counts(1, 0), h.later(), "2031 is counted, not drawn");
        assertEquals(new TimelineHistogram.Counts(2, 1), h.undated());
        assertEquals(new TimelineHistogram.Counts(44, 6), h.total(), "suggestions and rejected claims are no events");
        long events = h.bins().stream().mapToLong(TimelineHistogram.Bin::events).sum();
        long reports = h.bins().stream().mapToLong(TimelineHistogram.Bin::reports).sum();
        assertEquals(h.total().events(), events + h.earlier().events() + h.later().events() + h.undated().events());
        assertEquals(h.total().reports(), reports + h.earlier().reports() + h.later().reports() + h.undated().reports());
        assertEquals(new TimelineHistogram.Bin("2023-09", 4, 2), h.bins().get(3), "days count in their month");
    }

    @Test
    void nearDatesWidenTheAxisAndFarOnesDoNot() {
        var dated = new java.util.TreeMap<Integer, TimelineHistogram.Counts>();
        for (int m = 0; m < 24; m++) { // 2022-01 .. 2023-12, ten a month
            dated.put(2022 * 12 + m, new TimelineHistogram.Counts(10, 1));
        }
        dated.put(2021 * 12 + 3, new TimelineHistogram.Counts(1, 0)); // 2021-04: within a year of the dense run
        dated.put(1991 * 12, new TimelineHistogram.Counts(1, 0));
        TimelineHistogram.Histogram h = TimelineHistogram.of(dated, TimelineHistogram.Counts.NONE);
        assertEquals("2021-04", h.from());
        assertEquals("2023-12", h.to());
        assertEquals(1, h.earlier().events());
        TimelineHistogram.Histogram one = TimelineHistogram.of(new java.util.TreeMap<>(Map.of(2024 * 12 + 5,
                new TimelineHistogram.Counts(3, 1))), TimelineHistogram.Counts.NONE);
        assertEquals("2024-06", one.from());
        assertEquals("2024-06", one.to());
        TimelineHistogram.Histogram none = TimelineHistogram.of(new java.util.TreeMap<>(), new TimelineHistogram.Counts(2, 0));
        assertNull(none.from());
        assertTrue(none.bins().isEmpty());
        assertEquals(2, none.undated().events());
    }
}
