package org.newsgraph.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.Relation;

/**
 * Cuts a sentence into clauses at semicolons, colons, dashes and at commas that open a subordinate or new
 * main clause (", dass", ", weil", ", der", ", und die"…). Relation arguments are sought within one clause.
 */
public final class Clauses {
    private static final Pattern BOUNDARY = Pattern.compile(
            "\\s*[;:]\\s+|\\s+[–—-]\\s+|,\\s+(?=(dass|weil|als|wenn|ob|der|die|das|den|dem|deren|dessen|denen|wo|"
                    + "nachdem|obwohl|während|damit|um|sodass|denn|doch|aber|sondern|und|bevor|seit|indem|"
                    + "sagt|sagte|so|meint|erklärt|erklärte|teilte|schrieb|wie|was|worüber|mit denen|nach denen|in dem|in der|"
                    + "welche|welcher|welches|welchen|wonach|wobei|womit|wodurch|worauf|weshalb|wofür|die|um)\\b)"
                    + "|[«»„“\"]\\s*,?\\s*(?=(sagt|sagte|so|meint|erklärt|schrieb)\\b)"
            // a relative clause after a preposition: ", in denen …", ", mit dem …", ", für die …"
            + "|,\\s+(?=(in|mit|von|für|auf|an|bei|aus|nach|über|unter|zu|gegen|durch|um|wegen)\\s+"
            + "(dem|der|denen|den|die|das|deren|dessen|welche\\w*)\\b)"
            // a comma before a finite auxiliary or modal: the main clause resumes after a relative clause
            + "|,\\s+(?=(will|wollen|wollte|hat|haben|hatte|ist|sind|war|waren|wird|werden|wurde|kann|können|konnte|"
            + "soll|sollen|muss|müssen|dürfte|könnte|möchte)\\b)",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** A clause that is a speech tag: "…“, sagte Volker", "…, meint der Experte". */
    private static final Pattern SPEECH_TAG = Pattern.compile(
            "^\\W*(sagt|sagte|sagten|meint|meinte|so|erklärt|erklärte|schrieb|betonte)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);

    private Clauses() {
    }

    public static boolean isSpeechTag(String sentence, int[] clause) {
        return SPEECH_TAG.matcher(sentence.substring(clause[0], clause[1])).find();
    }

    /** Clause spans [start, end) in sentence-relative offsets, in order, covering the sentence. */
    /** A sentence that opens with a subordinate clause ("Als die Sowjetunion zerfallen war, wandte sich …"). */
    private static final Pattern OPENING_SUBCLAUSE = Pattern.compile(
            "^\\W*(Als|Wenn|Nachdem|Weil|Obwohl|Während|Da|Bevor|Seit|Seitdem|Sobald|Damit|Indem|Falls|Obgleich)\\b[^,]*,\\s*",
            Pattern.UNICODE_CHARACTER_CLASS);

    public static List<int[]> spans(String sentence) {
        List<int[]> out = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(sentence);
        int start = 0;
        Matcher opening = OPENING_SUBCLAUSE.matcher(sentence);
        if (opening.find()) {
            int comma = sentence.lastIndexOf(',', opening.end() - 1);
            out.add(new int[] {0, comma});
            start = opening.end();
            m.region(start, sentence.length());
        }
        while (m.find()) {
            if (m.start() > start) {
                out.add(new int[] {start, m.start()});
            }
            start = m.end();
        }
        if (start < sentence.length()) {
            out.add(new int[] {start, sentence.length()});
        }
        return out;
    }

    public static int[] around(List<int[]> spans, int offset) {
        for (int[] s : spans) {
            if (offset >= s[0] && offset < s[1]) {
                return s;
            }
        }
        return spans.isEmpty() ? new int[] {0, 0} : spans.get(spans.size() - 1);
    }
}
