package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an article's text into the blocks a reader shows: its non-blank lines (white space around them trimmed), the
 * lines a sentence runs across joined into one, each block with the sentences that lie in it. Text no sentence covers
 * (page furniture the cleaner dropped, the rest past the import budget) stays in its block, read by no one.
 */
final class ArticleBlocks {
    private ArticleBlocks() {
    }

    /** {@code sentences} each inside [0, text.length()] (an offset past the text is clamped to it). */
    static List<ReaderQueries.Block> of(String text, List<ReaderQueries.SentenceView> given) {
        List<ReaderQueries.SentenceView> sentences = given.stream()
                .filter(s -> s.start() >= 0 && s.start() < s.end() && s.end() <= text.length())
                .sorted(java.util.Comparator.comparingInt(ReaderQueries.SentenceView::start)).toList();
        List<int[]> lines = lines(text);
        for (ReaderQueries.SentenceView s : sentences) {
            join(lines, s.start(), s.end());
        }
        List<ReaderQueries.Block> out = new ArrayList<>();
        int next = 0;
        for (int[] line : lines) {
            List<ReaderQueries.SentenceView> in = new ArrayList<>();
            while (next < sentences.size() && sentences.get(next).start() < line[1]) {
                ReaderQueries.SentenceView s = sentences.get(next++);
                if (s.start() >= line[0]) {
                    in.add(s); // a sentence outside every line (only blanks: never made by the splitter) is left out
                }
            }
            out.add(new ReaderQueries.Block(line[0], line[1], text.substring(line[0], line[1]), in));
        }
        return out;
    }

    /** [start, end) of each non-blank line, trimmed of white space. */
    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int at = 0;
        while (at <= text.length()) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl;
            int s = at;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new int[] {s, e});
            }
            if (nl < 0) {
                break;
            }
            at = nl + 1;
        }
        return out;
    }

    /** Joins the lines [start, end) overlaps into one (a sentence across a line break stays in one block). */
    private static void join(List<int[]> lines, int start, int end) {
        int lo = 0;
        int hi = lines.size();
        while (lo < hi) { // the first line that ends after start
            int mid = (lo + hi) >>> 1;
            if (lines.get(mid)[1] <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int first = lo;
        int last = first - 1;
        while (last + 1 < lines.size() && lines.get(last + 1)[0] < end) {
            last++;
        }
        if (last < first) {
            return;
        }
        int[] merged = {Math.min(lines.get(first)[0], start), Math.max(lines.get(last)[1], end)};
        for (int i = last; i >= first; i--) {
            lines.remove(i);
        }
        lines.add(first, merged);
    }
}
