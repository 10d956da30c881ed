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

    /** {@code commonWord}: whether a capitalised word is an ordinary noun or adjective (dictionary or tagger). */
    public NameDiscovery(Predicate<Word> commonWord, Set<String> roles) {
        this.commonWord = commonWord;
        this.roles = roles;
    }

    /** New name mentions in a parsed sentence (entities added to {@code index}). */
    public List<Mention> discover(String sentence, Parse parse, List<Mention> known, EntityIndex index) {
        List<Mention> out = new ArrayList<>();
        List<Word> words = parse.words();
        int i = 0;
        while (i < words.size()) {
            String ner = words.get(i).ner();
            if (ner.equals("O") || covered(known, i) || !isNameWord(words.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < words.size() && words.get(j + 1).ner().equals(ner) && !covered(known, j + 1)
                    && isNameWord(words.get(j + 1))) {
                j++;
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
        if (genitive(parse, spanHead(parse, first, to)) && name.endsWith("s") && name.length() > 4) {
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

    private static int spanHead(Parse parse, int first, int last) {
        for (int w = first; w <= last; w++) {
            Dependencies.Edge h = parse.deps().head(w);
            if (h == null || h.gov() < first || h.gov() > last) {
                return w;
            }
        }
        return last;
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

    private boolean isRole(String lower) {
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

    private static boolean covered(List<Mention> known, int w) {
        for (Mention m : known) {
            if (w >= m.tokenStart() && w < m.tokenEnd()) {
                return true;
            }
        }
        return false;
    }
}
