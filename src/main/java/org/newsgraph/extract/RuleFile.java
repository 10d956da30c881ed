package org.newsgraph.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A simple rule file: {@code key: value} lines, '#' comments, blank lines ignored. Keys may repeat.
 * Used for boilerplate and status/date cue files in {@code import/rules/}.
 */
public final class RuleFile {
    private final String name;
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    private RuleFile(String name) {
        this.name = name;
    }

    public static RuleFile load(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** A line of a data file that holds something: its number (from 1) and its text, stripped. */
    public record Line(int number, String text) {
    }

    /** The lines of a data file that are neither blank nor '#' comments. */
    public static List<Line> contentLines(String text) {
        List<Line> out = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                out.add(new Line(i + 1, line));
            }
        }
        return out;
    }

    public static RuleFile parse(String name, String text) {
        RuleFile rf = new RuleFile(name);
        for (Line l : contentLines(text)) {
            String line = l.text();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(name + " line " + l.number() + ": expected 'key: value', got '" + line + "'");
            }
            rf.values.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
        return rf;
    }

    /** The keys the file uses, lower case, in order of first use. */
    public java.util.Set<String> keys() {
        return java.util.Collections.unmodifiableSet(values.keySet());
    }

    public List<String> values(String key) {
        return values.getOrDefault(key, List.of());
    }

    /** The comma-separated words of every line with this key, lower case ("speech: sagen, berichten"). */
    public List<String> words(String key) {
        List<String> out = new ArrayList<>();
        for (String v : values(key)) {
            for (String w : v.split(",")) {
                if (!w.isBlank()) {
                    out.add(w.strip().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** {@link #words(String)} as a set. */
    public Set<String> wordSet(String key) {
        return Set.copyOf(words(key));
    }

    public List<Pattern> patterns(String key, boolean caseInsensitive) {
        List<Pattern> out = new ArrayList<>();
        for (String v : values(key)) {
            try {
                out.add(Pattern.compile(v, (caseInsensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0)
                        | Pattern.UNICODE_CHARACTER_CLASS));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(name + ": bad regex for '" + key + "': " + e.getDescription()
                        + " in " + v);
            }
        }
        return out;
    }

    public String name() {
        return name;
    }
}
