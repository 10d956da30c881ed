package org.newsgraph.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a sentence into words: letters and digits, with inner hyphens, apostrophes and dots kept ("Kim Jong-un", "King‘s", "V."). */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                i++;
                while (i < n) {
                    char d = s.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        i++;
                    } else if ((d == '-' || d == '\'' || d == '’' || d == '‘' || d == '.') && i + 1 < n
                            && Character.isLetterOrDigit(s.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                String text = s.substring(start, i);
                out.add(new Token(text, text.toLowerCase(Locale.ROOT), start, i, out.size()));
            } else {
                i++;
            }
        }
        return out;
    }
}
