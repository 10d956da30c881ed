package org.newsgraph.extract.relation;

import org.newsgraph.extract.nlp.Parse;
import org.newsgraph.extract.score.Lexicon;

/** What the wide net's readers share for one sentence: its grammar, parties, paths and the lexicon. */
record NetSentence(Grammar grammar, Arguments args, Paths paths, Lexicon lexicon) {
    Parse parse() {
        return grammar.parse();
    }
}
