package org.newsgraph.extract.mention;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.EntityType;
import org.newsgraph.extract.RuleFile;

/**
 * Stage 3 (discovery): finds people who are not in the gazetteer from their context — a role noun before the
 * name ("Nordkorea-Experte Ramon Pacheco Pardo"), a role after it ("Leif-Eric Easley, Professor …"), a speech
 * verb before it ("sagte Artjom Lukin") or an honorific ("Herr Lee"). Each found person is typed Person,
 * flagged discovered, and gets its last name as a short form so later mentions ("Pardo") link to it.
 */
public final class PersonDiscovery {
    private static final Set<String> NOT_NAMES = Set.of(
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "im", "in", "am", "an",
            "als", "nach", "für", "von", "vom", "mit", "und", "auch", "doch", "aber", "es", "er", "sie", "wir",
            "ich", "ihr", "sein", "seine", "ihre", "zum", "zur", "bei", "beim", "aus", "auf", "so", "nun", "dass",
            "wie", "was", "wer", "wo", "herr", "herrn", "frau", "noch", "schon", "nicht", "dort", "hier", "damals", "heute", "jetzt");
    private static final String[] NOUN_SUFFIXES = {"ung", "heit", "keit", "schaft", "tion", "ismus", "tät", "ium",
            "chen", "nis", "ment", "ur", "ik"};

    private final List<String> roles;
    private final Set<String> speechVerbs;

    public PersonDiscovery(RuleFile rules) {
        this.roles = rules.values("role").stream().map(r -> r.toLowerCase(Locale.ROOT)).toList();
        this.speechVerbs = Set.copyOf(rules.values("speech"));
    }

    /** Discovers people in one sentence and adds them to {@code index}; returns the new entities. */
    public List<Entity> discover(String sentence, List<Token> tokens, EntityIndex index) {
        List<Entity> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int nameStart = -1;
            String role = null;
            if (isRole(t.lower()) || speechVerbs.contains(t.lower())) {
                nameStart = i + 1;
                role = isRole(t.lower()) ? t.text() : null;
            } else if ((t.lower().equals("herr") || t.lower().equals("herrn")) && i + 1 < tokens.size()) {
                int len = nameLength(sentence, tokens, i + 1, index, 1);
                if (len == 1) {
                    add(found, index, tokens.get(i + 1).text(), null);
                }
                continue;
            } else if (i == 0 || !tokens.get(i - 1).capitalized() || !isNameToken(tokens.get(i - 1), index)) {
                int len = nameLength(sentence, tokens, i, index, 3);
                if (len >= 2 && i + len < tokens.size() && commaBetween(sentence, tokens, i + len - 1)
                        && roleWithin(tokens, i + len, 3)) {
                    add(found, index, join(tokens, i, i + len), tokens.get(i + len).text());
                }
                continue;
            }
            if (nameStart >= 0 && nameStart < tokens.size()) {
                int len = nameLength(sentence, tokens, nameStart, index, 3);
                if (len >= 2) {
                    add(found, index, join(tokens, nameStart, nameStart + len), role);
                }
            }
        }
        return found;
    }

    private void add(List<Entity> found, EntityIndex index, String name, String role) {
        String id = slug(name);
        if (index.entity(id) != null) {
            return;
        }
        String[] parts = name.split(" ");
        List<String> aliases = parts.length > 1 ? List.of(name, parts[parts.length - 1]) : List.of(name);
        Entity e = new Entity(id, EntityType.Person, name, role == null ? "" : role, aliases, List.of(), null,
                true, true);
        index.add(e);
        found.add(e);
    }

    private final java.util.Map<String, Boolean> roleCache = new java.util.concurrent.ConcurrentHashMap<>();

    private boolean isRole(String lower) {
        if (roleCache.size() > 200_000) {
            roleCache.clear();
        }
        return roleCache.computeIfAbsent(lower, this::matchesRole);
    }

    private boolean matchesRole(String lower) {
        for (String r : roles) {
            if (lower.endsWith(r) || lower.endsWith(r + "en") || lower.endsWith(r + "n") || lower.endsWith(r + "s")) {
                return true;
            }
        }
        return false;
    }

    private boolean roleWithin(List<Token> tokens, int from, int max) {
        for (int k = from; k < Math.min(tokens.size(), from + max); k++) {
            if (isRole(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Consecutive name tokens from {@code from}, stopping at punctuation ("Easley, Professor" is one name). */
    private int nameLength(String sentence, List<Token> tokens, int from, EntityIndex index, int max) {
        int len = 0;
        while (from + len < tokens.size() && len < max && isNameToken(tokens.get(from + len), index)) {
            len++;
            int next = from + len;
            if (next < tokens.size() && !sentence.substring(tokens.get(next - 1).end(), tokens.get(next).start()).isBlank()) {
                break;
            }
        }
        return len;
    }

    private boolean isNameToken(Token t, EntityIndex index) {
        String s = t.text();
        if (isRole(t.lower())) {
            return false; // "sagt Nordkorea-Experte Pardo": the role is not part of the name
        }
        if (s.length() < 2 || !Character.isUpperCase(s.charAt(0)) || NOT_NAMES.contains(t.lower())
                || index.knows(t.lower()) || s.chars().anyMatch(Character::isDigit)
                || s.chars().allMatch(c -> Character.isUpperCase(c) || c == '-')) {
            return false;
        }
        for (String suffix : NOUN_SUFFIXES) {
            if (t.lower().endsWith(suffix)) {
                return false;
            }
        }
        return true;
    }

    private static boolean commaBetween(String sentence, List<Token> tokens, int k) {
        if (k + 1 >= tokens.size()) {
            return false;
        }
        return sentence.substring(tokens.get(k).end(), tokens.get(k + 1).start()).contains(",");
    }

    private static String join(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(k > from ? " " : "").append(tokens.get(k).text());
        }
        return sb.toString();
    }

    public static String slug(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("ß", "ss");
        return folded.replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
