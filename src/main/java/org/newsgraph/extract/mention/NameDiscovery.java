package org.newsgraph.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.extract.nlp.Dependencies;
import org.newsgraph.extract.nlp.Parse;
import org.newsgraph.extract.nlp.Word;
import org.newsgraph.model.EntityType;

/**
 * Stage 3 (names the gazetteer does not know): the backbone's named-entity recogniser marks people,
 * organisations and places; each such name not already linked becomes a discovered entity with a stable id
 * (its normalised name, so the same name in two articles is one entity). Leading common nouns and titles are
 * cut off ("Emir Tamim" → Tamim…), a German genitive -s is dropped ("Hanijas Büro" → Hanija), and a person's
 * last name links later short mentions in the article.
 */
public final class NameDiscovery {
    private final Predicate<Word> commonWord;
    private final Set<String> roles;
    private final Set<String> particles;
    private final Set<String> placeHeads;

    /**
     * @param commonWord whether a capitalised word is an ordinary noun or adjective (dictionary or tagger)
     * @param roles      role nouns cut off a name ("Emir", "Hamas-Chef")
     * @param particles  words inside names ("bin", "al", "von"): names on both sides are one name
     * @param placeHeads nouns that end a place name after a hyphen ("Tiananmen-Platz", "Sunan-Flughafen")
     */
    public NameDiscovery(Predicate<Word> commonWord, Set<String> roles, Set<String> particles, Set<String> placeHeads) {
        this.commonWord = commonWord;
        this.roles = roles;
        this.particles = particles;
        this.placeHeads = placeHeads;
    }

    /** New name mentions in a parsed sentence (entities added to {@code index}). */
    public List<Mention> discover(String sentence, Parse parse, List<Mention> known, EntityIndex index) {
        List<Mention> out = new ArrayList<>();
        List<Word> words = parse.words();
        int i = 0;
        while (i < words.size()) {
            String ner = words.get(i).ner();
            if (ner.equals("O") || Mention.anyCovers(known, i) || !isNameWord(words.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < words.size() && words.get(j + 1).ner().equals(ner) && !Mention.anyCovers(known, j + 1)
                    && isNameWord(words.get(j + 1))) {
                j++;
            }
            // "Tamim bin Hamad al-Thani": a name particle between two names joins them into one person
            while (j + 2 < words.size() && particles.contains(words.get(j + 1).text()) && !words.get(j + 2).ner().equals("O")
                    && !Mention.anyCovers(known, j + 2)) {
                ner = ner.startsWith("PER") || words.get(j + 2).ner().startsWith("PER") ? "PERSON" : ner;
                j += 2;
                while (j + 1 < words.size() && !words.get(j + 1).ner().equals("O") && !Mention.anyCovers(known, j + 1)
                        && isNameWord(words.get(j + 1))) {
                    j++;
                }
            }
            if (j == i && words.get(i).is("NOUN") && knownNameAt(known, i + 1)) {
                i++; // "Weltraumbahnhof Kosmodrom Wostotschny": a common noun naming the kind of what follows
                continue;
            }
            if (gluedToKnownName(known, i)) {
                i = j + 1; // "New York City", "United Nations General Assembly": the rest of a name known in part
                continue;
            }
            Mention person = knownPersonAfter(known, j + 1, index);
            Mention m = person != null && ner.startsWith("PER")
                    ? new Mention(person.entityId(), Mention.Kind.NAME, sentence.substring(words.get(i).start(), words.get(j).end()),
                    words.get(i).start(), words.get(j).end(), i, j + 1, List.of(person.entityId())) // "Andrei" Beloussow
                    : name(sentence, parse, i, j, ner, index);
            if (m != null) {
                out.add(m);
            }
            i = j + 1;
        }
        out.addAll(placeCompounds(sentence, parse, known, out, index));
        return out;
    }

    /** "zum Tiananmen-Platz": a capitalised name, a hyphen and a place noun name a place the recogniser missed. */
    private List<Mention> placeCompounds(String sentence, Parse parse, List<Mention> known, List<Mention> found,
                                         EntityIndex index) {
        List<Mention> out = new ArrayList<>();
        for (Word w : parse.words()) {
            int dash = w.text().lastIndexOf('-');
            if (dash <= 1 || !w.isNominal() || Mention.anyCovers(known, w.index()) || Mention.anyCovers(found, w.index())
                    || !Character.isUpperCase(w.text().charAt(0))
                    || !placeHeads.contains(w.text().substring(dash + 1).toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            String id = PersonDiscovery.slug(w.text());
            if (index.entity(id) == null) {
                index.add(new Entity(id, EntityType.Place, w.text(), "", List.of(w.text()), List.of(), null, false, true));
            }
            out.add(new Mention(id, Mention.Kind.NAME, w.text(), w.start(), w.end(), w.index(), w.index() + 1, List.of(id)));
        }
        return out;
    }

    private Mention name(String sentence, Parse parse, int from, int to, String ner, EntityIndex index) {
        EntityType type = switch (ner) {
            case "PERSON", "PER" -> EntityType.Person;
            case "ORGANIZATION", "ORG" -> EntityType.Organization;
            case "LOCATION", "LOC" -> EntityType.Place;
            default -> null;
        };
        int first = from;
        while (first <= to && (commonWord.test(parse.word(first)) || isRole(parse.word(first).lower()))) {
            first++; // "Emir Tamim", "Präsident Fico"
        }
        if (type == null || first > to) {
            return null;
        }
        Word last = parse.word(to);
        int start = parse.word(first).start();
        int end = last.end();
        String name = sentence.substring(start, end);
        int head = parse.deps().spanHead(first, to + 1);
        if (genitive(parse, head < 0 ? to : head) && name.endsWith("s") && name.length() > 4) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.length() < 2 || name.chars().noneMatch(Character::isLowerCase) && name.length() < 3) {
            return null;
        }
        String id = PersonDiscovery.slug(name);
        if (id.isEmpty()) {
            return null;
        }
        if (index.entity(id) == null) {
            String[] parts = name.split(" ");
            List<String> aliases = type == EntityType.Person && parts.length > 1 ? List.of(name, parts[parts.length - 1])
                    : List.of(name);
            index.add(new Entity(id, type, name, "", aliases, List.of(), null, true, true));
        }
        return new Mention(id, Mention.Kind.NAME, sentence.substring(start, end), start, end, first, to + 1, List.of(id));
    }

    private static boolean knownNameAt(List<Mention> known, int word) {
        for (Mention m : known) {
            if (m.tokenStart() == word && m.kind() == Mention.Kind.NAME) {
                return true;
            }
        }
        return false;
    }

    /** A word right after a known name of several words (not a person's: "Präsident Putin Wladimir" is rare). */
    private static boolean gluedToKnownName(List<Mention> known, int word) {
        for (Mention m : known) {
            if (m.tokenEnd() == word && m.kind() == Mention.Kind.NAME && m.tokenEnd() - m.tokenStart() > 1) {
                return true;
            }
        }
        return false;
    }

    /** A known person's name right after a word: the word is a first name the gazetteer does not list. */
    private static Mention knownPersonAfter(List<Mention> known, int word, EntityIndex index) {
        for (Mention m : known) {
            Entity e = index.entity(m.entityId());
            if (m.tokenStart() == word && m.kind() == Mention.Kind.NAME && e != null && e.type() == EntityType.Person) {
                return m;
            }
        }
        return null;
    }

    /** A German genitive: "Hanijas Büro", "die Rede Hanijas" (a bare name before a noun or hanging from one). */
    private static boolean genitive(Parse parse, int w) {
        Dependencies.Edge head = parse.deps().head(w);
        if (head == null) {
            return false;
        }
        // with an article a name takes no -s ("der Hamas"): only bare names do ("Hanijas")
        boolean bare = parse.deps().children(w, "case").isEmpty() && parse.deps().children(w, "det").isEmpty();
        return bare && (head.rel().equals("nmod:poss") || head.rel().equals("nmod") && parse.word(head.gov()).isNominal());
    }

    /** Whether a lower-case word is a role noun or ends in one ("präsident", "hamas-chef"). */
    public boolean isRole(String lower) {
        for (String r : roles) {
            if (lower.endsWith(r)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameWord(Word w) {
        return !w.text().isEmpty() && Character.isLetter(w.text().charAt(0)) && !w.is("PUNCT") && !w.is("ADP")
                && !w.is("DET") && !w.is("PART") && !w.is("CCONJ");
    }
}
