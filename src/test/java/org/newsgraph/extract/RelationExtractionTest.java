package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.text.ArticleMeta;
import org.newsgraph.extract.text.SourceArticle;

/** Whole-pipeline checks on invented German sentences (not from the seed corpus). */
class RelationExtractionTest {
    private final Extractor extractor = new Extractor(Rules.get());

    private List<String> relations(String text) throws Exception {
        SourceArticle a = new SourceArticle("t.txt", text, new ArticleMeta(null, null, "2024-03-06", null, "de", null),
                "x", text.length());
        return extractor.extract(a).relations().stream()
                .map(r -> r.sourceId() + " " + r.type() + " " + r.targetId() + " " + r.status()).toList();
    }

    @Test
    void directionAndConverseVerbs() throws Exception {
        List<String> r = relations("Titel\nIran hat im Februar Drohnen und Munition an Russland geliefert. "
                + "Russland kauft bei Nordkorea Artilleriegranaten.");
        assertTrue(r.contains("iran SUPPLIED russia fact"), r.toString());
        assertTrue(r.contains("north_korea SUPPLIED russia fact"), r.toString());
    }

    @Test
    void symmetricMeetingsListsAndStatus() throws Exception {
        List<String> r = relations("Titel\nXi Jinping traf Wladimir Putin in Moskau. "
                + "Die USA, Japan und Südkorea haben ihr Militärbündnis gestärkt. "
                + "Laut Medienberichten soll Kim nach Wladiwostok reisen.");
        assertTrue(r.stream().anyMatch(x -> x.matches("(xi_jinping MET vladimir_putin|vladimir_putin MET xi_jinping) fact")), r.toString());
        assertTrue(r.stream().filter(x -> x.contains("ALLIED_WITH")).count() >= 3, r.toString());
        assertTrue(r.contains("kim_jong_un VISITED vladivostok reported"), r.toString());
    }

    @Test
    void negationsAndQuestionsAreNotAsserted() throws Exception {
        List<String> r = relations("Titel\nEin wahrer Alliierter ist China für Russland nicht. "
                + "Liefert Nordkorea bald Raketen an Russland?");
        assertTrue(r.isEmpty(), r.toString());
    }

    @Test
    void evidenceIsTheVerbatimSentence() throws Exception {
        String text = "Titel\nDer Kreml bestätigte das Treffen. Putin traf Kim Jong-un am Montag.";
        SourceArticle a = new SourceArticle("t.txt", text, new ArticleMeta(null, null, "2024-03-06", null, "de", null), "x", 1);
        Relation met = extractor.extract(a).relations().stream().filter(x -> x.type().equals("MET")).findFirst().orElseThrow();
        assertEquals("Putin traf Kim Jong-un am Montag.", met.evidence());
        assertEquals(met.evidence(), text.substring(met.start(), met.end()));
        assertEquals("2024-03-04", met.date());
    }
}
