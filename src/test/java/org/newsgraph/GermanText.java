package org.newsgraph;

import java.util.List;
import java.util.Random;

/**
 * Varied German news sentences about the gazetteer's people and countries, made up at random: a bulk text as large
 * as a test needs, different on every run, so no parse kept from an earlier run makes it cheap.
 */
public final class GermanText {
    private static final List<String> PEOPLE = List.of("Wladimir Putin", "Kim Jong-un", "Sergei Lawrow", "Choe Son-hui",
            "Sergei Schoigu", "Xi Jinping", "Antony Blinken", "Wolodymyr Selenskyj");
    private static final List<String> COUNTRIES = List.of("Russland", "Nordkorea", "China", "Südkorea", "Japan", "Iran",
            "die Ukraine", "die USA");
    private static final List<String> PLACES = List.of("Pjöngjang", "Moskau", "Peking", "Seoul", "Wladiwostok", "Tokio");
    private static final List<String> DAYS = List.of("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag");
    private static final List<String> GOODS = List.of("Granaten", "Raketen", "Drohnen", "Öl", "Munition", "Panzer");
    private static final List<String> TEMPLATES = List.of(
            "%1$s traf am %3$s in %4$s mit %2$s zusammen, berichteten Agenturen im Jahr %7$d.",
            "Nach Angaben aus %4$s lieferte %5$s im Jahr %7$d rund %8$d %9$s an %6$s.",
            "%1$s besuchte am %3$s %4$s und sprach dort mit %2$s über %8$d neue Verträge.",
            "%5$s kritisierte am %3$s die Lieferung von %8$d %9$s durch %6$s scharf.",
            "Am %3$s unterzeichneten %1$s und %2$s in %4$s ein Abkommen über %9$s im Wert von %8$d Millionen.",
            "%1$s bestritt am %3$s, dass %5$s im Jahr %7$d %9$s an %6$s geliefert habe.");

    private GermanText() {
    }

    /** About {@code sentences} sentences in paragraphs of ten, after a headline; {@code seed} picks the words. */
    public static String article(int sentences, long seed) {
        Random r = new Random(seed);
        StringBuilder out = new StringBuilder("Ein langer Bericht über Treffen und Lieferungen\n\n");
        for (int i = 1; i <= sentences; i++) {
            out.append(String.format(pick(r, TEMPLATES), pick(r, PEOPLE), pick(r, PEOPLE), pick(r, DAYS), pick(r, PLACES),
                    pick(r, COUNTRIES), pick(r, COUNTRIES), 1950 + r.nextInt(75), 2 + r.nextInt(9998), pick(r, GOODS)));
            out.append(i % 10 == 0 ? "\n\n" : " ");
        }
        return out.toString();
    }

    private static String pick(Random r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }
}
