package org.newsgraph.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Derives from a trigger regex the literal word beginnings one of which must occur for it to match
 * ("\\b(besucht\\w*|Besuch)\\b" → besucht, besuch), so most rules skip most sentences without running the
 * regex. Returns null (always try the regex) when a branch has no literal start of three letters or more;
 * a rule can then give its own "hint:" line.
 */
final class TriggerHints {
    private TriggerHints() {
    }

    static List<String> of(String regex) {
        String r = regex.startsWith("\\b") ? regex.substring(2) : regex;
        if (r.startsWith("(?") && !r.startsWith("(?<")) {
            return null; // inline flags: leave it to the regex
        }
        if (r.startsWith("(") && !r.startsWith("(?")) {
            int close = matching(r, 0);
            if (close < 0) {
                return null;
            }
            r = r.substring(1, close);
        }
        List<String> out = new ArrayList<>();
        for (String branch : topLevelBranches(r)) {
            String literal = literalStart(stripLookarounds(branch));
            if (literal.length() < 3) {
                return null;
            }
            out.add(literal.toLowerCase(Locale.ROOT));
        }
        return out.isEmpty() ? null : out;
    }

    private static String stripLookarounds(String b) {
        while (b.startsWith("(?<!") || b.startsWith("(?<=") || b.startsWith("(?!") || b.startsWith("(?=")) {
            int close = matching(b, 0);
            if (close < 0) {
                return "";
            }
            b = b.substring(close + 1);
        }
        return b;
    }

    private static String literalStart(String b) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (Character.isLetter(c) || c == ' ' || c == '-') {
                char next = i + 1 < b.length() ? b.charAt(i + 1) : 0;
                if (next == '?' || next == '*' || next == '{') {
                    break; // an optional letter is not required
                }
                sb.append(c);
            } else {
                break;
            }
        }
        return sb.toString();
    }

    private static List<String> topLevelBranches(String r) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        boolean inClass = false;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (!inClass && c == '(') {
                depth++;
            } else if (!inClass && c == ')') {
                depth--;
            } else if (!inClass && c == '|' && depth == 0) {
                out.add(r.substring(start, i));
                start = i + 1;
            }
        }
        out.add(r.substring(start));
        return out;
    }

    private static int matching(String r, int open) {
        int depth = 0;
        for (int i = open; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
