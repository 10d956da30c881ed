package org.newsgraph.extract.relation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.mention.Entity;
import org.newsgraph.extract.mention.EntityIndex;
import org.newsgraph.extract.mention.Mention;
import org.newsgraph.extract.nlp.Compound;
import org.newsgraph.extract.nlp.Dependencies.Edge;
import org.newsgraph.extract.nlp.Parse;
import org.newsgraph.model.EntityType;

/**
 * Turns the words filling a role into entities: the mention on the word, else a name set beside it ("die
 * Hauptstadt Pjöngjang", "Hamas-Chef Ismail Hanija"), else, for a word that stands for its country or
 * organisation ("die russische Regierung", "eine ägyptische Delegation", "die Regierung Nordkoreas"), that
 * owner. Lists are followed ("Russland und China"), groups ("beide Länder") give their members, and a place
 * acting for a state (Pjöngjang, Moskau) is the state where only states fit.
 */
public final class Arguments {
    private static final Set<String> NAME_LINKS = Set.of("appos", "flat", "flat:name", "compound");
    private static final Set<String> STOP_DEEP = Set.of("acl", "acl:relcl", "ccomp", "advcl", "parataxis", "xcomp",
            "csubj");

    private final Parse parse;
    private final List<Mention> mentions;
    private final EntityIndex entities;
    private final Set<String> agentNouns;

    private final Grammar grammar;

    /** {@code mentions} is read live: mentions added to it later (bound possessives, event phrases) count. */
    public Arguments(Grammar grammar, List<Mention> mentions, EntityIndex entities, Set<String> agentNouns) {
        this.parse = grammar.parse();
        this.mentions = mentions;
        this.entities = entities;
        this.agentNouns = agentNouns;
        this.grammar = grammar;
    }

    /** The sentence's mentions. */
    public List<Mention> mentions() {
        return mentions;
    }

    /** The article's entities. */
    public EntityIndex entities() {
        return entities;
    }

    /** The entities of the allowed types that the given words name, in order, without repeats. */
    public List<Argument> of(List<Integer> words, boolean deep, Set<EntityType> types) {
        return of(words, deep, types, false);
    }

    /** As {@link #of(List, boolean, Set)}; {@code adjectives}: the words are adjectives naming owners ("russische"). */
    public List<Argument> of(List<Integer> words, boolean deep, Set<EntityType> types, boolean adjectives) {
        Map<String, Argument> out = new LinkedHashMap<>();
        for (int w : withConjuncts(words)) {
            List<Mention> found = adjectives ? covering(w) : at(w);
            if (!fits(found, types) && adjectives && parse.word(w).text().indexOf('-') > 0) {
                Mention prefix = entities.prefix(parse.word(w)); // "UNO-Sanktionen": the UNO, not the sanctions
                found = prefix != null ? List.of(prefix) : found;
            }
            if (!fits(found, types)) {
                Mention single = entities.single(parse.word(w)); // "Sanktionen gegen Nordkorea": Nordkorea alone
                found = single != null && fits(List.of(single), types) ? List.of(single) : deep ? inside(w) : found;
            }

            for (Mention m : found) {
                for (String id : m.members()) {
                    String fitting = fitting(id, types);
                    if (fitting != null) {
                        out.putIfAbsent(fitting, new Argument(fitting, m));
                    }
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private boolean fits(List<Mention> found, Set<EntityType> types) {
        for (Mention m : found) {
            for (String id : m.members()) {
                if (fitting(id, types) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An entity as a role of the given types sees it: itself, or the state a place acts for, or null. */
    public String fitting(String id, Set<EntityType> types) {
        Entity e = entities.entity(id);
        if (e == null) {
            return null;
        }
        if (types.contains(e.type())) {
            return id;
        }
        if (e.actsFor() != null) {
            Entity state = entities.entity(e.actsFor());
            if (state != null && types.contains(state.type())) {
                return state.id();
            }
        }
        return null;
    }

    private List<Integer> withConjuncts(List<Integer> words) {
        List<Integer> out = new ArrayList<>(words);
        for (int i = 0; i < out.size() && out.size() < 12; i++) {
            for (Edge e : parse.deps().children(out.get(i), "conj")) {
                if (!out.contains(e.dep())) {
                    out.add(e.dep());
                }
            }
        }
        return out;
    }

    /** The mentions a word stands for. */
    List<Mention> at(int w) {
        List<Mention> direct = covering(w);
        List<Mention> named = new ArrayList<>();
        for (Edge e : parse.deps().children(w)) {
            if (NAME_LINKS.contains(e.rel()) || NAME_LINKS.contains(e.base())) {
                for (Mention m : covering(e.dep())) {
                    if (m.kind() != Mention.Kind.ADJECTIVE && !direct.contains(m)) {
                        named.add(m);
                    }
                }
            }
        }
        boolean compoundOnly = !direct.isEmpty() && direct.stream().allMatch(m -> m.kind() == Mention.Kind.COMPOUND);
        if (!named.isEmpty() && (direct.isEmpty() || compoundOnly)) {
            return named; // "Hamas-Chef Ismail Hanija" is Hanija, "Machthaber Kim" is Kim
        }
        List<Mention> own = direct.stream().filter(m -> m.kind() != Mention.Kind.ADJECTIVE).toList();
        if (!own.isEmpty()) {
            return own;
        }
        int antecedent = grammar.antecedent(w);
        if (antecedent >= 0) {
            List<Mention> viaAntecedent = at(antecedent); // "die Staaten, die Sanktionen verhängten"
            int subject = viaAntecedent.isEmpty() ? grammar.predicativeSubject(antecedent) : -1;
            return subject >= 0 ? at(subject) : viaAntecedent; // "Nordkorea ist eines der Länder, das … anerkannt hat"
        }
        return Compound.endsInAny(parse.word(w).lemma(), agentNouns) ? owners(w) : List.of();
    }

    /** "die russische Regierung", "die Regierung Nordkoreas", "US-Geheimdienste": who the word belongs to. */
    private List<Mention> owners(int w) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : covering(w)) {
            if (m.kind() == Mention.Kind.ADJECTIVE || m.kind() == Mention.Kind.COMPOUND) {
                out.add(m);
            }
        }
        for (Edge e : parse.deps().children(w)) {
            if (e.rel().equals("amod") || e.rel().equals("nmod") || e.rel().equals("nmod:poss")) {
                for (Mention m : covering(e.dep())) {
                    if (m.kind() != Mention.Kind.PRONOUN) {
                        out.add(m);
                    }
                }
            }
        }
        return out;
    }

    /** Mentions inside a word's phrase (not inside clauses or lists hanging from it), nearest first. */
    private List<Mention> inside(int w) {
        List<Mention> out = new ArrayList<>();
        Deque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {w, 0});
        while (!queue.isEmpty()) {
            int[] x = queue.poll();
            for (Edge e : parse.deps().children(x[0])) {
                if (STOP_DEEP.contains(e.base()) || e.rel().startsWith("acl") || x[1] >= 3 || e.dep() == w) {
                    continue;
                }
                for (Mention m : covering(e.dep())) {
                    if (!out.contains(m) && m.kind() != Mention.Kind.PRONOUN) {
                        out.add(m);
                    }
                }
                queue.add(new int[] {e.dep(), x[1] + 1});
            }
        }
        return out;
    }

    public List<Mention> covering(int w) {
        List<Mention> out = new ArrayList<>(1);
        for (Mention m : mentions) {
            if (m.covers(w)) {
                out.add(m);
            }
        }
        return out;
    }
}
