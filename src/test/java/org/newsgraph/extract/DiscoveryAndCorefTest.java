package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.mention.Coreference;
import org.newsgraph.extract.mention.Entity;
import org.newsgraph.extract.mention.EntityIndex;
import org.newsgraph.extract.mention.Mention;
import org.newsgraph.extract.mention.PersonDiscovery;
import org.newsgraph.extract.mention.Tokenizer;

class DiscoveryAndCorefTest {
    private final PersonDiscovery discovery = new PersonDiscovery(Rules.get().roles());

    private List<String> discover(EntityIndex index, String s) {
        return discovery.discover(s, Tokenizer.tokens(s), index).stream().map(Entity::name).toList();
    }

    @Test
    void discoversPeopleFromRolesSpeechAndHonorifics() {
        EntityIndex index = EntityIndex.of(Rules.get().gazetteer());
        assertEquals(List.of("Ramon Pacheco Pardo"),
                discover(index, "„Ich denke das“, sagt der Nordkorea-Experte Ramon Pacheco Pardo vom King's College."));
        assertEquals(List.of("Leif-Eric Easley"),
                discover(index, "Leif-Eric Easley, Professor für internationale Studien, sagte das."));
        assertEquals(List.of("Artjom Lukin"), discover(index, "Der Agentur sagte Artjom Lukin von der Universität:"));
        assertEquals(List.of("Lee"), discover(index, "„Das ist so“, sagte Herr Lee."));
        Entity pardo = index.entity("ramon_pacheco_pardo");
        assertNotNull(pardo);
        assertTrue(pardo.discovered());
        assertEquals("ramon_pacheco_pardo", index.find("Pardo glaubt", Tokenizer.tokens("Pardo glaubt")).get(0).entityId(),
                "a later short mention links to the discovered person");
        assertTrue(discover(index, "Sprecherin Maria Sacharowa sagte.").isEmpty(), "known people are not rediscovered");
    }

    @Test
    void pronounsAndGroupsResolveToRecentEntities() {
        EntityIndex index = EntityIndex.of(Rules.get().gazetteer());
        Coreference coref = new Coreference(index);
        String s1 = "Putin empfing Kim Jong-un in Wladiwostok.";
        coref.resolve(s1, Tokenizer.tokens(s1), index.find(s1, Tokenizer.tokens(s1)));
        String s2 = "Danach sprachen die beiden über Waffen.";
        List<Mention> m2 = coref.resolve(s2, Tokenizer.tokens(s2), index.find(s2, Tokenizer.tokens(s2)));
        assertEquals(List.of("vladimir_putin", "kim_jong_un"), m2.get(0).members());
        String s3 = "Russland und Nordkorea feiern. Die Beziehungen beider Länder seien stark.";
        coref.resolve(s3, Tokenizer.tokens(s3), index.find(s3, Tokenizer.tokens(s3)));
        String s4 = "Er lobte beide Länder.";
        List<Mention> m4 = coref.resolve(s4, Tokenizer.tokens(s4), index.find(s4, Tokenizer.tokens(s4)));
        assertEquals("kim_jong_un", m4.get(0).entityId(), "er → the last person");
        assertEquals(List.of("russia", "north_korea"), m4.get(1).members());
    }
}
