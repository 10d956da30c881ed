package org.newsgraph.extract.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.EntityType;

/**
 * Stage 3 (names): finds entity mentions by longest match over token sequences. Surface forms are the
 * gazetteer aliases plus derived inflections: genitive -s ("Putins", "Nordkoreas"), adjective endings on
 * adjective stems ("russisch" → "russische", "russischen"…), "Herr/Herrn X" and hyphenated adjective pairs
 * ("russisch-nordkoreanische" → Russia and North Korea). Upper-case acronyms (US, UN) match case-sensitively.
 */
public final class EntityIndex {
    private static final String[] ADJ_ENDINGS = {"", "e", "en", "er", "es", "em"};
    private static final Set<String> HONORIFICS = Set.of("herr", "herrn", "frau", "mr", "mrs", "ms");
    /** Definite articles, German and English (an alias may start with one: "der Norden"). */
    static final Set<String> ARTICLES = Set.of("der", "die", "das", "den", "dem", "des", "the");

    record Surface(String entityId, Mention.Kind kind, String exact) {
    }

    private final Map<String, Surface> surfaces;
    private final Map<String, Entity> entities;
    /** First words of multi-word surfaces: only there is a longer match worth trying. */
    private final java.util.Set<String> firstWords;
    private int maxTokens;
    /** The shared index this one extends (per-article copies add discovered people without copying the rest). */
    private final EntityIndex parent;

    private EntityIndex(Map<String, Surface> surfaces, Map<String, Entity> entities, java.util.Set<String> firstWords,
                        int maxTokens, EntityIndex parent) {
        this.surfaces = surfaces;
        this.entities = entities;
        this.firstWords = firstWords;
        this.maxTokens = maxTokens;
        this.parent = parent;
    }

    /** Whether a word is a known noun (German compounds "Russlandreise": the part after the name must be one). */
    private java.util.function.Predicate<String> nouns = w -> true;

    /** An index whose name compounds ("Russlandreise") need their remainder to pass {@code nouns}. */
    public static EntityIndex of(Gazetteer gazetteer, java.util.function.Predicate<String> nouns) {
        EntityIndex index = of(gazetteer);
        index.nouns = nouns;
        return index;
    }

    public static EntityIndex of(Gazetteer gazetteer) {
        EntityIndex index = new EntityIndex(new HashMap<>(), new HashMap<>(), new java.util.HashSet<>(), 1, null);
        for (Entity e : gazetteer.entities()) {
            index.add(e);
        }
        return index;
    }

    /** A copy that can take discovered entities without touching this one. */
    public EntityIndex copy() {
        EntityIndex copy = new EntityIndex(new HashMap<>(), new HashMap<>(), new java.util.HashSet<>(), maxTokens, this);
        copy.nouns = nouns;
        return copy;
    }

    public void add(Entity e) {
        entities.put(e.id(), e);
        for (String alias : e.aliases()) {
            addSurface(alias, e.id(), Mention.Kind.NAME);
            if (e.type() != EntityType.Weapon && e.type() != EntityType.Commodity) {
                addGenitive(alias, e.id());
                addDemonymDative(e, alias);
            } else {
                addNounForms(alias, e.id());
            }
        }
        for (String stem : e.adjectiveStems()) {
            for (String ending : ADJ_ENDINGS) {
                addSurface(stem + ending, e.id(), Mention.Kind.ADJECTIVE);
            }
        }
    }

    /** Goods take case endings too: "Rüstungsgüter" → "Rüstungsgütern", "Atomtest" → "Atomtests". */
    private void addNounForms(String alias, String id) {
        char last = alias.charAt(alias.length() - 1);
        if (!Character.isLetter(last) || isAcronym(alias) || Character.isLowerCase(alias.charAt(0))) {
            return;
        }
        if (alias.endsWith("e") || alias.endsWith("er") || alias.endsWith("el")) {
            addSurface(alias + "n", id, Mention.Kind.NAME);
        }
        if ("sxzß".indexOf(last) < 0) {
            addSurface(alias + "s", id, Mention.Kind.NAME);
        }
    }

    /** A people standing for its state takes the dative plural: "mit Nordkoreanern", "den Amerikanern". */
    private void addDemonymDative(Entity e, String alias) {
        if (e.type() == EntityType.Country && alias.endsWith("er") && !alias.contains(" ")
                && Character.isUpperCase(alias.charAt(0))) {
            addSurface(alias + "n", e.id(), Mention.Kind.NAME);
        }
    }

    private void addGenitive(String alias, String id) {
        char last = Character.toLowerCase(alias.charAt(alias.length() - 1));
        if (Character.isLetter(last) && "sxzß".indexOf(last) < 0 && !isAcronym(alias)) {
            addSurface(alias + "s", id, Mention.Kind.NAME);
        }
    }

    private void addSurface(String form, String id, Mention.Kind kind) {
        List<Token> toks = Tokenizer.tokens(form);
        if (toks.isEmpty()) {
            return;
        }
        String key = key(toks, 0, toks.size());
        String exact = isAcronym(form) ? form : null;
        if (surface(key) == null) {
            surfaces.put(key, new Surface(id, kind, exact));
        }
        maxTokens = Math.max(maxTokens, toks.size());
        if (toks.size() > 1) {
            firstWords.add(toks.get(0).lower());
        }
    }

    private static boolean isAcronym(String form) {
        return form.length() <= 5 && form.chars().allMatch(c -> Character.isUpperCase(c) || c == '-');
    }

    public Entity entity(String id) {
        Entity e = entities.get(id);
        return e != null || parent == null ? e : parent.entity(id);
    }

    public boolean knows(String lowerForm) {
        return surface(lowerForm) != null;
    }

    private Surface surface(String key) {
        Surface s = surfaces.get(key);
        return s != null || parent == null ? s : parent.surface(key);
    }

    private boolean startsLongerSurface(String lowerWord) {
        return firstWords.contains(lowerWord) || parent != null && parent.startsLongerSurface(lowerWord);
    }

    /**
     * The name a single word is on its own, when it lies inside a longer name ("Nordkorea" in "Sanktionen gegen
     * Nordkorea"), or null.
     */
    public Mention single(org.newsgraph.extract.nlp.Word w) {
        Surface s = surface(w.lower());
        if (s == null || s.kind() != Mention.Kind.NAME || s.exact() != null && !w.text().equals(s.exact())) {
            return null;
        }
        return new Mention(s.entityId(), Mention.Kind.NAME, w.text(), w.start(), w.end(), w.index(), w.index() + 1,
                List.of(s.entityId()));
    }

    /** The name before the hyphen of a word ("UNO" in "UNO-Sanktionen"), as a mention of the whole word, or null. */
    public Mention prefix(org.newsgraph.extract.nlp.Word w) {
        String head = w.text().substring(0, w.text().indexOf('-'));
        Surface s = surface(head.toLowerCase(java.util.Locale.ROOT));
        if (s == null || s.kind() != Mention.Kind.NAME || s.exact() != null && !head.equals(s.exact())) {
            return null;
        }
        return new Mention(s.entityId(), Mention.Kind.COMPOUND, w.text(), w.start(), w.end(), w.index(), w.index() + 1,
                List.of(s.entityId()));
    }

    /** All name and adjective mentions of a sentence, left to right, longest match first. */
    public List<Mention> find(String sentence, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            int longest = startsLongerSurface(tokens.get(i).lower()) ? Math.min(maxTokens, tokens.size() - i) : 1;
            for (int len = longest; len >= 1 && matched == 0; len--) {
                Surface s = surface(key(tokens, i, i + len));
                if (s != null && (s.exact() == null || (len == 1 && tokens.get(i).text().equals(s.exact())))) {
                    int begin = i;
                    if (i > 0 && HONORIFICS.contains(tokens.get(i - 1).lower())
                            && entity(s.entityId()).type() == EntityType.Person) {
                        begin = i - 1;
                    }
                    out.add(Mention.of(s.entityId(), s.kind(), sentence, begin, i + len, tokens));
                    matched = len;
                }
            }
            if (matched == 0) {
                matched = withAdjective(sentence, tokens, i, out);
            }
            if (matched == 0) {
                splitHyphenated(sentence, tokens, i, out);
                countryCompound(tokens, i, out);
                matched = 1;
            }
            i += matched;
        }
        return out;
    }

    /**
     * "des isolierten Nordens" for the alias "des Nordens": an article, one or two inflected adjectives, a noun; the
     * alias is article + noun. Returns the tokens matched, or 0.
     */
    private int withAdjective(String sentence, List<Token> tokens, int i, List<Mention> out) {
        if (!ARTICLES.contains(tokens.get(i).lower()) || !startsLongerSurface(tokens.get(i).lower())) {
            return 0;
        }
        for (int gap = 1; gap <= 2 && i + gap + 1 <= tokens.size() - 1; gap++) {
            Token adjective = tokens.get(i + gap);
            if (adjective.capitalized() || !adjective.lower().matches(".*(e|en|er|es|em)")) {
                return 0;
            }
            Token noun = tokens.get(i + gap + 1);
            Surface s = surface(tokens.get(i).lower() + " " + noun.lower());
            if (s != null && s.exact() == null && s.kind() == Mention.Kind.NAME) {
                out.add(Mention.of(s.entityId(), Mention.Kind.NAME, sentence, i, i + gap + 2, tokens));
                return gap + 2;
            }
        }
        return 0;
    }

    /** "Russlandreise", "Moskaubesuch": a country or place name glued to a lower-case noun names that place. */
    private void countryCompound(List<Token> tokens, int i, List<Mention> out) {
        Token t = tokens.get(i);
        if (t.lower().indexOf('-') >= 0 || !t.capitalized() || t.text().length() < 9) {
            return;
        }
        for (int cut = t.text().length() - 4; cut >= 4; cut--) {
            Surface head = surface(t.lower().substring(0, cut));
            if (head != null && head.kind() == Mention.Kind.NAME && head.exact() == null
                    && Character.isLowerCase(t.text().charAt(cut))) {
                EntityType type = entity(head.entityId()).type();
                String rest = t.text().substring(cut);
                if ((type == EntityType.Country || type == EntityType.Place)
                        && nouns.test(Character.toUpperCase(rest.charAt(0)) + rest.substring(1))) {
                    // "Russlandreise", not "Pragmatismus" or "Indienststellung": the rest must be a noun
                    out.add(new Mention(head.entityId(), Mention.Kind.COMPOUND, t.text(), t.start(), t.end(), i, i + 1,
                            List.of(head.entityId())));
                }
                return;
            }
        }
    }

    /** "russisch-nordkoreanische": an adjective stem before the hyphen and a known form after it. */
    private void splitHyphenated(String sentence, List<Token> tokens, int i, List<Mention> out) {
        Token t = tokens.get(i);
        int dash = t.lower().indexOf('-');
        if (dash <= 0) {
            return;
        }
        Surface head = surface(t.lower().substring(0, dash));
        Surface tail = surface(t.lower().substring(dash + 1));
        if (head != null && head.kind() == Mention.Kind.NAME && head.exact() != null
                && t.text().startsWith(head.exact() + "-")) {
            // an acronym prefix names the owner of the compound: "US-Verbündeten", "UN-Truppen"
            out.add(new Mention(head.entityId(), Mention.Kind.COMPOUND, t.text(), t.start(), t.end(), i, i + 1,
                    List.of(head.entityId())));
            return;
        }
        if (head != null && head.kind() == Mention.Kind.NAME && head.exact() == null && dash + 1 < t.text().length()
                && Character.isUpperCase(t.text().charAt(dash + 1))) {
            // a name before a hyphenated noun: "Russland-Besuch", "Hamas-Chef", "Kim-Regime"
            out.add(new Mention(head.entityId(), Mention.Kind.COMPOUND, t.text(), t.start(), t.end(), i, i + 1,
                    List.of(head.entityId())));
            return;
        }
        if (head != null && head.kind() == Mention.Kind.ADJECTIVE) {
            out.add(new Mention(head.entityId(), Mention.Kind.ADJECTIVE, t.text(), t.start(), t.end(), i, i + 1,
                    List.of(head.entityId())));
            if (tail != null && tail.kind() == Mention.Kind.ADJECTIVE) {
                out.add(new Mention(tail.entityId(), Mention.Kind.ADJECTIVE, t.text(), t.start(), t.end(), i, i + 1,
                        List.of(tail.entityId())));
            }
        }
    }

    public static String key(List<Token> tokens, int from, int to) {
        if (to - from == 1) {
            return tokens.get(from).lower();
        }
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(tokens.get(k).lower());
        }
        return sb.toString();
    }
}
