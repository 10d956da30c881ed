package org.newsgraph.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.nlp.Compound;
import org.newsgraph.extract.nlp.Parse;
import org.newsgraph.extract.nlp.Word;
import org.newsgraph.model.EntityType;

/**
 * Stage 3 (weapons the gazetteer does not know): a noun for a kind of weapon ({@code weapon-nouns} of
 * {@code import/rules/cues-<lang>.txt}) with a name joined to it by a hyphen ("ATACMS-Rakete", "Shahed-Drohnen") or
 * set after it ("die Rakete „Oreschnik“", "der Marschflugkörper Storm Shadow") names a weapon: an entity of type
 * Weapon called by that name, so what is done with it (used, supplied, tested) has a target.
 */
public final class WeaponNames {
    private static final Set<String> QUOTES = Set.of("„", "“", "\"", "«", "»", "‚", "‘", "'", "”");
    private final Set<String> kinds;

    /** @param kinds nouns for kinds of weapon ("rakete", "drohne"); compounds ending in them count */
    public WeaponNames(Set<String> kinds) {
        this.kinds = kinds;
    }

    /**
     * Weapon mentions of a parsed sentence (new weapons are added to {@code index}). A kind noun the gazetteer knows
     * as a generic weapon ("Rakete" → missiles) gives way to the named one it introduces: its mention leaves
     * {@code known}.
     */
    public List<Mention> discover(String sentence, Parse parse, List<Mention> known, EntityIndex index) {
        List<Mention> out = new ArrayList<>();
        for (Word w : parse.words()) {
            Mention generic = generic(known, w.index(), index);
            if (!w.isNominal() || Mention.anyCovers(known, w.index()) && generic == null || Mention.anyCovers(out, w.index())) {
                continue;
            }
            Mention m = generic == null ? hyphenated(w, index) : null;
            if (m == null && isKind(w.lemma().toLowerCase(Locale.ROOT))) {
                m = namedAfter(sentence, parse, w, known, index);
                if (m == null) {
                    m = namedBefore(sentence, parse, w, known, index);
                }
            }
            if (m != null) {
                out.add(m);
                known.remove(generic);
            }
        }
        return out;
    }

    /** A one-word mention of a generic weapon at the word ("Rakete"), or null. */
    private static Mention generic(List<Mention> known, int word, EntityIndex index) {
        for (Mention m : known) {
            Entity e = index.entity(m.entityId());
            if (m.covers(word) && m.tokenEnd() - m.tokenStart() == 1 && e != null && e.type() == EntityType.Weapon) {
                return m;
            }
        }
        return null;
    }

    /** "ATACMS-Rakete", "Shahed-Drohnen": a capitalised name that is no known entity, a hyphen, a kind of weapon. */
    private Mention hyphenated(Word w, EntityIndex index) {
        String text = w.text();
        int dash = text.lastIndexOf('-');
        if (dash < 2 || !Character.isUpperCase(text.charAt(0)) || !Compound.inflectedFrom(text.substring(dash + 1), this::isKind)) {
            return null;
        }
        String name = text.substring(0, dash);
        if (!index.find(name, Tokenizer.tokens(name)).isEmpty()) {
            return null; // "Iran-Drohnen", "Russland-Raketen": a known party's weapons, not a weapon's name
        }
        String id = add(index, name);
        return new Mention(id, Mention.Kind.NAME, text, w.start(), w.end(), w.index(), w.index() + 1, List.of(id));
    }

    /** "die Rakete „Oreschnik“", "der Marschflugkörper Storm Shadow": the kind noun and the name after it. */
    private Mention namedAfter(String sentence, Parse parse, Word kind, List<Mention> known, EntityIndex index) {
        int i = kind.index() + 1;
        boolean quoted = i < parse.size() && QUOTES.contains(parse.word(i).text());
        if (quoted) {
            i++;
        }
        int first = i;
        while (i < parse.size() && nameWord(parse.word(i), quoted) && !Mention.anyCovers(known, i)) {
            i++;
        }
        if (i == first || i - first > 3) {
            return null;
        }
        int last = i - 1;
        if (quoted && i < parse.size() && QUOTES.contains(parse.word(i).text())) {
            last = i;
        }
        String name = sentence.substring(parse.word(first).start(), parse.word(i - 1).end());
        String id = add(index, name);
        return new Mention(id, Mention.Kind.NAME, sentence.substring(kind.start(), parse.word(last).end()),
                kind.start(), parse.word(last).end(), kind.index(), last + 1, List.of(id));
    }

    /** A word of a name: capitalised; a proper noun, or any noun inside quotes or written as an acronym. */
    /** "an Oreshnik missile", "ATACMS missiles": a name right before the kind noun, as its compound modifier. */
    private Mention namedBefore(String sentence, Parse parse, Word kind, List<Mention> known, EntityIndex index) {
        int i = kind.index() - 1;
        while (i >= 0 && nameWord(parse.word(i), false) && !Mention.anyCovers(known, i)
                && parse.deps().dominates(kind.index(), i)) {
            i--;
        }
        int first = i + 1;
        if (first == kind.index() || kind.index() - first > 3) {
            return null;
        }
        String name = sentence.substring(parse.word(first).start(), parse.word(kind.index() - 1).end());
        String id = add(index, name);
        return new Mention(id, Mention.Kind.NAME, sentence.substring(parse.word(first).start(), kind.end()),
                parse.word(first).start(), kind.end(), first, kind.index() + 1, List.of(id));
    }

    private static boolean nameWord(Word w, boolean quoted) {
        String t = w.text();
        boolean noun = w.is("PROPN") || w.is("X") || w.is("NOUN") && (quoted || t.chars().filter(Character::isUpperCase).count() > 1);
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0)) && noun && t.chars().anyMatch(Character::isLetter);
    }

    private boolean isKind(String lemma) {
        return Compound.endsInAny(lemma, kinds);
    }

    private static String add(EntityIndex index, String name) {
        String id = PersonDiscovery.slug(name);
        if (index.entity(id) == null) {
            index.add(new Entity(id, EntityType.Weapon, name, "", List.of(name), List.of(), null, false, true));
        }
        return id;
    }
}
