package org.newsgraph.extract.nlp;

/** Maps the Penn Treebank tags of CoreNLP's English tagger to Universal POS tags. */
final class PennTags {
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("is", "are", "was", "were", "be", "been",
            "being", "am", "has", "have", "had", "having", "do", "does", "did", "will", "would", "'s", "'re", "'ve");

    private PennTags() {
    }

    static String universal(String tag, String word) {
        if (tag.startsWith("NNP")) {
            return "PROPN";
        }
        if (tag.startsWith("NN")) {
            return "NOUN";
        }
        if (tag.equals("MD")) {
            return "AUX";
        }
        if (tag.startsWith("VB")) {
            return AUXILIARIES.contains(word.toLowerCase(java.util.Locale.ROOT)) ? "AUX" : "VERB";
        }
        if (tag.startsWith("JJ")) {
            return "ADJ";
        }
        if (tag.startsWith("RB") || tag.equals("WRB")) {
            return "ADV";
        }
        if (tag.startsWith("PRP") || tag.equals("WP") || tag.equals("WP$")) {
            return "PRON";
        }
        return switch (tag) {
            case "IN", "TO" -> "ADP";
            case "DT", "PDT", "WDT" -> "DET";
            case "CC" -> "CCONJ";
            case "CD" -> "NUM";
            case "POS", "RP" -> "PART";
            case "UH" -> "INTJ";
            case ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP" -> "PUNCT";
            default -> "X";
        };
    }
}
