package org.newsgraph.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.extract.nlp.Word;

/**
 * The backbone's words as the name index reads them: punctuation left out, a contraction split into two words
 * ("im" → "in dem") read as the one written word, a final dot dropped ("W." → "W"), so that gazetteer aliases
 * (cut by {@link Tokenizer}) and sentences meet. Mentions found on these tokens are moved back onto word indexes
 * by {@link #toWords}.
 */
public final class SentenceTokens {
    private SentenceTokens() {
    }

    public static List<Token> of(String sentence, List<Word> words) {
        List<Token> out = new ArrayList<>();
        int lastStart = -1;
        for (Word w : words) {
            if (w.start() == lastStart || w.text().chars().noneMatch(Character::isLetterOrDigit)) {
                continue;
            }
            lastStart = w.start();
            int end = w.end();
            String text = sentence.substring(w.start(), end);
            if (text.length() > 1 && text.endsWith(".")) {
                text = text.substring(0, text.length() - 1);
                end--;
            }
            out.add(new Token(text, text.toLowerCase(Locale.ROOT), w.start(), end, out.size()));
        }
        return out;
    }

    /** A mention found on tokens, placed on the words its characters cover. */
    public static Mention toWords(Mention m, List<Word> words) {
        int first = -1;
        int last = -1;
        for (Word w : words) {
            if (w.start() < m.end() && w.end() > m.start()) {
                first = first < 0 ? w.index() : first;
                last = w.index();
            }
        }
        return first < 0 ? m : m.atWords(first, last + 1);
    }

    public static List<Mention> toWords(List<Mention> mentions, List<Word> words) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(toWords(m, words));
        }
        return out;
    }
}
