package org.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.RuleFile;

/**
 * Stage 1: splits an article into blocks (one per non-empty line), drops page furniture, cuts credits and
 * scraper prefixes, and assigns zones (headline, lead, heading, body, caption). Offsets stay those of the
 * original text, so evidence is always a verbatim substring.
 */
public final class Cleaner {
    private static final int DROP_MAX_LENGTH = 300;
    private static final int HEADING_MAX_LENGTH = 100;

    private final List<LineRule> drop;
    private final List<LineRule> caption;
    private final List<Pattern> strip;

    public Cleaner(RuleFile rules) {
        this.drop = LineRule.of(rules.patterns("drop", true));
        this.caption = LineRule.of(rules.patterns("caption", true));
        this.strip = rules.patterns("strip", false);
    }

    public List<Block> blocks(String text) {
        return blocks(text, List.of());
    }

    /** As {@link #blocks(String)}; lines equal to one of {@code captions} (a web page's figure captions) are captions. */
    public List<Block> blocks(String text, List<String> captions) {
        List<int[]> lines = contentLines(text);
        List<Block> out = new ArrayList<>();
        boolean[] isCaption = new boolean[lines.size()];
        java.util.Set<String> known = new java.util.HashSet<>(captions);
        for (int i = 0; i < lines.size(); i++) {
            String line = slice(text, lines.get(i));
            isCaption[i] = known.contains(line.strip()) || matchesAny(caption, line);
        }
        boolean headlineDone = false;
        boolean leadDone = false;
        int paragraph = 0;
        for (int i = 0; i < lines.size(); i++) {
            int[] span = lines.get(i);
            String line = slice(text, span);
            boolean altText = i + 1 < lines.size() && isCaption[i + 1] && !endsSentence(line)
                    && line.length() <= DROP_MAX_LENGTH;
            String zone;
            if (isCaption[i] || altText) {
                zone = Block.CAPTION;
            } else if (!headlineDone) {
                zone = Block.HEADLINE;
                headlineDone = !isShortTitleLine(line) || (i + 1 < lines.size()
                        && !isShortTitleLine(slice(text, lines.get(i + 1))));
            } else if (!leadDone && line.length() < 400) {
                zone = looksLikeHeading(line) ? Block.HEADLINE : Block.LEAD;
                leadDone = zone.equals(Block.LEAD);
            } else {
                leadDone = true;
                zone = looksLikeHeading(line) ? Block.HEADING : Block.BODY;
            }
            int[] trimmed = applyStrip(text, span);
            if (trimmed[1] > trimmed[0]) {
                out.add(new Block(zone, trimmed[0], trimmed[1], paragraph++));
            }
        }
        return out;
    }

    /** Non-empty, non-dropped lines as [start, end) spans with surrounding white space trimmed. */
    private List<int[]> contentLines(String text) {
        List<int[]> out = new ArrayList<>();
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            int[] span = trim(text, pos, end);
            if (span[1] > span[0]) {
                String line = slice(text, span);
                boolean dropped = line.length() <= DROP_MAX_LENGTH && matchesAny(drop, line);
                if (!dropped) {
                    out.add(span);
                }
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return out;
    }

    private int[] applyStrip(String text, int[] span) {
        int start = span[0];
        int end = span[1];
        for (Pattern p : strip) {
            Matcher m = p.matcher(text).region(start, end);
            if (m.find()) {
                if (m.start() == start) {
                    start = m.end();
                } else if (m.end() == end) {
                    end = m.start();
                }
            }
        }
        return trim(text, start, end);
    }

    private static boolean matchesAny(List<LineRule> rules, String line) {
        for (LineRule r : rules) {
            if (r.test(line)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A whole-line rule. ".*X.*" is tested as "X occurs somewhere" (find), which answers the same without
     * backtracking over the whole line for every position.
     */
    record LineRule(Pattern pattern, boolean find) {
        static List<LineRule> of(List<Pattern> patterns) {
            List<LineRule> out = new ArrayList<>();
            for (Pattern p : patterns) {
                String r = p.pattern();
                if (r.startsWith(".*") && r.endsWith(".*") && !r.endsWith("\\.*") && r.length() > 4) {
                    out.add(new LineRule(Pattern.compile(r.substring(2, r.length() - 2), p.flags()), true));
                } else {
                    out.add(new LineRule(p, false));
                }
            }
            return out;
        }

        boolean test(String line) {
            return find ? pattern.matcher(line).find() : pattern.matcher(line).matches();
        }
    }

    static boolean endsSentence(String line) {
        String t = line.strip();
        return !t.isEmpty() && ".!?“”\"»«:".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private static boolean isShortTitleLine(String line) {
        return line.length() <= 60 && !endsSentence(line);
    }

    private static boolean looksLikeHeading(String line) {
        return line.length() <= HEADING_MAX_LENGTH && (!endsSentence(line) || line.endsWith("?"))
                && line.split("\\s+").length <= 14;
    }

    private static int[] trim(String text, int start, int end) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF';
    }

    private static String slice(String text, int[] span) {
        return text.substring(span[0], span[1]);
    }
}
