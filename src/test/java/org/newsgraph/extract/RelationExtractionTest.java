package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.text.Language;
import org.newsgraph.model.RelationType;
import org.newsgraph.model.Status;

/** Whole-pipeline checks on invented sentences (not from the seeds or the development set). */
class RelationExtractionTest {

    private static List<String> de(String text) throws Exception {
        return Sentences.triples("Titel\n" + text, Language.de);
    }

    @Test
    void argumentOrderComesFromSyntaxNotFromWordOrder() throws Exception {
        // passives name the doer last: "von Nordkorea" is the supplier, "Russland" the receiver
        List<String> r = de("Russland wird von Nordkorea mit Granaten beliefert. Von Putin wurde Xi Jinping empfangen.");
        assertTrue(r.contains("north_korea SUPPLIED russia fact"), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.startsWith("vladimir_putin MET xi_jinping") || x.startsWith("xi_jinping MET vladimir_putin")), r.toString());
    }

    @Test
    void listsAndControlVerbsDistributeThroughTheParse() throws Exception {
        List<String> r = de("Die USA und Japan versuchten, neue Sanktionen gegen Nordkorea zu verhängen.");
        assertTrue(r.contains("united_states SANCTIONED north_korea speculative") || r.contains("united_states SANCTIONED north_korea fact"), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.startsWith("japan SANCTIONED north_korea")), r.toString());
    }

    @Test
    void statusFromSpeechModalsAndSubjunctive() throws Exception {
        List<String> r = de("Washington meldete, dass Nordkorea Raketen an Russland geliefert habe. "
                + "Experten erwarten, dass Kim Jong-un bald Putin trifft. "
                + "Laut Medienberichten soll Lawrow nach Pjöngjang reisen.");
        assertTrue(r.contains("north_korea SUPPLIED russia reported"), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.contains(" MET ") && x.endsWith("speculative")), r.toString());
        assertTrue(r.contains("sergei_lavrov VISITED pyongyang reported"), r.toString());
        Relation supply = Sentences.relations("Titel\nWashington meldete, dass Nordkorea Raketen an Russland geliefert habe.",
                Language.de).stream().filter(x -> x.type() == RelationType.SUPPLIED).findFirst().orElseThrow();
        assertEquals("united_states", supply.attributedToId(), "attributed to the speaker");
    }

    @Test
    void denialsGiveADeniedRelationAndADeniedFact() throws Exception {
        List<String> r = de("Russland bestreitet die Lieferung von Panzerabwehrraketen an Nordkorea.");
        assertTrue(r.contains("russia DENIED north_korea fact"), r.toString());
        assertTrue(r.contains("russia SUPPLIED north_korea denied"), r.toString());
    }

    @Test
    void negationsAreDeniedAndQuestionsNotAsserted() throws Exception {
        List<String> r = de("Xi Jinping traf Putin nicht. Liefert Nordkorea bald Raketen an Russland?");
        assertEquals(List.of("xi_jinping MET vladimir_putin denied"), r, "the author's negation is kept as denied");
    }

    @Test
    void coreferenceCarriesPartiesAcrossSentences() throws Exception {
        List<String> r = de("Kim Jong-un kam am Dienstag in Wladiwostok an. Dort traf er Putin. "
                + "Russland und China schweigen. Beide Länder haben ein Abkommen unterzeichnet.");
        assertTrue(r.stream().anyMatch(x -> x.matches("(kim_jong_un MET vladimir_putin|vladimir_putin MET kim_jong_un) fact")), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.matches("(russia SIGNED china|china SIGNED russia) fact")), r.toString());
    }

    @Test
    void anImplicitCounterpartIsTheArticlesOtherState() throws Exception {
        List<String> r = de("Nordkorea testet neue Raketen. Nordkorea rüstet auf. Putin will offenbar Munition.");
        assertTrue(r.contains("vladimir_putin WANTS north_korea reported"), r.toString());
        List<String> none = de("Japan und China streiten. Putin will offenbar Munition.");
        assertTrue(none.stream().noneMatch(x -> x.contains(" WANTS ")), "no clear counterpart, no relation: " + none);
    }

    @Test
    void unknownNamesBecomeDiscoveredEntitiesWithStableIds() throws Exception {
        List<Relation> r = Sentences.relations("Titel\nDer Außenminister Jonas Gahr Lindqvist traf am Montag Xi Jinping.",
                Language.de);
        Relation met = r.stream().filter(x -> x.type() == RelationType.MET).findFirst().orElseThrow(() -> new AssertionError(r));
        String other = met.sourceId().equals("xi_jinping") ? met.targetId() : met.sourceId();
        assertEquals("jonas_gahr_lindqvist", other);
    }

    @Test
    void evidenceIsTheVerbatimSentenceWithDatePlaceAndRule() throws Exception {
        String text = "Titel\nDer Kreml bestätigte das Treffen. Putin traf Kim Jong-un am Montag in Moskau.";
        Relation met = Sentences.extractor().extract(Sentences.article(text, Language.de)).relations().stream()
                .filter(x -> x.type() == RelationType.MET).findFirst().orElseThrow();
        assertEquals("Putin traf Kim Jong-un am Montag in Moskau.", met.evidence().text());
        assertEquals(met.evidence().text(), text.substring(met.evidence().start(), met.evidence().end()));
        assertEquals("2024-03-04", met.date());
        assertEquals("moscow", met.placeId());
        assertEquals(Status.fact, met.status());
        assertNotNull(met.rule());
        assertTrue(met.rule().startsWith("relations-de.txt:"), met.rule());
    }

    @Test
    void englishArticlesAreReadWithEnglishRules() throws Exception {
        List<String> r = Sentences.triples("Title\nNorth Korea has sent artillery shells to Russia, officials said. "
                + "Vladimir Putin met Kim Jong Un in Pyongyang on Wednesday.", Language.en);
        assertTrue(r.contains("north_korea SUPPLIED russia reported"), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.matches("(vladimir_putin MET kim_jong_un|kim_jong_un MET vladimir_putin) fact")), r.toString());
    }
}
