package org.newsgraph.extract.attribute;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 6 (dates): finds date expressions in a sentence and normalises them (ISO: 2023, 2023-07, 2023-10-19),
 * resolving relative ones ("am Mittwoch", "im vergangenen September", "vergangene Woche", "diesen Monat")
 * against the article's publication date.
 */
public final class DateResolver {
    public record DateMention(String value, int start, int end) {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("january", 1), Map.entry("februar", 2),
            Map.entry("february", 2), Map.entry("märz", 3), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("mai", 5), Map.entry("may", 5), Map.entry("juni", 6), Map.entry("june", 6),
            Map.entry("juli", 7), Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9),
            Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("dezember", 12), Map.entry("december", 12));
    private static final Map<String, DayOfWeek> DAYS = Map.of(
            "montag", DayOfWeek.MONDAY, "dienstag", DayOfWeek.TUESDAY, "mittwoch", DayOfWeek.WEDNESDAY,
            "donnerstag", DayOfWeek.THURSDAY, "freitag", DayOfWeek.FRIDAY, "samstag", DayOfWeek.SATURDAY,
            "sonntag", DayOfWeek.SUNDAY);
    private static final String MONTH = "(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|"
            + "November|Dezember|January|February|March|May|June|July|October|December)";
    private static final Pattern FULL = Pattern.compile("\\b(\\d{1,2})\\.? " + MONTH + " (\\d{4})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + " (\\d{4})\\b");
    private static final Pattern RELATIVE_MONTH = Pattern.compile(
            "\\b(?:im |Anfang |Ende |Mitte )?(vergangenen |letzten |kommenden |nächsten )?" + MONTH + "\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:im Jahr |seit |bis )?((?:19|20)\\d{2})\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:am |vom |bis )?(vergangenen |letzten |kommenden |nächsten )?(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\\b");
    private static final Pattern WEEK = Pattern.compile(
            "\\b(vergangene|letzte|vorige|diese|dieser|kommende|nächste)[nr]? Woche\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern THIS_MONTH = Pattern.compile("\\b(diesen|dieses|in diesem) Monat[s]?\\b");

    public List<DateMention> find(String sentence, LocalDate published) {
        List<DateMention> out = new ArrayList<>();
        boolean[] used = new boolean[sentence.length() + 1];
        Matcher m = FULL.matcher(sentence);
        while (m.find()) {
            add(out, used, String.format("%s-%02d-%02d", m.group(3), month(m.group(2)), Integer.parseInt(m.group(1))),
                    m.start(), m.end());
        }
        m = MONTH_YEAR.matcher(sentence);
        while (m.find()) {
            add(out, used, String.format("%s-%02d", m.group(2), month(m.group(1))), m.start(), m.end());
        }
        m = YEAR.matcher(sentence);
        while (m.find()) {
            add(out, used, m.group(1), m.start(), m.end());
        }
        if (published != null) {
            relative(sentence, published, out, used);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void relative(String s, LocalDate pub, List<DateMention> out, boolean[] used) {
        Matcher m = RELATIVE_MONTH.matcher(s);
        while (m.find()) {
            int month = month(m.group(2));
            boolean future = m.group(1) != null && (m.group(1).startsWith("kommend") || m.group(1).startsWith("nächst"));
            int year = pub.getYear();
            if (future) {
                year += month <= pub.getMonthValue() ? 1 : 0;
            } else if (month > pub.getMonthValue() || (m.group(1) != null && month == pub.getMonthValue())) {
                year -= 1;
            }
            add(out, used, String.format("%d-%02d", year, month), m.start(), m.end());
        }
        m = WEEKDAY.matcher(s);
        while (m.find()) {
            DayOfWeek day = DAYS.get(m.group(2).toLowerCase(Locale.ROOT));
            boolean future = m.group(1) != null && (m.group(1).startsWith("kommend") || m.group(1).startsWith("nächst"));
            LocalDate d = future ? pub.with(TemporalAdjusters.next(day)) : pub.with(TemporalAdjusters.previousOrSame(day));
            add(out, used, d.toString(), m.start(), m.end());
        }
        m = WEEK.matcher(s);
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            LocalDate d = w.startsWith("vergangen") || w.startsWith("letzt") || w.startsWith("vorig") ? pub.minusWeeks(1)
                    : w.startsWith("kommend") || w.startsWith("nächst") ? pub.plusWeeks(1) : pub;
            add(out, used, String.format("%d-%02d", d.getYear(), d.getMonthValue()), m.start(), m.end());
        }
        m = THIS_MONTH.matcher(s);
        while (m.find()) {
            add(out, used, String.format("%d-%02d", pub.getYear(), pub.getMonthValue()), m.start(), m.end());
        }
    }

    private static void add(List<DateMention> out, boolean[] used, String value, int start, int end) {
        for (int i = start; i < end; i++) {
            if (used[i]) {
                return;
            }
        }
        for (int i = start; i < end; i++) {
            used[i] = true;
        }
        out.add(new DateMention(value, start, end));
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    public static LocalDate parsePublished(String published) {
        if (published == null || published.isBlank()) {
            return null;
        }
        try {
            String p = published.strip();
            return p.length() == 7 ? LocalDate.parse(p + "-01") : p.length() == 4 ? LocalDate.parse(p + "-01-01")
                    : LocalDate.parse(p.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
