package org.newsgraph.extract.relation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.RuleFile;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.RelationType;

/**
 * Reads a relation pattern file: global word lists first ({@code light-verbs:}, {@code agent-nouns:}), then
 * blocks that start with {@code rule: TYPE}. Every error names the file and line.
 */
public final class FrameFile {
    static final Set<String> ROLES = Set.of("subj", "obj", "iobj", "gen", "adj", "inner", "head", "light-subj", "rel-subj", "verb-subj",
            "light-obj", "appos", "advmod", "ccomp-subj", "clause", "aux", "case", "subclauses");
    private static final Set<EntityType> PARTIES = EnumSet.of(EntityType.Person, EntityType.Country,
            EntityType.Organization);
    private static final Set<EntityType> GOODS = EnumSet.of(EntityType.Weapon, EntityType.Commodity);

    /** The parsed file: its rules and its global word lists. */
    public record Rules(List<Frame> frames, Map<String, Set<String>> lists) {
        public Set<String> list(String key) {
            return lists.getOrDefault(key, Set.of());
        }
    }

    private FrameFile() {
    }

    public static Rules load(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    public static Rules parse(String name, String text) {
        List<Frame> frames = new ArrayList<>();
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        Builder current = null;
        for (RuleFile.Line l : RuleFile.contentLines(text)) {
            String line = l.text();
            int n = l.number();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw error(name, n, "expected 'key: value', got '" + line + "'");
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            try {
                if (key.equals("rule")) {
                    if (current != null) {
                        frames.add(current.build());
                    }
                    current = new Builder(RelationType.parse(value), name, n);
                } else if (current == null) {
                    lists.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(words(value));
                } else {
                    current.set(key, value, n);
                }
            } catch (IllegalArgumentException e) {
                throw error(name, n, e.getMessage());
            }
        }
        if (current != null) {
            try {
                frames.add(current.build());
            } catch (IllegalArgumentException e) {
                throw error(name, current.line, e.getMessage());
            }
        }
        return new Rules(List.copyOf(frames), lists);
    }

    private static IllegalArgumentException error(String file, int line, String message) {
        return new IllegalArgumentException(file + " line " + line + ": " + message);
    }

    /** "a, b | c" → [a, b, c], lower case. */
    static List<String> words(String value) {
        List<String> out = new ArrayList<>();
        for (String w : value.split("[,|]")) {
            if (!w.isBlank()) {
                out.add(w.strip().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static final class Builder {
        final RelationType type;
        final String file;
        final int line;
        final Set<String> verbs = new LinkedHashSet<>();
        final Set<String> nouns = new LinkedHashSet<>();
        final Set<String> adjectives = new LinkedHashSet<>();
        Set<EntityType> names = Set.of();
        List<Frame.Role> source = List.of();
        List<Frame.Role> target = List.of();
        List<Frame.Role> items = List.of();
        Set<EntityType> sourceTypes = PARTIES;
        Set<EntityType> targetTypes = PARTIES;
        Set<EntityType> itemTypes = GOODS;
        final List<Frame.Condition> with = new ArrayList<>();
        final List<Frame.Condition> without = new ArrayList<>();
        boolean pairs;
        boolean foreign;
        boolean counterpart;
        boolean needItems;
        double confidence = 0.7;
        final List<Frame.Example> examples = new ArrayList<>();

        Builder(RelationType type, String file, int line) {
            this.type = type;
            this.file = file;
            this.line = line;
        }

        void set(String key, String value, int n) {
            switch (key) {
                case "verbs" -> verbs.addAll(words(value));
                case "nouns" -> nouns.addAll(words(value));
                case "adjectives" -> adjectives.addAll(words(value));
                case "names" -> names = types(value);
                case "source" -> source = roles(value);
                case "target" -> target = roles(value);
                case "items" -> items = roles(value);
                case "source-types" -> sourceTypes = types(value);
                case "target-types" -> targetTypes = types(value);
                case "item-types" -> itemTypes = types(value);
                case "with" -> with.add(condition(value));
                case "without" -> without.add(condition(value));
                case "pairs" -> pairs = yes(value);
                case "foreign" -> foreign = yes(value);
                case "counterpart" -> counterpart = value.strip().equalsIgnoreCase("article");
                case "need-items" -> needItems = yes(value);
                case "confidence" -> confidence = confidence(value);
                case "example" -> examples.add(example(value, n));
                default -> throw new IllegalArgumentException("unknown key '" + key + "'");
            }
        }

        Frame build() {
            if (verbs.isEmpty() && nouns.isEmpty() && adjectives.isEmpty() && names.isEmpty()) {
                throw new IllegalArgumentException("rule " + type + " names no verbs, nouns, adjectives or names");
            }
            if (source.isEmpty()) {
                throw new IllegalArgumentException("rule " + type + " has no source roles");
            }
            if (target.isEmpty() && !pairs) {
                throw new IllegalArgumentException("rule " + type + " has no target roles (and no 'pairs: yes')");
            }
            if (examples.isEmpty()) {
                throw new IllegalArgumentException("rule " + type + " has no 'example:' line");
            }
            return new Frame(type, Set.copyOf(verbs), Set.copyOf(nouns), Set.copyOf(adjectives), names, source, target,
                    items, sourceTypes, targetTypes, itemTypes, List.copyOf(with), List.copyOf(without), pairs, foreign, counterpart,
                    needItems,
                    confidence,
                    List.copyOf(examples), file, line);
        }

        private static List<Frame.Role> roles(String value) {
            List<Frame.Role> out = new ArrayList<>();
            for (String r : value.split("\\|")) {
                Frame.Role role = Frame.Role.parse(r);
                String base = role.name().endsWith("-owner") ? role.name().substring(0, role.name().length() - 6) : role.name();
                if (!ROLES.contains(base) && !base.startsWith("pp:")) {
                    throw new IllegalArgumentException("unknown role '" + role.name() + "' (known: " + ROLES
                            + ", pp:PREPOSITION, and any of them followed by -owner)");
                }
                out.add(role);
            }
            return List.copyOf(out);
        }

        private static Set<EntityType> types(String value) {
            Set<EntityType> out = EnumSet.noneOf(EntityType.class);
            for (String t : value.split("[\\s,]+")) {
                if (!t.isBlank()) {
                    out.add(EntityType.parse(t));
                }
            }
            return out;
        }

        private static Frame.Condition condition(String value) {
            String[] parts = value.strip().split("\\s+", 2);
            if (parts.length < 2) {
                throw new IllegalArgumentException("'with:' needs a role and lemmas, e.g. 'with: pp:mit veto|vetorecht'");
            }
            return new Frame.Condition(roles(parts[0]).get(0), Set.copyOf(words(parts[1])));
        }

        private static boolean yes(String value) {
            return value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("true");
        }

        private static double confidence(String value) {
            double c = Double.parseDouble(value);
            if (c <= 0 || c > 1) {
                throw new IllegalArgumentException("confidence must be in (0, 1]");
            }
            return c;
        }

        private static Frame.Example example(String value, int n) {
            int arrow = value.indexOf("=>");
            if (arrow < 0) {
                throw new IllegalArgumentException("an example is 'SENTENCE => source TYPE target[; …]' or "
                        + "'SENTENCE => nothing'");
            }
            String expected = value.substring(arrow + 2).strip();
            List<String> triples = expected.equalsIgnoreCase("nothing") ? List.of()
                    : Arrays.stream(expected.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            return new Frame.Example(value.substring(0, arrow).strip(), triples, n);
        }
    }
}
