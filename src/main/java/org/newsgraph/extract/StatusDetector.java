package org.newsgraph.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.model.Status;

/** Stage 6 (status): fact, reported, speculative or denied, from cue words in {@code import/rules/status.txt}. */
public final class StatusDetector {
    private final List<Pattern> denied;
    private final List<Pattern> speculative;
    private final List<Pattern> reported;
    private final List<Pattern> negation;

    public StatusDetector(RuleFile rules) {
        this.denied = rules.patterns("denied", true);
        this.speculative = rules.patterns("speculative", true);
        this.reported = rules.patterns("reported", true);
        this.negation = rules.patterns("negation", true);
    }

    public Status status(String clause, String sentence) {
        Status s = statusOf(clause);
        return s != Status.fact ? s : statusOf(sentence);
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
