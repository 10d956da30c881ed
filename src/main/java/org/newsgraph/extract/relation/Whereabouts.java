package org.newsgraph.extract.relation;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.extract.nlp.Dependencies.Edge;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.RelationType;

/**
 * Where an actor was, read from where a deed happened, whatever the deed. At an event ("trafen sich beim
 * Gipfeltreffen in Wien", "sprach auf der Konferenz"): an actor tied to the predicate as its subject or object and an
 * event below it behind a preposition are proposed as ATTENDED ({@code via=EVENT}). In a place, visits: "Kim und Putin trafen sich am Kosmodrom Wostotschny in
 * Russland", "Xi begrüßte Putin vor der Parade in Peking", "Lawrow sprach auf einer Pressekonferenz in New York". An
 * actor tied to a predicate as its subject or object, and a place or state below that predicate behind a locative
 * preposition of the lexicon ({@code locative:}), are proposed as VISITED when the actor's state is known and the
 * place is not in it: the host stays at home, the guest travelled. A place whose state is unknown (a name found in
 * the text) is proposed apart ({@code via=LOCATIVE_UNKNOWN}). Whether the deed really took the actor there is the
 * scorer's call (feature {@code via=LOCATIVE}).
 */
final class Whereabouts {
    private static final Set<EntityType> PLACES = Set.of(EntityType.Place, EntityType.Country);
    private static final Set<String> ROLES = Set.of("SUBJ", "OBJ");
    /** Links that keep a name inside the phrase a preposition opens ("am Weltraumbahnhof Kosmodrom Wostotschny"). */
    private static final Set<String> INSIDE = Set.of("appos", "flat", "nmod", "compound");
    private static final int MAX_INSIDE = 3;

    private final Grammar grammar;
    private final Arguments args;
    private final NetSentence net;

    Whereabouts(NetSentence net) {
        this.net = net;
        this.grammar = net.grammar();
        this.args = net.args();
    }

    /**
     * Adds "{@code actor} ATTENDED {@code where}" when the predicate {@code p} happened at an event, "{@code actor}
     * VISITED {@code where}" when it happened at a place abroad; {@code offered} are the types the lexicon already
     * offers for the predicate (those need no second proposal).
     */
    void propose(CandidateNet.Party actor, CandidateNet.Party where, int p, String lemma, List<Integer> path,
                 Set<RelationType> offered, Function<String, String> homeOf, List<CandidateNet.Draft> out) {
        if (args.entities().entity(where.id()).type() == EntityType.Event) {
            if (!offered.contains(RelationType.ATTENDED) && at(actor, where, p, RelationType.ATTENDED)
                    && grammar.caseMarker(where.anchor()) != null) {
                out.add(new CandidateNet.Draft(actor, RelationType.ATTENDED, where, p, lemma, path, CandidateNet.Via.EVENT));
            }
        } else if (!offered.contains(RelationType.VISITED)) {
            visit(actor, where, p, lemma, path, homeOf, out);
        }
    }

    /** The actor is the predicate's subject or object, and the predicate governs the place or event. */
    private boolean at(CandidateNet.Party actor, CandidateNet.Party where, int p, RelationType type) {
        return CandidateNet.fits(actor, type, where, args) && grammar.parse().deps().dominates(p, where.anchor())
                && ROLES.contains(ProposalFeatures.roleClass(net.paths().firstStep(p, actor.anchor())));
    }

    private void visit(CandidateNet.Party actor, CandidateNet.Party place, int p, String lemma, List<Integer> path,
                       Function<String, String> homeOf, List<CandidateNet.Draft> out) {
        String own = homeOf.apply(actor.id());
        String there = homeOf.apply(place.id());
        if (own == null || own.equals(there) || !PLACES.contains(args.entities().entity(place.id()).type())
                || !at(actor, place, p, RelationType.VISITED) || !locatedAt(place.anchor())) {
            return;
        }
        out.add(new CandidateNet.Draft(actor, RelationType.VISITED, place, p, lemma, path,
                there == null ? CandidateNet.Via.LOCATIVE_UNKNOWN : CandidateNet.Via.LOCATIVE));
    }

    /** A locative preposition on the word, or on the phrase it sits in without a preposition of its own. */
    private boolean locatedAt(int word) {
        int w = word;
        for (int step = 0; step <= MAX_INSIDE; step++) {
            String marker = grammar.caseMarker(w);
            if (marker != null) {
                return net.lexicon().locative(marker);
            }
            Edge head = grammar.parse().deps().head(w);
            if (head == null || !INSIDE.contains(head.base())) {
                return false;
            }
            w = head.gov();
        }
        return false;
    }
}
