package org.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Stage 2: splits blocks into sentences, robust to German abbreviations ("z. B.", "Prof."), ordinals and
 * dates ("9. September 1948"), initials ("Wladimir V."), closing quotes after the final mark ("…“", "…»")
 * and headlines without final punctuation (a block always ends a sentence).
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "z", "b", "bzw", "ca", "dr", "prof", "nr", "vgl", "usw", "etc", "u", "a", "st", "mio", "mrd", "jh",
            "sog", "inkl", "evtl", "ggf", "d", "h", "s", "z.b", "u.a", "v", "chr", "mr", "mrs", "ms", "jr", "sr",
            "abs", "art", "dt", "engl", "frz", "gen", "hrsg", "min", "max", "tel", "str", "okt", "sept",
            "jan", "feb", "apr", "aug", "nov", "dez", "co", "vs", "bspw", "zb", "resp");
    private static final Set<String> MONTHS = Set.of(
            "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
            "oktober", "november", "dezember", "january", "february", "march", "june", "july", "october",
            "december", "jahrhundert", "jahrhunderts", "mal", "platz", "stelle", "jahrestag", "geburtstag");
    private static final String CLOSERS = "“”\"»«’')]";

    public List<Sentence> split(String text, List<Block> blocks) {
        List<Sentence> out = new ArrayList<>();
        for (Block b : blocks) {
            int start = b.start();
            int i = b.start();
            while (i < b.end()) {
                char c = text.charAt(i);
                if (c == '.' || c == '!' || c == '?') {
                    int end = i + 1;
                    while (end < b.end() && (text.charAt(end) == '.' || text.charAt(end) == '!'
                            || text.charAt(end) == '?' || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
                        end++;
                    }
                    if (isBoundary(text, start, i, end, b.end())) {
                        add(out, text, start, end, b);
                        start = skipSpace(text, end, b.end());
                        i = start;
                        continue;
                    }
                    i = end;
                    continue;
                }
                i++;
            }
            if (start < b.end()) {
                add(out, text, start, b.end(), b);
            }
        }
        return out;
    }

    private static void add(List<Sentence> out, String text, int start, int end, Block b) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(out.size(), text.substring(start, end), start, end, b.zone(), b.paragraph()));
        }
    }

    private static boolean isBoundary(String text, int sentenceStart, int mark, int after, int blockEnd) {
        if (after >= blockEnd) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(after)) && text.charAt(after) != '\u00A0') {
            return false;
        }
        int next = skipSpace(text, after, blockEnd);
        if (next >= blockEnd) {
            return true;
        }
        char nc = text.charAt(next);
        boolean nextStartsSentence = Character.isUpperCase(nc) || Character.isDigit(nc) || "„“\"«»'(".indexOf(nc) >= 0;
        if (!nextStartsSentence) {
            return false;
        }
        if (text.charAt(mark) != '.') {
            return true;
        }
        String prev = previousToken(text, sentenceStart, mark);
        if (prev.isEmpty()) {
            return true;
        }
        String lower = prev.toLowerCase();
        if (ABBREVIATIONS.contains(lower) || (prev.length() == 1 && Character.isUpperCase(prev.charAt(0)))) {
            return false;
        }
        if (prev.chars().allMatch(Character::isDigit) && prev.length() <= 2) {
            String word = nextWord(text, next, blockEnd).toLowerCase();
            return !MONTHS.contains(word);
        }
        return true;
    }

    private static String previousToken(String text, int from, int mark) {
        int i = mark;
        while (i > from && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
            i--;
        }
        return text.substring(i, mark);
    }

    private static String nextWord(String text, int from, int end) {
        int i = from;
        while (i < end && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(from, i);
    }

    private static int skipSpace(String text, int i, int end) {
        while (i < end && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0')) {
            i++;
        }
        return i;
    }
}
