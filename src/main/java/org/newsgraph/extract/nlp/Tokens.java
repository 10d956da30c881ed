package org.newsgraph.extract.nlp;

import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.newsgraph.extract.text.Language;

/** A sentence cut into words, not yet parsed; {@link Backbone#parse(Tokens)} parses it. */
public final class Tokens {
    final CoreMap sentence;
    final Language language;
    private final List<Word> words;

    Tokens(CoreMap sentence, Language language, List<Word> words) {
        this.sentence = sentence;
        this.language = language;
        this.words = words;
    }

    public List<Word> words() {
        return words;
    }
}
