package org.newsgraph.extract.mention;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.nlp.Word;
import org.newsgraph.model.EntityType;

/**
 * Stage 4: heuristic coreference, since CoreNLP has none for German. Resolves, against the entities named
 * shortly before in the same article: "er/ihn/ihm" → the last person, "sein…" → the last person or state,
 * plural "sie" → the last pair named together, "beide Länder", "die beiden", "die drei Nationen" → the last
 * two or three, "das Land" or another country noun ("der Golfstaat") → the last state, "der Experte" → the
 * last person discovered in the text. The word lists are in {@code import/rules/cues-<lang>.txt}.
 */
public final class Coreference {
    private static final int WINDOW = 12;
    /** An inflectional ending, cut before a noun is looked up ("Ländern" → "länd", "Staaten" → "staat"). */
    private static final java.util.regex.Pattern ENDING = java.util.regex.Pattern.compile("(es|e|en|n|s|er)$");
    private static final Set<String> PREPOSITIONS = Set.of("mit", "von", "bei", "zu", "an", "in", "nach", "für",
            "gegen", "with", "by", "to", "for");
    private final List<String> history = new ArrayList<>();
    private List<String> lastTogether = List.of();
    private int sinceTogether = 99;
    private final EntityIndex index;
    private final CorefCues cues;
    private final java.util.function.Predicate<Entity> feminine;

    /** {@code feminine}: whether an entity is referred to as "sie" (die Ukraine, die Sowjetunion, a minister "-in"). */
    public Coreference(EntityIndex index, CorefCues cues, java.util.function.Predicate<Entity> feminine) {
        this.index = index;
        this.cues = cues;
        this.feminine = feminine;
    }

    /** Context mentions for one sentence (given its name mentions); then the sentence enters the history. */
    public List<Mention> resolve(String sentence, List<Word> words, List<Mention> names) {
        List<Mention> out = new ArrayList<>();
        List<Word> ws = words.stream().filter(w -> w.text().chars().anyMatch(Character::isLetterOrDigit)).toList();
        for (int k = 0; k < ws.size(); k++) {
            Word w = ws.get(k);
            if (Mention.anyCovers(names, w.index())) {
                continue;
            }
            String lw = w.lower();
            Word next = k + 1 < ws.size() ? ws.get(k + 1) : null;
            Word prev = k > 0 ? ws.get(k - 1) : null;
            List<String> before = context(names, w.start());
            if (cues.male().contains(lw)) {
                add(out, sentence, w, w, Mention.Kind.PRONOUN, last(before, EntityType.Person, 1, true));
            } else if (cues.relative().contains(lw) && beforeNoun(ws, k)) {
                add(out, sentence, w, w, Mention.Kind.PRONOUN, lastInSentence(names, w.start()));
            } else if (cues.possessive().contains(lw) && beforeNoun(ws, k)) {
                add(out, sentence, w, w, Mention.Kind.PRONOUN, lastPersonOrState(before));
            } else if (cues.plural().contains(lw) && pluralVerbNear(prev, next) && sinceTogether <= 2) {
                add(out, sentence, w, w, Mention.Kind.GROUP, lastTogether);
            } else if (cues.female().contains(lw) && !pluralVerbNear(prev, next) && singularVerbNear(prev, next)) {
                add(out, sentence, w, w, Mention.Kind.PRONOUN, lastFeminine(before)); // "Sie half Nordkorea"
            } else if (cues.both().contains(lw) && next != null && cues.countryNouns().contains(stem(next))) {
                add(out, sentence, w, next, Mention.Kind.GROUP, last(before, EntityType.Country, 2, false));
            } else if (cues.both().contains(lw) && prev != null && prev.lower().equals("die") && next != null
                    && !Character.isUpperCase(next.text().charAt(0))) {
                add(out, sentence, prev, w, Mention.Kind.GROUP, pair(before));
            } else if (cues.both().contains(lw) && Character.isUpperCase(w.text().charAt(0)) && next != null
                    && !Character.isUpperCase(next.text().charAt(0))) {
                add(out, sentence, w, w, Mention.Kind.GROUP, pair(before));
            } else if (cues.three().contains(lw) && next != null && cues.countryNouns().contains(stem(next))) {
                add(out, sentence, w, next, Mention.Kind.GROUP, last(before, EntityType.Country, 3, false));
            } else if (prev != null && cues.definite().contains(prev.lower()) && cues.countryNouns().contains(stem(w))) {
                add(out, sentence, prev, w, Mention.Kind.NOMINAL, last(before, EntityType.Country, 1, false));
            } else if (prev != null && cues.definite().contains(prev.lower()) && cues.expertNouns().contains(stem(w))) {
                add(out, sentence, prev, w, Mention.Kind.NOMINAL, lastDiscovered(before));
            }
        }
        observe(sentence, words, names, out);
        return out;
    }

    /** Adds names found after the sentence was resolved (names the parser recognised) to the history. */
    public void observeLate(List<Mention> names) {
        for (Mention m : names) {
            history.add(countryOf(m.entityId()));
        }
    }

    private void observe(String sentence, List<Word> words, List<Mention> names, List<Mention> context) {
        List<Mention> all = new ArrayList<>(names);
        all.addAll(context);
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (Mention m : all) {
            if (m.kind() != Mention.Kind.GROUP && m.kind() != Mention.Kind.ADJECTIVE && m.kind() != Mention.Kind.COMPOUND) {
                history.add((afterPreposition(words, m) ? "~" : "") + countryOf(m.entityId()));
            }
        }
        sinceTogether++;
        List<String> together = together(sentence, names);
        if (together.size() >= 2) {
            lastTogether = together;
            sinceTogether = 0;
        }
    }

    /** Two or more names joined by "und", "sowie" or a comma: "Südkorea und der Westen". */
    private List<String> together(String sentence, List<Mention> names) {
        List<Mention> ns = names.stream().filter(m -> m.kind() == Mention.Kind.NAME).toList();
        for (int i = 0; i + 1 < ns.size(); i++) {
            String between = sentence.substring(Math.min(ns.get(i).end(), ns.get(i + 1).start()), ns.get(i + 1).start())
                    .strip().toLowerCase(Locale.ROOT);
            String rest = java.util.Arrays.stream(between.split("\\s+")).filter(t -> !cues.definite().contains(t))
                    .collect(java.util.stream.Collectors.joining(" "));
            if (cues.joiners().contains(rest)) {
                Set<String> ids = new LinkedHashSet<>(List.of(ns.get(i).entityId(), ns.get(i + 1).entityId()));
                return ids.size() == 2 ? List.copyOf(ids) : List.of();
            }
        }
        return List.of();
    }

    /** "seine Reise", "seiner neuen Rolle": a possessive, not the verb "sein". */
    private static boolean beforeNoun(List<Word> ws, int k) {
        for (int j = k + 1; j < Math.min(ws.size(), k + 3); j++) {
            if (Character.isUpperCase(ws.get(j).text().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** A finite verb in the singular next to the pronoun ("sie half", "unterstützte sie"). */
    private boolean singularVerbNear(Word prev, Word next) {
        return next != null && isSingularVerb(next) || prev != null && isSingularVerb(prev);
    }

    private boolean isSingularVerb(Word w) {
        String t = w.text();
        return !t.isEmpty() && Character.isLowerCase(t.charAt(0)) && !t.endsWith("en")
                && (t.endsWith("te") || t.endsWith("t") || cues.singularVerbs().contains(w.lower()));
    }

    private List<String> lastFeminine(List<String> ctx) {
        for (int k = ctx.size() - 1; k >= 0 && k >= ctx.size() - WINDOW; k--) {
            Entity e = index.entity(resolve(ctx.get(k), EntityType.Country));
            if (e != null && feminine.test(e) && e.type() != EntityType.Place) {
                return List.of(e.id());
            }
        }
        return List.of();
    }

    private static boolean pluralVerbNear(Word prev, Word next) {
        return next != null && isPluralVerb(next) || prev != null && isPluralVerb(prev);
    }

    private static boolean isPluralVerb(Word w) {
        String t = w.text();
        return !t.isEmpty() && Character.isLowerCase(t.charAt(0)) && (t.endsWith("en") || t.endsWith("ten"));
    }

    private static String stem(Word w) {
        return ENDING.matcher(w.lower()).replaceAll("");
    }

    /** "mit Kim", "to the Kremlin": a name after a preposition (less likely what a later pronoun means). */
    private static boolean afterPreposition(List<Word> words, Mention m) {
        int i = m.tokenStart() - 1;
        while (i >= 0 && (words.get(i).is("DET") || EntityIndex.ARTICLES.contains(words.get(i).lower()))) {
            i--;
        }
        return i >= 0 && (words.get(i).is("ADP") || PREPOSITIONS.contains(words.get(i).lower()));
    }

    private static void add(List<Mention> out, String sentence, Word from, Word to, Mention.Kind kind, List<String> members) {
        if (members.isEmpty() || kind == Mention.Kind.GROUP && members.size() < 2) {
            return;
        }
        out.add(new Mention(members.get(0), kind, sentence.substring(from.start(), to.end()), from.start(), to.end(),
                from.index(), to.index() + 1, List.copyOf(members)));
    }

    private List<String> context(List<Mention> names, int before) {
        List<String> ctx = new ArrayList<>(history);
        for (Mention m : names) {
            if (m.end() <= before && m.kind() == Mention.Kind.NAME) {
                ctx.add(countryOf(m.entityId()));
            }
        }
        return ctx;
    }

    private String countryOf(String id) {
        Entity e = index.entity(id);
        return e != null && e.actsFor() != null ? id + ">" + e.actsFor() : id;
    }

    /** "Nordkorea bestritt Lieferungen an Russland für dessen Krieg": the nearest state or person before. */
    private List<String> lastInSentence(List<Mention> names, int before) {
        String found = null;
        for (Mention m : names) {
            Entity e = index.entity(m.entityId());
            if (m.end() <= before && m.kind() == Mention.Kind.NAME && e != null
                    && (e.type() == EntityType.Person || e.type() == EntityType.Country || e.type() == EntityType.Organization)) {
                found = m.entityId();
            }
        }
        return found == null ? List.of() : List.of(found);
    }

    private List<String> pair(List<String> before) {
        List<String> persons = last(before, EntityType.Person, 2, false);
        return persons.size() == 2 ? persons : last(before, EntityType.Country, 2, false);
    }

    private List<String> lastPersonOrState(List<String> ctx) {
        for (int k = ctx.size() - 1; k >= 0 && k >= ctx.size() - WINDOW; k--) {
            String id = resolve(ctx.get(k), EntityType.Person);
            Entity e = index.entity(id);
            if (e != null && (e.type() == EntityType.Person || e.type() == EntityType.Country)) {
                return List.of(id);
            }
        }
        return List.of();
    }

    /** The last {@code n} distinct entities of a type, oldest first; {@code salient} prefers non-prepositional ones. */
    private List<String> last(List<String> ctx, EntityType type, int n, boolean salient) {
        if (salient) {
            List<String> plain = last(ctx.stream().filter(x -> !x.startsWith("~")).toList(), type, n, false);
            if (plain.size() == n) {
                return plain;
            }
        }
        Set<String> found = new LinkedHashSet<>();
        for (int k = ctx.size() - 1; k >= 0 && k >= ctx.size() - WINDOW && found.size() < n; k--) {
            String id = resolve(ctx.get(k), type);
            Entity e = index.entity(id);
            if (e != null && e.type() == type) {
                found.add(id);
            }
        }
        List<String> list = new ArrayList<>(found);
        Collections.reverse(list);
        return list.size() == n ? list : List.of();
    }

    private static String resolve(String entry, EntityType type) {
        String id = entry.startsWith("~") ? entry.substring(1) : entry;
        int gt = id.indexOf('>');
        if (gt > 0) {
            id = type == EntityType.Country ? id.substring(gt + 1) : id.substring(0, gt);
        }
        return id;
    }

    private List<String> lastDiscovered(List<String> ctx) {
        for (int k = ctx.size() - 1; k >= 0 && k >= ctx.size() - 20; k--) {
            Entity e = index.entity(resolve(ctx.get(k), EntityType.Person));
            if (e != null && e.discovered() && e.type() == EntityType.Person) {
                return List.of(e.id());
            }
        }
        return List.of();
    }
}
