package org.newsgraph.extract.mention;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.extract.RuleFile;
import org.newsgraph.model.EntityType;

/** The known entities, read from {@code import/gazetteer.txt} (format documented at the top of that file). */
public final class Gazetteer {
    private final Map<String, Entity> byId = new LinkedHashMap<>();

    public static Gazetteer load(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** A further gazetteer file whose places may act for entities of {@code base}. */
    public static Gazetteer load(Path file, Gazetteer base) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8), base);
    }

    public static Gazetteer parse(String name, String text) {
        return parse(name, text, new Gazetteer());
    }

    private static Gazetteer parse(String name, String text, Gazetteer base) {
        Gazetteer g = new Gazetteer();
        for (RuleFile.Line line : RuleFile.contentLines(text)) {
            try {
                Entry entry = parseLine(line.text());
                g.add(entry.entity());
                if (entry.phrase() != null) {
                    g.phrases.add(entry.phrase());
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(name + " line " + line.number() + ": " + e.getMessage(), e);
            }
        }
        for (Entity e : g.byId.values()) {
            if (e.actsFor() != null && !g.byId.containsKey(e.actsFor()) && !base.byId.containsKey(e.actsFor())) {
                throw new IllegalArgumentException(name + ": " + e.id() + " acts for unknown id " + e.actsFor());
            }
        }
        return g;
    }

    /** A gazetteer line: its entity and the event phrase it defines (or null). */
    private record Entry(Entity entity, EventPhrase phrase) {
    }

    private static Entry parseLine(String line) {
        String[] f = line.split("\\|", -1);
        if (f.length < 5) {
            throw new IllegalArgumentException("expected 'id | Type | name | role | aliases [| options]'");
        }
        String id = f[0].strip();
        if (!id.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("id '" + id + "' must be lower-case letters, digits and '_'");
        }
        List<String> aliases = new ArrayList<>();
        aliases.add(f[2].strip());
        for (String a : f[4].split(";")) {
            if (!a.isBlank() && !aliases.contains(a.strip())) {
                aliases.add(a.strip());
            }
        }
        List<String> adj = List.of();
        String actsFor = null;
        boolean shortForms = true;
        String about = null;
        java.util.Set<String> heads = java.util.Set.of();
        if (f.length > 5) {
            for (String opt : f[5].strip().split("\\s+")) {
                if (opt.isEmpty()) {
                    continue;
                }
                String[] kv = opt.split("=", 2);
                String v = kv.length > 1 ? kv[1] : "";
                switch (kv[0]) {
                    case "adj" -> adj = Arrays.stream(v.split(",")).map(x -> x.strip().replace('_', ' ')).toList();
                    case "actsfor" -> actsFor = v;
                    case "short" -> shortForms = !v.equals("no");
                    case "about" -> about = kv.length > 1 ? v : about;
                    case "heads" -> heads = kv.length > 1
                            ? java.util.Set.copyOf(Arrays.stream(v.split(",")).map(String::strip).toList()) : heads;
                    default -> throw new IllegalArgumentException("unknown option '" + kv[0] + "'");
                }
            }
        }
        Entity e = new Entity(id, EntityType.parse(f[1]), f[2].strip(), f[3].strip(), List.copyOf(aliases), adj,
                actsFor, shortForms, false);
        return new Entry(e, eventPhrase(id, about, heads));
    }

    /**
     * An event named by a kind of noun aimed at an entity: {@code heads=sanktion,strafe about=north_korea} makes
     * "Sanktionen gegen Nordkorea", "neue Strafen gegen den Norden" or "die nordkoreanischen Sanktionen" this event.
     */
    public record EventPhrase(String eventId, String about, java.util.Set<String> heads) {
    }

    private final List<EventPhrase> phrases = new ArrayList<>();

    public List<EventPhrase> eventPhrases() {
        return phrases;
    }

    private static EventPhrase eventPhrase(String id, String about, java.util.Set<String> heads) {
        if (about == null && heads.isEmpty()) {
            return null;
        }
        if (about == null || heads.isEmpty()) {
            throw new IllegalArgumentException("'about=' and 'heads=' go together");
        }
        return new EventPhrase(id, about, heads);
    }

    public void add(Entity e) {
        if (byId.putIfAbsent(e.id(), e) != null) {
            throw new IllegalArgumentException("duplicate id " + e.id());
        }
    }

    /** Adds another gazetteer's entities; those whose id or name this one already has are left out (this one wins). */
    public void addAll(Gazetteer other) {
        java.util.Set<String> names = new java.util.HashSet<>();
        byId.values().forEach(e -> e.aliases().forEach(a -> names.add(a.toLowerCase(java.util.Locale.ROOT))));
        for (Entity e : other.entities()) {
            if (!byId.containsKey(e.id()) && !names.contains(e.name().toLowerCase(java.util.Locale.ROOT))) {
                byId.put(e.id(), e);
                other.phrases.stream().filter(p -> p.eventId().equals(e.id())).forEach(phrases::add);
            }
        }
    }

    public Entity get(String id) {
        return byId.get(id);
    }

    public Collection<Entity> entities() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }
}
