package org.newsgraph.extract.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.nlp.Compound;
import org.newsgraph.extract.nlp.Dependencies.Edge;
import org.newsgraph.extract.nlp.Parse;
import org.newsgraph.extract.nlp.Word;
import org.newsgraph.model.EntityType;

/**
 * Stage 3 (events the gazetteer does not know): a noun for a kind of event ({@code event-nouns} of
 * {@code import/rules/cues-<lang>.txt}) names an event when a place pins it down ("das Gipfeltreffen in Wien", "eine
 * Militärparade in Peking") or a name is joined to it by a hyphen ("die Sechs-Parteien-Gespräche", "das
 * Shimla-Abkommen"). Later nouns of the same kind in the article refer to that event ("der Gipfel", "die Parade"),
 * as do nouns of the kind of an event the gazetteer named. A kind noun with neither stays a common noun.
 */
public final class EventDiscovery {
    private final List<List<String>> kinds;
    private final Set<String> prepositions;

    /**
     * @param kinds        groups of nouns for one kind of event ("gipfel, gipfeltreffen"), compounds ending in them count
     * @param prepositions the prepositions under which a place pins an event down ("in", "von")
     */
    public EventDiscovery(List<List<String>> kinds, Set<String> prepositions) {
        this.kinds = kinds;
        this.prepositions = prepositions;
    }

    /** What an article remembers: the last event named of each kind. */
    public static final class Memory {
        private final Map<Integer, String> byKind = new HashMap<>();
    }

    /** Event mentions of a parsed sentence (new events are added to {@code index}). */
    public List<Mention> discover(String sentence, Parse parse, List<Mention> known, EntityIndex index, Memory memory) {
        remember(known, index, memory);
        List<Mention> out = new ArrayList<>();
        for (Word w : parse.words()) {
            int kind = kindOf(w);
            if (kind < 0 || Mention.anyCovers(known, w.index())) {
                continue;
            }
            String id = named(w, kind, index);
            if (id == null) {
                id = compoundNamed(sentence, parse, w, kind, known, index);
            }
            if (id == null) {
                id = placed(sentence, parse, w, kind, known, index);
            }
            if (id == null) {
                id = memory.byKind.get(kind);
            }
            if (id != null) {
                memory.byKind.put(kind, id);
                out.add(new Mention(id, Mention.Kind.NAME, w.text(), w.start(), w.end(), w.index(), w.index() + 1,
                        List.of(id)));
            }
        }
        return out;
    }

    /** Events the gazetteer named in the sentence are remembered by their kind ("Ost-Wirtschaftsforum" → forum). */
    private void remember(List<Mention> known, EntityIndex index, Memory memory) {
        for (Mention m : known) {
            Entity e = index.entity(m.entityId());
            if (e != null && e.type() == EntityType.Event && m.kind() == Mention.Kind.NAME) {
                String last = m.surface().substring(m.surface().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
                int kind = kindOf(last.substring(last.lastIndexOf('-') + 1));
                if (kind >= 0) {
                    memory.byKind.put(kind, e.id());
                }
            }
        }
    }

    /** "Sechs-Parteien-Gespräche": a capitalised name, a hyphen and a kind noun. */
    private String named(Word w, int kind, EntityIndex index) {
        String text = w.text();
        int dash = text.lastIndexOf('-');
        if (dash <= 1 || !Character.isUpperCase(text.charAt(0)) || !tailOfKind(text.substring(dash + 1), w.lemma(), kind)) {
            return null;
        }
        String id = PersonDiscovery.slug(text.substring(0, dash) + " " + first(kind));
        add(index, id, text, "");
        return id;
    }

    /**
     * "the BRICS summit", "the NATO summit": a kind noun with the name of an organisation or state as its compound
     * modifier (the English form of "BRICS-Gipfel").
     */
    private String compoundNamed(String sentence, Parse parse, Word w, int kind, List<Mention> known, EntityIndex index) {
        for (Edge e : parse.deps().children(w.index(), "compound")) {
            for (Mention m : known) {
                Entity x = index.entity(m.entityId());
                if (m.covers(e.dep()) && m.kind() == Mention.Kind.NAME && x != null
                        && (x.type() == EntityType.Organization || x.type() == EntityType.Country)) {
                    String name = m.surface() + " " + w.text();
                    String id = PersonDiscovery.slug(x.id() + " " + first(kind));
                    add(index, id, name, "");
                    return id;
                }
            }
        }
        return null;
    }

    /** "das Gipfeltreffen in Wien": a kind noun with a place under one of the prepositions. */
    private String placed(String sentence, Parse parse, Word w, int kind, List<Mention> known, EntityIndex index) {
        for (Edge e : parse.deps().children(w.index())) {
            Mention place = placeAt(known, e.dep(), index);
            String marker = marker(parse, e.dep());
            if (place == null || marker == null || !prepositions.contains(marker)) {
                continue;
            }
            String noun = capitalised(w.lemma());
            String full = noun + " " + marker + " " + place.surface();
            String id = PersonDiscovery.slug(first(kind) + " " + place.entityId());
            // "die Konferenz von Jalta" is the event's name; "eine Militärparade in Peking" only describes it
            add(index, id, marker.equals("von") || marker.equals("of") ? full : noun, full);
            return id;
        }
        return null;
    }

    private static Mention placeAt(List<Mention> known, int word, EntityIndex index) {
        for (Mention m : known) {
            Entity e = index.entity(m.entityId());
            if (m.covers(word) && m.kind() == Mention.Kind.NAME && e != null
                    && (e.type() == EntityType.Place || e.type() == EntityType.Country)) {
                return m;
            }
        }
        return null;
    }

    private static String marker(Parse parse, int word) {
        for (Edge e : parse.deps().children(word, "case")) {
            return parse.word(e.dep()).lower();
        }
        return null;
    }

    private static void add(EntityIndex index, String id, String name, String role) {
        if (index.entity(id) == null) {
            index.add(new Entity(id, EntityType.Event, name, role, List.of(name), List.of(), null, false, true));
        }
    }

    /** The part after the hyphen is itself a kind noun, as lemmatised or inflected ("Gesprächen", "Gipfels"). */
    private boolean tailOfKind(String tail, String lemma, int kind) {
        String lem = lemma.toLowerCase(Locale.ROOT);
        int d = lem.lastIndexOf('-');
        if (d > 0 && kinds.get(kind).contains(lem.substring(d + 1))) {
            return true;
        }
        return Compound.inflectedFrom(tail, kinds.get(kind)::contains);
    }

    private int kindOf(Word w) {
        return w.isNominal() ? kindOf(w.lemma().toLowerCase(Locale.ROOT)) : -1;
    }

    private int kindOf(String lemma) {
        for (int k = 0; k < kinds.size(); k++) {
            if (Compound.endsInAny(lemma, kinds.get(k))) {
                return k;
            }
        }
        return -1;
    }

    private String first(int kind) {
        return kinds.get(kind).get(0);
    }

    private static String capitalised(String lemma) {
        return lemma.isEmpty() ? lemma : Character.toUpperCase(lemma.charAt(0)) + lemma.substring(1);
    }
}
