package org.newsgraph.extract;

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
public record RelationRule(RelationType type, Pattern trigger, String fixedSource, Set<EntityType> source, Set<EntityType> target,
                           Mode mode, Pattern prep, Set<EntityType> items, boolean needItem, boolean adjectives,
                           double confidence, boolean reachNext, boolean unlessItems, int line) {

    public enum Mode { active, converse, pair }

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
            return new RelationRule(type, trigger, fixedSource, source, target, mode, prep, items, needItem, adjectives,
                    confidence, reachNext, unlessItems, line);
        }
    }
}
