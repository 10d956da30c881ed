package org.newsgraph.extract.relation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.RelationType;

/** One rule of {@code import/rules/relations.txt} (format documented at the top of that file). */
public record RelationRule(RelationType type, Pattern trigger, java.util.List<Hint> hints, boolean hintsAtWordStart,
                           String fixedSource, Set<EntityType> source, Set<EntityType> target,
                           Mode mode, Pattern prep, Set<EntityType> items, boolean needItem, boolean adjectives,
                           double confidence, boolean reachNext, boolean unlessItems, int line) {

    public enum Mode { active, converse, pair }

    /** A literal word beginning a trigger needs: its text, its first word, and that word's first three letters. */
    public record Hint(String text, String first, String key) {
        static java.util.List<Hint> of(java.util.List<String> texts) {
            if (texts == null) {
                return null;
            }
            java.util.List<Hint> out = new java.util.ArrayList<>();
            for (String h : texts) {
                int space = h.indexOf(' ');
                String first = space > 0 ? h.substring(0, space) : h;
                out.add(new Hint(h, first, first.length() >= 3 ? first.substring(0, 3) : null));
            }
            return out;
        }
    }

    /** A word of a sentence (lower case) and where it starts. */
    public record Word(String lower, int start) {
    }

    /**
     * Where the trigger may start in a sentence: the offsets of words that begin with one of its hints
     * ({@code words} maps the first three letters of every lower-cased word to those words). An empty list
     * means the trigger cannot match; null means the whole sentence must be scanned.
     */
    public java.util.List<Integer> candidates(String lowerSentence, java.util.Map<String, java.util.List<Word>> words) {
        if (hints == null) {
            return null;
        }
        if (!hintsAtWordStart) {
            for (Hint h : hints) {
                if (lowerSentence.contains(h.text())) {
                    return null;
                }
            }
            return java.util.List.of();
        }
        java.util.TreeSet<Integer> out = null;
        for (Hint h : hints) {
            if (h.key() == null) {
                return null;
            }
            java.util.List<Word> list = words.get(h.key());
            if (list != null) {
                for (Word w : list) {
                    if (w.lower().startsWith(h.first())) {
                        if (out == null) {
                            out = new java.util.TreeSet<>();
                        }
                        out.add(w.start());
                    }
                }
            }
        }
        return out == null ? java.util.List.of() : new java.util.ArrayList<>(out);
    }

    public static List<RelationRule> load(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    public static List<RelationRule> parse(String name, String text) {
        List<RelationRule> rules = new ArrayList<>();
        Builder current = null;
        int n = 0;
        for (String raw : text.split("\n", -1)) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(name + " line " + n + ": expected 'key: value'");
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            try {
                if (key.equals("rule")) {
                    if (current != null) {
                        rules.add(current.build());
                    }
                    current = new Builder(RelationType.parse(value), n);
                } else if (current == null) {
                    throw new IllegalArgumentException("'" + key + "' before the first 'rule:'");
                } else {
                    current.set(key, value);
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(name + " line " + n + ": " + e.getMessage(), e);
            }
        }
        if (current != null) {
            rules.add(current.build());
        }
        return rules;
    }

    private static final class Builder {
        private final RelationType type;
        private final int line;
        private Pattern trigger;
        private java.util.List<String> hints;
        private String fixedSource;
        private Set<EntityType> source = EnumSet.noneOf(EntityType.class);
        private Set<EntityType> target = EnumSet.noneOf(EntityType.class);
        private Mode mode = Mode.active;
        private Pattern prep;
        private Set<EntityType> items = EnumSet.noneOf(EntityType.class);
        private boolean needItem;
        private boolean adjectives;
        private double confidence = 0.7;
        private boolean reachNext;
        private boolean unlessItems;

        Builder(RelationType type, int line) {
            this.type = type;
            this.line = line;
        }

        void set(String key, String value) {
            switch (key) {
                case "trigger" -> trigger = Pattern.compile(value, Pattern.UNICODE_CHARACTER_CLASS);
                case "hint" -> hints = java.util.Arrays.stream(value.toLowerCase(java.util.Locale.ROOT).split("\\|"))
                        .map(String::strip).filter(h -> !h.isEmpty()).toList();
                case "source" -> {
                    if (value.startsWith("=")) {
                        fixedSource = value.substring(1).strip();
                    } else {
                        source = types(value);
                    }
                }
                case "target" -> target = types(value);
                case "mode" -> mode = Mode.valueOf(value);
                case "prep" -> prep = Pattern.compile("(?i)(" + value + ")", Pattern.UNICODE_CHARACTER_CLASS);
                case "items" -> items = types(value);
                case "need-item" -> needItem = value.equals("yes");
                case "adjectives" -> adjectives = value.equals("yes");
                case "confidence" -> confidence = Double.parseDouble(value);
                case "reach" -> reachNext = value.equals("next");
                case "unless-items" -> unlessItems = value.equals("yes");
                default -> throw new IllegalArgumentException("unknown key '" + key + "'");
            }
        }

        private static Set<EntityType> types(String value) {
            Set<EntityType> out = EnumSet.noneOf(EntityType.class);
            for (String t : value.split("[\\s,]+")) {
                out.add(EntityType.parse(t));
            }
            return out;
        }

        RelationRule build() {
            if (trigger == null || (source.isEmpty() && fixedSource == null) || target.isEmpty()) {
                throw new IllegalArgumentException("rule " + type + " needs trigger, source and target");
            }
            java.util.List<String> derived = TriggerHints.of(trigger.pattern());
            boolean wordStart = hints == null && derived != null && trigger.pattern().startsWith("\\b");
            return new RelationRule(type, trigger, Hint.of(hints != null ? hints : derived), wordStart, fixedSource, source, target, mode, prep, items, needItem, adjectives,
                    confidence, reachNext, unlessItems, line);
        }
    }
}
