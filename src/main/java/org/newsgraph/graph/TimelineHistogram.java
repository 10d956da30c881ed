package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.neo4j.driver.TransactionContext;

/**
 * The page's histogram strip: events (claims behind relations, by the month of the date they tell of) and reports
 * (articles, by the month they were published), counted per month over an axis fitted to where the dates are. The
 * axis is the shortest run of months holding 80% of all dated counts, widened to take in the dates
 * within a year (or half that run's length, when longer) of it; dates further out are counted as {@code earlier}
 * or {@code later}, so one old date ("1991") does not stretch the axis over decades. A date known only to its year
 * ("2019") counts in that year's January, where the time sliders start it. Claims without a date and articles
 * without a publication day are counted as {@code undated}.
 */
public final class TimelineHistogram {
    /** The share of the dated counts the axis's core holds. */
    static final double CORE_SHARE = 0.8;
    /** How far past the core, in months at least, the axis takes in dates. */
    static final int MIN_REACH = 12;

    /**
     * The claims a relation is drawn from (no open suggestion, nothing rejected: as the loader builds edges) by the
     * month of their date, and the articles by the month of their publication; {@code month} is null when undated
     * and a year alone when only the year is known.
     */
    private static final String COUNTS = """
            CALL {
              MATCH (c:Claim)
              WHERE c.status <> 'suggested' AND (c.verdict IS NULL OR c.verdict <> 'rejected')
              RETURN 'events' AS series, left(c.date, 7) AS month, count(*) AS n
              UNION ALL
              MATCH (a:Article)
              RETURN 'reports' AS series, left(a.published, 7) AS month, count(*) AS n
            }
            RETURN series, month, n""";

    /** Claims (events) and articles (reports) in one bin. */
    public record Counts(long events, long reports) {
        static final Counts NONE = new Counts(0, 0);

        Counts plus(Counts o) {
            return new Counts(events + o.events, reports + o.reports);
        }

        long sum() {
            return events + reports;
        }
    }

    /** One month of the axis ("2024-06"). */
    public record Bin(String month, long events, long reports) {
    }

    /**
     * The axis {@code from}..{@code to} (months, both included; null when nothing is dated), one bin per month of
     * it (empty months too), what lies before and after it, the undated, and the totals of each series.
     */
    public record Histogram(String from, String to, List<Bin> bins, Counts earlier, Counts later, Counts undated,
            Counts total) {
    }

    private TimelineHistogram() {
    }

    /** The histogram of the whole graph, read in the caller's transaction. */
    static Histogram read(TransactionContext tx) {
        TreeMap<Integer, Counts> dated = new TreeMap<>();
        Counts undated = Counts.NONE;
        for (var r : tx.run(COUNTS).list()) {
            boolean events = r.get("series").asString().equals("events");
            long n = r.get("n").asLong();
            Counts c = events ? new Counts(n, 0) : new Counts(0, n);
            Integer month = r.get("month").isNull() ? null : month(r.get("month").asString());
            if (month == null) {
                undated = undated.plus(c);
            } else {
                dated.merge(month, c, Counts::plus);
            }
        }
        return of(dated, undated);
    }

    /** The histogram of these counts per month number (year × 12 + month − 1). */
    static Histogram of(TreeMap<Integer, Counts> dated, Counts undated) {
        Counts total = dated.values().stream().reduce(undated, Counts::plus);
        if (dated.isEmpty()) {
            return new Histogram(null, null, List.of(), Counts.NONE, Counts.NONE, undated, total);
        }
        int[] axis = axis(dated);
        List<Bin> bins = new ArrayList<>();
        for (int m = axis[0]; m <= axis[1]; m++) {
            Counts c = dated.getOrDefault(m, Counts.NONE);
            bins.add(new Bin(label(m), c.events, c.reports));
        }
        Counts earlier = dated.headMap(axis[0]).values().stream().reduce(Counts.NONE, Counts::plus);
        Counts later = dated.tailMap(axis[1], false).values().stream().reduce(Counts.NONE, Counts::plus);
        return new Histogram(label(axis[0]), label(axis[1]), bins, earlier, later, undated, total);
    }

    /** The first and last month of the axis: the densest run holding the core share, widened by the reach. */
    static int[] axis(TreeMap<Integer, Counts> dated) {
        List<Integer> months = new ArrayList<>(dated.keySet());
        long[] counts = months.stream().mapToLong(m -> dated.get(m).sum()).toArray();
        long all = 0;
        for (long c : counts) {
            all += c;
        }
        long need = (long) Math.ceil(CORE_SHARE * all);
        int bestLo = 0;
        int bestHi = months.size() - 1;
        long held = 0;
        for (int lo = 0, hi = 0; hi < months.size(); hi++) { // the shortest window [lo, hi] holding `need`
            held += counts[hi];
            while (held - counts[lo] >= need) {
                held -= counts[lo++];
            }
            if (held >= need && months.get(hi) - months.get(lo) < months.get(bestHi) - months.get(bestLo)) {
                bestLo = lo;
                bestHi = hi;
            }
        }
        int coreLo = months.get(bestLo);
        int coreHi = months.get(bestHi);
        int reach = Math.max(MIN_REACH, (coreHi - coreLo + 1) / 2);
        int from = dated.ceilingKey(coreLo - reach);
        int to = dated.floorKey(coreHi + reach);
        return new int[] {from, to};
    }

    /** "2024-06" → its month number; "2019" → January 2019; null for anything else. */
    static Integer month(String date) {
        if (date.matches("\\d{4}-\\d{2}")) {
            int m = Integer.parseInt(date.substring(5, 7));
            return m >= 1 && m <= 12 ? Integer.parseInt(date.substring(0, 4)) * 12 + m - 1 : null;
        }
        return date.matches("\\d{4}") ? Integer.parseInt(date) * 12 : null;
    }

    static String label(int month) {
        return String.format("%04d-%02d", month / 12, month % 12 + 1);
    }
}
