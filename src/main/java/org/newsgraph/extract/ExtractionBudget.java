package org.newsgraph.extract;

/**
 * How much of one article the extractor reads at most: its first {@code maxSentences} sentences, and no sentence
 * after the one that brought its claims to {@code maxClaims}. A news article stays far below both; a pasted book or
 * a scraped archive page does not, and one such text would otherwise hold the import for many minutes and its
 * claims one transaction's worth of memory. What is cut is said in the import report.
 */
public record ExtractionBudget(int maxSentences, int maxClaims) {
    /** The system properties {@code newsgraph.import.maxSentences} (2,000) and {@code newsgraph.import.maxClaims} (1,000). */
    public static ExtractionBudget configured() {
        return new ExtractionBudget(Integer.getInteger("newsgraph.import.maxSentences", 2_000),
                Integer.getInteger("newsgraph.import.maxClaims", 1_000));
    }

    /** The words for an article cut short: "cut at 2,000 sentences of 10,600". */
    String sentencesCut(int of) {
        return String.format(java.util.Locale.ROOT, "cut at %,d sentences of %,d (-Dnewsgraph.import.maxSentences)",
                maxSentences, of);
    }

    /** The words for an article whose claims reached the budget: "cut at 1,000 claims, after sentence 812 of 10,600". */
    String claimsCut(int read, int of) {
        return String.format(java.util.Locale.ROOT, "cut at %,d claims, after sentence %,d of %,d (-Dnewsgraph.import.maxClaims)",
                maxClaims, read, of);
    }
}
