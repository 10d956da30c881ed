package org.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader's blocks: a text's lines, trimmed; the lines one sentence runs across joined; unread text kept. */
class ArticleBlocksTest {
    private static ReaderQueries.SentenceView sentence(String text, String whole, int index) {
        int start = text.indexOf(whole);
        return new ReaderQueries.SentenceView("a#s" + index, index, start, start + whole.length(), "body", List.of(), List.of());
    }

    @Test
    void linesAreBlocksAndASentenceAcrossALineBreakJoinsThem() {
        String text = "Zum Hauptinhalt springen\n\n  Kim trifft Putin  \nDer Machthaber reiste\nnach Wladiwostok. Dort sprachen sie.\n\n";
        List<ReaderQueries.SentenceView> sentences = List.of(sentence(text, "Kim trifft Putin", 0),
                sentence(text, "Dort sprachen sie.", 2), sentence(text, "Der Machthaber reiste\nnach Wladiwostok.", 1));
        List<ReaderQueries.Block> blocks = ArticleBlocks.of(text, sentences);
        assertEquals(List.of("Zum Hauptinhalt springen", "Kim trifft Putin",
                "Der Machthaber reiste\nnach Wladiwostok. Dort sprachen sie."), blocks.stream().map(ReaderQueries.Block::text).toList());
        assertEquals(List.of(), blocks.get(0).sentences(), "page furniture: in no sentence, still shown");
        assertEquals(List.of(0), blocks.get(1).sentences().stream().map(ReaderQueries.SentenceView::index).toList());
        assertEquals(List.of(1, 2), blocks.get(2).sentences().stream().map(ReaderQueries.SentenceView::index).toList(),
                "in text order");
        for (ReaderQueries.Block b : blocks) {
            assertEquals(text.substring(b.start(), b.end()), b.text());
        }
    }

    @Test
    void offsetsOutsideTheTextAreLeftOut() {
        String text = "Eins.\nZwei.";
        List<ReaderQueries.Block> blocks = ArticleBlocks.of(text, List.of(
                new ReaderQueries.SentenceView("a#s0", 0, 0, 5, "body", List.of(), List.of()),
                new ReaderQueries.SentenceView("a#s1", 1, 6, 40, "body", List.of(), List.of())));
        assertEquals(2, blocks.size());
        assertEquals(1, blocks.get(0).sentences().size());
        assertEquals(0, blocks.get(1).sentences().size());
        assertEquals(List.of(), ArticleBlocks.of("", List.of()));
    }
}
