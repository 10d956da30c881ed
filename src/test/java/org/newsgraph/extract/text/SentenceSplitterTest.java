package org.newsgraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private List<String> split(String text) {
        List<Block> blocks = List.of(new Block(Block.BODY, 0, text.length(), 0));
        List<Sentence> s = new SentenceSplitter().split(text, blocks);
        s.forEach(x -> assertEquals(x.text(), text.substring(x.start(), x.end()), "offsets are verbatim"));
        return s.stream().map(Sentence::text).toList();
    }

    @Test
    void datesOrdinalsAndAbbreviationsDoNotEndSentences() {
        assertEquals(List.of("Die Parteidiktatur feierte ihre Gründung am 9. September 1948 in Pjöngjang.",
                        "Das war z. B. ein Anlass für Prof. Lee."),
                split("Die Parteidiktatur feierte ihre Gründung am 9. September 1948 in Pjöngjang. Das war z. B. ein Anlass für Prof. Lee."));
    }

    @Test
    void initialsAndQuotesAreHandled() {
        assertEquals(List.of("Er sprach mit Präsident Wladimir V. Putin.", "„Wir kommen wieder“, sagte Kim.",
                        "«Ist das so?» fragte er."),
                split("Er sprach mit Präsident Wladimir V. Putin. „Wir kommen wieder“, sagte Kim. «Ist das so?» fragte er."));
    }

    @Test
    void quoteAfterFinalMarkBelongsToTheSentence() {
        List<String> s = split("Er sagte: „Das ist falsch.“ Danach ging er.");
        assertEquals(List.of("Er sagte: „Das ist falsch.“", "Danach ging er."), s);
    }

    @Test
    void headlineWithoutPunctuationIsOneSentenceAndQuestionsAreMarked() {
        String text = "Kim reist nach Russland";
        assertEquals(List.of(text), split(text));
        Sentence q = new Sentence(0, "Schickt Kim bald Waffen?", 0, 24, Block.BODY, 0);
        assertTrue(q.isQuestion());
    }
}
