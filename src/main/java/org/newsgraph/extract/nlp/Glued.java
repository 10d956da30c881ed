package org.newsgraph.extract.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scraped pages often lose the space between a kicker and its headline ("Neue PartnerschaftKim reist …"). A
 * lower-case letter followed by a capitalised word inside one token is such a seam (German and English words
 * have none; brand names like "iPhone" start lower-case and are left alone): the token is cut there.
 */
final class Glued {
    private static final Pattern SEAM = Pattern.compile("^(\\p{Lu}\\p{Ll}{2,})(\\p{Lu}\\p{Ll}{2,})$");

    private Glued() {
    }

    static List<CoreLabel> split(List<CoreLabel> tokens) {
        List<CoreLabel> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            Matcher m = SEAM.matcher(t.word());
            if (!m.matches() || t.endPosition() - t.beginPosition() != t.word().length()) {
                if (out != null) {
                    out.add(t);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            int cut = m.end(1);
            out.add(part(t, 0, cut));
            out.add(part(t, cut, t.word().length()));
        }
        if (out == null) {
            return tokens;
        }
        for (int i = 0; i < out.size(); i++) {
            out.get(i).setIndex(i + 1);
        }
        return out;
    }

    private static CoreLabel part(CoreLabel t, int from, int to) {
        CoreLabel c = new CoreLabel(t);
        String w = t.word().substring(from, to);
        c.setWord(w);
        c.setValue(w);
        c.setOriginalText(w);
        c.setBeginPosition(t.beginPosition() + from);
        c.setEndPosition(t.beginPosition() + to);
        c.setAfter(to == t.word().length() ? t.after() : "");
        c.setBefore(from == 0 ? t.before() : "");
        return c;
    }
}
