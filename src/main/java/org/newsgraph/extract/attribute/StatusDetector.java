package org.newsgraph.extract.attribute;

import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.model.Status;
import org.newsgraph.extract.RuleFile;
import org.newsgraph.extract.relation.Clauses;

/** Stage 6 (status): fact, reported, speculative or denied, from cue words in {@code import/rules/status.txt}. */
public final class StatusDetector {
    private final List<Pattern> denied;
    private final List<Pattern> speculative;
    private final List<Pattern> reported;
    private final List<Pattern> reportedSentence;
    private final List<Pattern> negation;
    private static final int CUE_REACH = 25;
    private static final Pattern COMPLEMENT = Pattern.compile("^(dass|daß|ob|wonach|nach denen|wie)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    public StatusDetector(RuleFile rules) {
        this.denied = rules.patterns("denied", true);
        this.speculative = rules.patterns("speculative", true);
        this.reported = rules.patterns("reported", true);
        this.reportedSentence = rules.patterns("reported-sentence", true);
        this.negation = rules.patterns("negation", true);
    }

    /** Status of a relation in clause {@code index} of a sentence cut into {@code clauses} (see status.txt). */
    public Status status(String sentence, List<int[]> clauses, int index) {
        return status(sentence, clauses, index, clauses.get(index)[1]);
    }

    /**
     * As above, but cues in the relation's own clause count only up to shortly after the relation
     * ({@code relationEnd}): in "Kims Reise erhärtete den Verdacht, dass …" the suspicion is about the
     * complement, not about the trip; "…, dass Nordkorea Munition geliefert haben soll" still counts.
     */
    public Status status(String sentence, List<int[]> clauses, int index, int relationEnd) {
        int[] own = clauses.get(index);
        String clause = text(sentence, own);
        Status s = statusOf(sentence.substring(own[0], Math.min(own[1], Math.max(own[0], relationEnd) + CUE_REACH)));
        if (s == Status.fact && index > 0 && COMPLEMENT.matcher(clause.strip()).find()) {
            s = statusOf(text(sentence, clauses.get(index - 1)));
        }
        if (s == Status.fact && any(reportedSentence, scope(sentence, clauses, index))) {
            s = Status.reported;
        }
        return s;
    }

    /** Status of a single clause (no context). */
    public Status status(String clause) {
        return status(clause, List.of(new int[] {0, clause.length()}), 0);
    }

    /** The relation's clause, the clauses before it, and speech tags after it ("…“, sagte Volker"). */
    private static String scope(String sentence, List<int[]> clauses, int index) {
        StringBuilder sb = new StringBuilder(sentence.substring(0, clauses.get(index)[1]));
        for (int k = index + 1; k < clauses.size(); k++) {
            if (Clauses.isSpeechTag(sentence, clauses.get(k))) {
                sb.append(' ').append(text(sentence, clauses.get(k)));
            }
        }
        return sb.toString();
    }

    private static String text(String sentence, int[] span) {
        return sentence.substring(span[0], span[1]);
    }

    private Status statusOf(String text) {
        if (any(denied, text)) {
            return Status.denied;
        }
        if (any(speculative, text)) {
            return Status.speculative;
        }
        if (any(reported, text)) {
            return Status.reported;
        }
        return Status.fact;
    }

    public boolean negated(String text) {
        return any(negation, text);
    }

    private static boolean any(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
