package org.newsgraph.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parses on disk come back exactly as they went in; a damaged entry is a miss, a disk that refuses is no error. */
class ParseStoreTest {
    @TempDir
    Path dir;

    static Parse sample() {
        List<Word> words = List.of(
                new Word(0, "Putin", "putin", "PROPN", "PERSON", "", 0, 5),
                new Word(1, "traf", "treffen", "VERB", "O", "VER:3:SIN:PRT", 6, 10),
                new Word(2, "a\tb\\c\nd", "x", "X", "O", "", 11, 18));
        Dependencies deps = new Dependencies(3);
        deps.root(1);
        deps.add(1, 0, "nsubj");
        deps.add(1, 2, "obj");
        deps.add(0, 2, "nmod:mit"); // a second head, as enhanced graphs give
        return new Parse(words, deps);
    }

    @Test
    void aParseComesBackAsItWent() {
        Parse p = sample().copy();
        Parse back = ParseStore.ParseText.read(ParseStore.ParseText.write(p));
        assertEquals(p.words(), back.words());
        assertEquals(p.deps().roots(), back.deps().roots());
        for (int i = 0; i < p.size(); i++) {
            assertEquals(p.deps().heads(i), back.deps().heads(i), "heads of word " + i + " in their order");
            assertEquals(p.deps().children(i), back.deps().children(i));
        }
        assertEquals(ParseStore.ParseText.write(p), ParseStore.ParseText.write(back));
    }

    @Test
    void keptParsesAreFoundDamagedOnesAreMisses() throws Exception {
        ParseStore store = new ParseStore(dir);
        assertNull(store.get("de\u0000Putin traf Kim."));
        store.put("de\u0000Putin traf Kim.", sample());
        assertEquals(sample().words(), store.get("de\u0000Putin traf Kim.").words());
        assertNull(store.get("en\u0000Putin traf Kim."), "the language is part of the key");

        Files.writeString(store.file("de\u0000Putin traf Kim."), "W\tonly\ttwo\n");
        assertNull(store.get("de\u0000Putin traf Kim."), "a damaged entry is parsed again");
    }

    @Test
    void aStoreThatCannotBeWrittenIsNoError() throws Exception {
        Path blocked = Files.writeString(dir.resolve("a-file"), "not a folder");
        ParseStore store = new ParseStore(blocked);
        store.put("de\u0000x", sample());
        assertNull(store.get("de\u0000x"));
    }

}
