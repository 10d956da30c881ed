package org.newsgraph.extract.relation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.extract.mention.Mention;
import org.newsgraph.extract.nlp.Dependencies.Edge;
import org.newsgraph.extract.nlp.Parse;
import org.newsgraph.extract.nlp.Word;
import org.newsgraph.extract.score.Lexicon;
import org.newsgraph.extract.score.Proposal;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.RelationType;

/**
 * The wide net: every two parties of a parsed sentence that a content word joins — a word on the dependency path
 * between them, or one governing both — become a {@link Proposal} for each type the lexicon offers for that word,
 * in both directions for a directed type. What the grammar says about the pair is left to the features
 * ({@link ProposalFeatures}) and the scorer; nothing is decided here.
 */
public final class CandidateNet {
    private static final Set<EntityType> ACTORS = EnumSet.of(EntityType.Person, EntityType.Country,
            EntityType.Organization);
    /** Types whose target may be a thing (a weapon, a commodity) rather than a party: "Nordkorea testete eine Rakete". */
    private static final Set<RelationType> THING_TARGETS = EnumSet.of(RelationType.TESTED, RelationType.DEVELOPS,
            RelationType.USES, RelationType.WANTS);
    /** Types whose target may be a place itself ("besuchte Wostotschny", "erkannte die Krim an"), not the state it stands for. */
    private static final Set<RelationType> PLACE_TARGETS = EnumSet.of(RelationType.VISITED, RelationType.DEPLOYED,
            RelationType.ANNEXED, RelationType.RECOGNIZED, RelationType.ATTENDED, RelationType.SUPPORTS);
    /** Longest dependency path between two parties that is still read (longer ones are rarely one statement). */
    static final int MAX_PATH = 7;
    private static final int MAX_PARTIES = 16;

    private final Lexicon lexicon;

    public CandidateNet(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A party of the sentence: an entity (after metonymy) and the word its mention hangs from. */
    public record Party(Argument argument, int anchor) {
        String id() {
            return argument.entityId();
        }
    }

    /**
     * Proposals without features or score (those come from {@link ProposalFeatures}); {@code homeOf} gives the
     * state an entity belongs to, or null (for visits read from where a deed happened).
     */
    public List<Draft> propose(Grammar g, Arguments args, Function<String, String> homeOf) {
        List<Party> parties = parties(g.parse(), args);
        List<Draft> out = new ArrayList<>();
        Paths paths = new Paths(g.parse());
        NetSentence sentence = new NetSentence(g, args, paths, lexicon);
        Whereabouts whereabouts = new Whereabouts(sentence);
        Accusations accusations = new Accusations(sentence);
        for (int i = 0; i < parties.size(); i++) {
            for (int j = i + 1; j < parties.size(); j++) {
                Party a = parties.get(i);
                Party b = parties.get(j);
                if (a.id().equals(b.id()) || a.anchor() == b.anchor() && a.argument().mention() == b.argument().mention()) {
                    continue;
                }
                List<Integer> path = paths.between(a.anchor(), b.anchor(), MAX_PATH);
                if (path == null) {
                    continue;
                }
                for (int p : predicates(g.parse(), path, a, b, args)) {
                    Word w = g.parse().word(p);
                    String lemma = g.parse().predicateLemma(p).toLowerCase(java.util.Locale.ROOT);
                    Set<RelationType> types = lexicon.types(lemma, w.isNominal());
                    for (RelationType t : types) {
                        if (fits(a, t, b, args) && !ownState(a, t, b, homeOf)) {
                            out.add(new Draft(a, t, b, p, lemma, path, Via.LEXICON));
                        }
                        if (!t.symmetric() && fits(b, t, a, args) && !ownState(b, t, a, homeOf)) {
                            out.add(new Draft(b, t, a, p, lemma, path, Via.LEXICON));
                        }
                    }
                    whereabouts.propose(a, b, p, lemma, path, types, homeOf, out);
                    whereabouts.propose(b, a, p, lemma, path, types, homeOf, out);
                    accusations.propose(a, b, p, lemma, path, types, out);
                    accusations.propose(b, a, p, lemma, path, types, out);
                }
            }
        }
        return out;
    }

    /**
     * How a proposal was found: the lexicon offered its type, or the target is where the source acted, a place of
     * another state ({@code LOCATIVE}), one whose state is unknown ({@code LOCATIVE_UNKNOWN}) or an event ({@code EVENT}),
     * or the target is named in what the source said with one or more words of blame ({@code SPEECH_BLAME[_MANY]}).
     */
    public enum Via { LEXICON, LOCATIVE, LOCATIVE_UNKNOWN, EVENT, SPEECH_BLAME, SPEECH_BLAME_MANY }

    /** A proposal before its features: source, type, target, predicate word, the path between the parties, and how. */
    public record Draft(Party source, RelationType type, Party target, int predicate, String lemma, List<Integer> path,
                        Via via) {
    }

    /**
     * A source acts (a person, state or organisation); a target is an actor or an event, for some types a place or a
     * thing. A symmetric type joins two actors.
     */
    static boolean fits(Party source, RelationType t, Party target, Arguments args) {
        EntityType s = args.entities().entity(source.id()).type();
        EntityType o = args.entities().entity(target.id()).type();
        if (!ACTORS.contains(s)) {
            return false;
        }
        if (t.symmetric()) {
            return ACTORS.contains(o);
        }
        return switch (o) {
            case Weapon, Commodity -> THING_TARGETS.contains(t);
            case Place -> PLACE_TARGETS.contains(t);
            default -> true;
        };
    }

    /** Nobody visits the state they belong to ("Schoigus Besuch" does not take the Russian Shoigu to Russia). */
    private static boolean ownState(Party source, RelationType t, Party target, Function<String, String> homeOf) {
        return t == RelationType.VISITED && target.id().equals(homeOf.apply(source.id()))
                && !target.id().equals(source.id());
    }

    private static List<Party> parties(Parse parse, Arguments args) {
        Map<String, Party> out = new LinkedHashMap<>();
        for (Mention m : args.mentions()) {
            int anchor = m.tokenEnd() - m.tokenStart() <= 1 ? m.tokenStart()
                    : parse.deps().spanHead(m.tokenStart(), m.tokenEnd());
            if (anchor < 0 || anchor >= parse.size()) {
                continue;
            }
            for (String id : m.members()) {
                if (args.entities().entity(id) == null || out.size() >= MAX_PARTIES) {
                    continue;
                }
                out.putIfAbsent(id + "@" + anchor, new Party(new Argument(id, m), anchor));
                String state = args.fitting(id, ACTORS); // Pjöngjang acting for North Korea: both are parties
                if (state != null && !state.equals(id)) {
                    out.putIfAbsent(state + "@" + anchor, new Party(new Argument(state, m), anchor));
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * The content words that may carry the pair's relation: those inside the path, a compound mention's own word
     * ("Russlandreise") or a thing's ("Raketentests": the tests are the deed), and up to two words above the path's
     * top that govern it ("X und Y trafen sich").
     */
    private static Set<Integer> predicates(Parse parse, List<Integer> path, Party a, Party b, Arguments args) {
        Set<Integer> out = new LinkedHashSet<>();
        for (int k = 1; k < path.size() - 1; k++) {
            if (content(parse.word(path.get(k)))) {
                out.add(path.get(k));
            }
        }
        for (Party p : List.of(a, b)) {
            EntityType type = args.entities().entity(p.id()).type();
            if (p.argument().mention().kind() == Mention.Kind.COMPOUND || type == EntityType.Weapon
                    || type == EntityType.Commodity) {
                out.add(p.anchor());
            }
        }
        int top = top(parse, path);
        for (int up = 0; up < 2 && top >= 0; up++) {
            Edge h = parse.deps().head(top);
            top = h == null ? -1 : h.gov();
            if (top >= 0 && content(parse.word(top))) {
                out.add(top);
            }
        }
        return out;
    }

    /** The path's word nearest the root (first heads). */
    private static int top(Parse parse, List<Integer> path) {
        for (int w : path) {
            boolean dominatesAll = true;
            for (int x : path) {
                if (!parse.deps().dominates(w, x)) {
                    dominatesAll = false;
                    break;
                }
            }
            if (dominatesAll) {
                return w;
            }
        }
        return path.get(0);
    }

    static boolean content(Word w) {
        return w.is("VERB") || w.is("NOUN") || w.is("ADJ") || w.is("PROPN") || w.is("AUX");
    }
}
