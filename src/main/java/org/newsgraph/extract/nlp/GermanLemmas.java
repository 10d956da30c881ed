package org.newsgraph.extract.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * German lemmas and morphology from the LanguageTool dictionary (german-pos-dict): CoreNLP's German models
 * have no lemmatiser. A lemma is chosen by the word's POS ("geliefert" as a verb → liefern); an unknown
 * compound noun takes the lemma of its longest known tail ("Waffenlieferungen" → waffenlieferung).
 * {@link DictionaryLookup} is not thread-safe: each thread gets its own.
 */
public final class GermanLemmas {
    private static final String RESOURCE = "org/languagetool/resource/de/german.dict";
    private final Dictionary dictionary;
    private final ThreadLocal<DictionaryLookup> lookup;

    public GermanLemmas() {
        URL url = GermanLemmas.class.getClassLoader().getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("german-pos-dict is not on the class path (" + RESOURCE + ")");
        }
        try {
            dictionary = Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    }

    /** One dictionary reading: lemma and tag ("liefern", "VER:3:SIN:KJ1:SFT"). */
    public record Reading(String lemma, String tag) {
    }

    public List<Reading> readings(String word) {
        List<Reading> out = new ArrayList<>();
        for (WordData d : lookup.get().lookup(word)) {
            out.add(new Reading(d.getStem().toString(), d.getTag().toString()));
        }
        if (out.isEmpty() && !word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
            for (WordData d : lookup.get().lookup(word.toLowerCase(Locale.ROOT))) {
                out.add(new Reading(d.getStem().toString(), d.getTag().toString()));
            }
        }
        return out;
    }

    /** Whether a capitalised word is a known noun, also as the tail of a compound ("Reise", "Waffenlieferung"). */
    public boolean isNoun(String word) {
        if (readings(word).stream().anyMatch(r -> r.tag().startsWith("SUB"))) {
            return true;
        }
        return !compoundLemma(word).equals(word.toLowerCase(Locale.ROOT));
    }

    /** Every lemma the word could have (before tagging: used to find candidate sentences cheaply). */
    public Set<String> lemmas(String word) {
        Set<String> out = new LinkedHashSet<>();
        for (Reading r : readings(word)) {
            out.add(r.tag().startsWith("PA2") ? participleVerb(r.lemma()) : r.lemma().toLowerCase(Locale.ROOT));
        }
        if (out.isEmpty()) {
            out.add(compoundLemma(word));
        }
        return out;
    }

    /** The lemma of a word with the given Universal POS tag, lower case. */
    public String lemma(String word, String upos) {
        String prefix = prefixFor(upos);
        List<Reading> readings = readings(word);
        if ("ADJ".equals(upos) && readings.stream().noneMatch(r -> r.tag().startsWith("ADJ"))) {
            for (Reading r : readings) {
                if (r.tag().startsWith("VER") && !r.tag().contains("PA2")) {
                    return r.lemma().toLowerCase(Locale.ROOT); // "anerkannte" tagged ADJ: a verb in a relative clause
                }
            }
        }
        if ("NOUN".equals(upos)) {
            for (Reading r : readings) {
                if (r.tag().startsWith("SUB") && !r.tag().endsWith(":INF")) {
                    return r.lemma().toLowerCase(Locale.ROOT); // "Strafen" → Strafe, not the infinitive "das Strafen"
                }
            }
        }
        if (prefix != null) {
            for (Reading r : readings) {
                if (r.tag().startsWith("PA2") && "ADJ".equals(upos)) {
                    return participleVerb(r.lemma());
                }
                if (matches(r.tag(), prefix)) {
                    return r.lemma().toLowerCase(Locale.ROOT);
                }
            }
        }
        if (("NOUN".equals(upos) || "PROPN".equals(upos)) && readings.isEmpty()) {
            return compoundLemma(word);
        }
        return word.toLowerCase(Locale.ROOT);
    }

    /** "eingesetzt" → "einsetzen": the verb of a participle used as an adjective ("die eingesetzte Munition"). */
    private String participleVerb(String participle) {
        for (Reading r : readings(participle)) {
            if (r.tag().startsWith("VER:PA2")) {
                return r.lemma().toLowerCase(Locale.ROOT);
            }
        }
        return participle.toLowerCase(Locale.ROOT);
    }

    /** The tags of the readings that fit the POS, joined by '|' (for mood, case, number, gender). */
    public String morph(String word, String upos) {
        String prefix = prefixFor(upos);
        StringBuilder sb = new StringBuilder();
        for (Reading r : readings(word)) {
            if (prefix == null || matches(r.tag(), prefix)) {
                sb.append(sb.isEmpty() ? "" : "|").append(r.tag());
            }
        }
        return sb.toString();
    }

    private static String prefixFor(String upos) {
        return switch (upos == null ? "" : upos) {
            case "VERB", "AUX" -> "VER";
            case "NOUN" -> "SUB";
            case "PROPN" -> "EIG|SUB";
            case "ADJ" -> "ADJ|PA1|PA2";
            default -> null;
        };
    }

    private static boolean matches(String tag, String prefixes) {
        for (String p : prefixes.split("\\|")) {
            if (tag.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** "Artilleriegranaten" → "artilleriegranate": the unknown head's prefix plus the lemma of the longest known tail. */
    String compoundLemma(String word) {
        for (int cut = 2; cut <= word.length() - 3; cut++) {
            String tail = Character.toUpperCase(word.charAt(cut)) + word.substring(cut + 1);
            for (WordData d : lookup.get().lookup(tail)) {
                if (d.getTag().toString().startsWith("SUB")) {
                    return (word.substring(0, cut) + d.getStem()).toLowerCase(Locale.ROOT);
                }
            }
        }
        return word.toLowerCase(Locale.ROOT);
    }
}
