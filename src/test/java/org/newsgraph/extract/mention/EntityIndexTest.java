package org.newsgraph.extract.mention;

import org.newsgraph.extract.Rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.mention.EntityIndex;
import org.newsgraph.extract.mention.Mention;
import org.newsgraph.extract.mention.Tokenizer;

class EntityIndexTest {
    private final EntityIndex index = EntityIndex.of(Rules.get().gazetteer());

    private List<String> ids(String sentence) {
        return index.find(sentence, Tokenizer.tokens(sentence)).stream().map(Mention::entityId).toList();
    }

    @Test
    void aliasesAndTransliterations() {
        assertEquals(List.of("sergei_lavrov", "sergei_shoigu", "maria_zakharova", "pyongyang", "beijing", "vladivostok"),
                ids("Lawrow, Schojgu und Sacharowa reisten über Pjöngjang, Peking und Wladiwostok."));
    }

    @Test
    void genitivesHonorificsAndAdjectivesAreDerived() {
        assertEquals(List.of("vladimir_putin", "kim_jong_un", "north_korea"), ids("Putins Treffen mit Kim Jong-uns Nordkoreas Führung"));
        List<Mention> herr = index.find("Herrn Kim zufolge", Tokenizer.tokens("Herrn Kim zufolge"));
        assertEquals("Herrn Kim", herr.get(0).surface());
        assertEquals(List.of("russia", "north_korea", "china", "south_korea", "united_states"),
                ids("die russischen und nordkoreanische Soldaten, chinesische Firmen, südkoreanischen und amerikanischen Medien"));
        assertEquals(Mention.Kind.ADJECTIVE, index.find("russischen", Tokenizer.tokens("russischen")).get(0).kind());
        assertEquals(List.of("north_korea", "united_states"), ids("Gespräche mit Nordkoreanern und den Amerikanern"));
    }

    @Test
    void longestMatchWinsAndHyphenatedAdjectivePairsSplit() {
        assertEquals(List.of("ballistic_missiles"), ids("ballistische Raketen"));
        assertEquals(List.of("russian_army"), ids("die russische Armee"));
        assertEquals(List.of("russia", "north_korea"), ids("die russisch-nordkoreanische Freundschaft"));
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertEquals(List.of("united_states"), ids("Die USA und"));
        assertTrue(ids("let us go").isEmpty());
    }
}
