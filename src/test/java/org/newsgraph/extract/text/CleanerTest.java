package org.newsgraph.extract.text;

import org.newsgraph.extract.Rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CleanerTest {
    private final Cleaner cleaner = new Cleaner(Rules.get().boilerplate());

    private List<String> texts(String article) {
        return cleaner.blocks(article).stream().map(b -> article.substring(b.start(), b.end())).toList();
    }

    @Test
    void dropsPageFurnitureButKeepsContent() {
        String a = """
                Ihr Browser ist veraltet. Bitte aktualisieren Sie Ihren Browser auf die neueste Version.
                Zum Hauptinhalt springen
                Moskau sucht Partner
                  1. Startseite
                  2. Politik
                KommentareDrucken
                Jetzt abonnieren und von der Vorlesefunktion profitieren.
                Der Kreml hat am Montag ein Treffen bestätigt. Es soll in Wladiwostok stattfinden.
                Fehler gefunden?Jetzt melden.
                Leave a Reply
                Von Anna Muster, Berlin
                Auch interessant
                """;
        List<String> kept = texts(a);
        assertEquals(List.of("Moskau sucht Partner",
                "Der Kreml hat am Montag ein Treffen bestätigt. Es soll in Wladiwostok stattfinden."), kept);
    }

    @Test
    void captionsAreKeptAsCaptionZoneWithCreditsCut() {
        String a = """
                Titel der Seite
                Ein langer Absatz, der den Artikel beginnt und mehr als nur ein paar Worte enthält, damit er Text ist.
                Putin steht vor einer roten Wand
                Putin in Pjöngjang: Verkauft Nordkorea ihm Waffen? ©\u00a0Jane Doe/POOL/Imago
                epa10926878 A handout photo shows Sergei Lavrov in Pyongyang, 19 October 2023.  EPA/FOREIGN MINISTRY HANDOUT
                """;
        List<Block> blocks = cleaner.blocks(a);
        Block caption = blocks.get(3);
        assertEquals(Block.CAPTION, caption.zone());
        assertEquals("Putin in Pjöngjang: Verkauft Nordkorea ihm Waffen?", a.substring(caption.start(), caption.end()));
        assertEquals(Block.CAPTION, blocks.get(2).zone(), "alt text above a caption");
        String epa = a.substring(blocks.get(4).start(), blocks.get(4).end());
        assertEquals("A handout photo shows Sergei Lavrov in Pyongyang, 19 October 2023.", epa);
        assertEquals(Block.HEADLINE, blocks.get(0).zone());
    }

    @Test
    void scraperPrefixIsCut() {
        String a = " date 2023-09 Vor der Vollversammlung versucht die Welt zu verstehen, was geschieht.\n";
        List<String> kept = texts(a);
        assertEquals("Vor der Vollversammlung versucht die Welt zu verstehen, was geschieht.", kept.get(0));
        assertFalse(kept.get(0).contains("date"));
        assertTrue(cleaner.blocks("\n\n").isEmpty());
    }
}
