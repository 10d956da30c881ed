package org.newsgraph.extract.text;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The languages the extractor reads, and how a text's language is told: the share of each language's
 * commonest function words among its words. News prose has 15–25 % of its own language's and almost none of
 * the other's; French, Spanish or Russian text has little of either. Short texts (under 40 words) are German
 * unless English function words clearly outnumber German ones.
 */
public enum Language {
    de(Set.of("der", "die", "das", "und", "den", "dem", "des", "ist", "nicht", "mit", "von", "zu", "sich", "auf", "in",
            "für", "im", "ein", "eine", "einen", "einer", "auch", "als", "nach", "bei", "sie", "er", "es", "wie",
            "wird", "hat", "sind", "wurde", "dass", "zum", "zur", "über", "aus", "noch")),
    en(Set.of("the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "as", "was", "by", "at", "from",
            "it", "be", "has", "have", "are", "this", "which", "were", "had", "its", "but", "not", "their",
            "they", "he", "said", "would", "will", "been", "than", "after", "about", "who"));

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    static final int MIN_WORDS = 40;
    static final double MIN_SHARE = 0.05;

    private final Set<String> functionWords;

    Language(Set<String> functionWords) {
        this.functionWords = functionWords;
    }

    /** Shares of German and English function words among the first 5,000 words, and the word count. */
    public record Shares(double de, double en, int words) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f %% German, %.0f %% English function words", 100 * de, 100 * en);
        }
    }

    public static Shares shares(String text) {
        Matcher m = WORD.matcher(text);
        int words = 0;
        int german = 0;
        int english = 0;
        while (m.find() && words < 5000) {
            words++;
            String w = m.group().toLowerCase(Locale.ROOT);
            german += de.functionWords.contains(w) ? 1 : 0;
            english += en.functionWords.contains(w) ? 1 : 0;
        }
        return words == 0 ? new Shares(0, 0, 0) : new Shares((double) german / words, (double) english / words, words);
    }

    /** The language of a text, or empty when it is neither German nor English. */
    public static Optional<Language> detect(String text) {
        Shares s = shares(text);
        if (s.words() < MIN_WORDS) {
            return Optional.of(s.en() > 2 * s.de() && s.en() * s.words() >= 2 ? en : de); // short: German unless clearly not
        }
        if (Math.max(s.de(), s.en()) < MIN_SHARE) {
            return Optional.empty();
        }
        return Optional.of(s.en() > s.de() ? en : de);
    }

    /**
     * The language of one sentence of an article in {@code article}'s language: a sentence of six or more words
     * with clearly more English than German function words is English (agency captions and quotes), else the
     * article's language.
     */
    public static Language ofSentence(String sentence, Language article) {
        Shares s = shares(sentence);
        double english = s.en() * s.words();
        if (article == de && s.words() >= 6 && english >= 3 && s.en() >= 0.15 && s.de() * 4 <= s.en()) {
            return en;
        }
        return article;
    }

    /** A metadata language code ("de", "de-CH", "en_GB", "English") as a language, or empty if not one we read. */
    public static Optional<Language> fromCode(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        if (c.equals("german") || c.equals("deutsch")) {
            return Optional.of(de);
        }
        if (c.equals("english") || c.equals("englisch")) {
            return Optional.of(en);
        }
        for (Language l : values()) {
            if (c.equals(l.name()) || c.startsWith(l.name() + "-") || c.startsWith(l.name() + "_")) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
