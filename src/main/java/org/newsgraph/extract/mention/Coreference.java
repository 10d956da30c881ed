package org.newsgraph.extract.mention;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.EntityType;
import org.newsgraph.extract.relation.RelationMatcher;

/**
 * Stage 4: short-range coreference. Resolves pronouns and descriptions to entities mentioned shortly before:
 * "er" → the last person, "die beiden" → the last two persons or countries, "beide Länder"/"beide Seiten" →
 * the last two countries, "die drei Nationen" → the last three, "das Land" → the last country, "der Experte"
 * → the last discovered person. History is kept per article and reset at every new article.
 */
public final class Coreference {
    private static final Set<String> DETERMINER = Set.of("des", "den", "dem", "der");
    private final List<String> history = new ArrayList<>();
    private final EntityIndex index;

    public Coreference(EntityIndex index) {
        this.index = index;
    }

    /** Adds context mentions for one sentence (given its name mentions), then records the sentence in history. */
    public List<Mention> resolve(String sentence, List<Token> tokens, List<Mention> names) {
        List<Mention> out = new ArrayList<>();
        for (int idx = 0; idx < tokens.size(); idx++) {
            final int i = idx;
            String w = tokens.get(i).lower();
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
            String prev = i > 0 ? tokens.get(i - 1).lower() : "";
            List<String> before = context(names, tokens.get(i).start());
            if (w.equals("er") && !covered(names, i)) {
                List<String> salient = before.stream().filter(x -> !x.startsWith("~")).toList();
                List<String> person = last(salient, EntityType.Person, 1);
                (person.isEmpty() ? last(before, EntityType.Person, 1) : person).forEach(id ->
                        out.add(Mention.of(id, Mention.Kind.PRONOUN, sentence, i, i + 1, tokens)));
            } else if ((w.equals("beide") || w.equals("beiden") || w.equals("beider"))
                    && (next.startsWith("länder") || next.startsWith("staaten") || next.startsWith("seiten")
                    || next.startsWith("nachbarn") || next.startsWith("regierungen"))) {
                group(out, sentence, tokens, i, i + 2, last(before, EntityType.Country, 2), 2);
            } else if (w.equals("beiden") && prev.equals("die") && !next.isEmpty()
                    && !Character.isUpperCase(tokens.get(i + 1).text().charAt(0))) {
                List<String> pair = last(before, EntityType.Person, 2);
                group(out, sentence, tokens, i - 1, i + 1, pair.size() == 2 ? pair : last(before, EntityType.Country, 2), 2);
            } else if (w.equals("beide") && (i == 0 || tokens.get(i).capitalized()) && !next.isEmpty()
                    && !tokens.get(i + 1).capitalized()) {
                // "Beide wollen Zeichen setzen": the last two persons, else the last two countries
                List<String> pair = last(before, EntityType.Country, 2);
                List<String> persons = last(before, EntityType.Person, 2);
                group(out, sentence, tokens, i, i + 1, persons.size() == 2 ? persons : pair, 2);
            } else if (w.equals("drei") && (next.startsWith("nationen") || next.startsWith("länder")
                    || next.startsWith("staaten"))) {
                group(out, sentence, tokens, i, i + 2, last(before, EntityType.Country, 3), 3);
            } else if ((w.equals("land") || w.equals("landes")) && (prev.equals("das") || prev.equals("des")
                    || prev.equals("dem"))) {
                last(before, EntityType.Country, 1).forEach(id ->
                        out.add(Mention.of(id, Mention.Kind.NOMINAL, sentence, i - 1, i + 1, tokens)));
            } else if ((w.equals("nordens") || w.equals("norden")) && DETERMINER.contains(i > 1 ? tokens.get(i - 2).lower() : "")
                    && isInflectedAdjective(prev) && !covered(names, i) && index.entity("north_korea") != null) {
                // "des isolierten Nordens": "der Norden" with an adjective in between
                out.add(Mention.of("north_korea", Mention.Kind.NOMINAL, sentence, i - 2, i + 1, tokens));
            } else if ((w.equals("experte") || w.equals("experten")) && (prev.equals("der") || prev.equals("des"))) {
                lastDiscovered(before).forEach(id ->
                        out.add(Mention.of(id, Mention.Kind.NOMINAL, sentence, i - 1, i + 1, tokens)));
            }
        }
        List<Mention> all = new ArrayList<>(names);
        all.addAll(out);
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (Mention m : all) {
            if (m.kind() != Mention.Kind.GROUP && m.kind() != Mention.Kind.ADJECTIVE) {
                // '~' marks a mention under a preposition ("mit Putin"): a poor antecedent for "er"
                history.add((RelationMatcher.governor(m, tokens) != null ? "~" : "") + countryOf(m.entityId()));
            }
        }
        return out;
    }

    private static boolean isInflectedAdjective(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && (w.endsWith("en") || w.endsWith("e"));
    }

    private static void group(List<Mention> out, String sentence, List<Token> tokens, int from, int to,
                              List<String> members, int size) {
        if (members.size() == size) {
            Mention m = Mention.of(members.get(0), Mention.Kind.GROUP, sentence, from, to, tokens);
            out.add(new Mention(m.entityId(), m.kind(), m.surface(), m.start(), m.end(), m.tokenStart(), m.tokenEnd(),
                    List.copyOf(members)));
        }
    }

    /** History plus the mentions earlier in this sentence. */
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

    private List<String> last(List<String> ctx, EntityType type, int n) {
        Set<String> found = new LinkedHashSet<>();
        for (int k = ctx.size() - 1; k >= 0 && k >= ctx.size() - 12 && found.size() < n; k--) {
            String id = ctx.get(k).startsWith("~") ? ctx.get(k).substring(1) : ctx.get(k);
            if (id.contains(">")) {
                id = type == EntityType.Country ? id.substring(id.indexOf('>') + 1) : id.substring(0, id.indexOf('>'));
            }
            Entity e = index.entity(id);
            if (e != null && e.type() == type) {
                found.add(id);
            }
        }
        List<String> list = new ArrayList<>(found);
        java.util.Collections.reverse(list);
        return list;
    }

    private List<String> lastDiscovered(List<String> ctx) {
        for (int k = ctx.size() - 1; k >= 0 && k >= ctx.size() - 20; k--) {
            String id = ctx.get(k).startsWith("~") ? ctx.get(k).substring(1) : ctx.get(k);
            Entity e = index.entity(id.contains(">") ? id.substring(0, id.indexOf('>')) : id);
            if (e != null && e.discovered()) {
                return List.of(e.id());
            }
        }
        return List.of();
    }

    private static boolean covered(List<Mention> names, int tokenIndex) {
        for (Mention m : names) {
            if (tokenIndex >= m.tokenStart() && tokenIndex < m.tokenEnd()) {
                return true;
            }
        }
        return false;
    }
}
