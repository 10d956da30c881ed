package org.newsgraph.extract.attribute;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.nlp.Compound;
import org.newsgraph.extract.nlp.Dependencies.Edge;
import org.newsgraph.extract.nlp.Parse;
import org.newsgraph.extract.nlp.Word;
import org.newsgraph.extract.relation.Argument;
import org.newsgraph.extract.relation.Arguments;
import org.newsgraph.extract.relation.Grammar;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Status;

/**
 * Stage 6 (status): how firmly the sentence asserts a relation, read from the parse. Its own clause: a
 * negation drops it; "sollen", "offenbar" or a subjunctive (Konjunktiv I: "habe geliefert") make it reported;
 * "könnte", "würde", "wohl" speculative. The clauses above it: a complement of a speech verb ("Washington
 * meldete, dass …") is reported and attributed to the speaker, of a verb of expectation ("Experten erwarten,
 * dass …") speculative, of a denial ("Nordkorea bestritt die Lieferung …") denied. Attribution adverbials
 * anywhere on the way up ("laut KCNA", "Berichten zufolge", "nach Angaben des Kremls", "…, sagte Volker") make
 * it reported too. The strongest cue wins: denied over speculative over reported over fact.
 */
public final class StatusReader {
    private static final Set<EntityType> SPEAKERS = EnumSet.of(EntityType.Person, EntityType.Organization,
            EntityType.Country);
    /** How a clause or noun hangs from a verb whose meaning it takes on ("meldete, dass …", "bestritt die Lieferung"). */
    private static final Set<String> VERB_COMPLEMENTS = Set.of("ccomp", "csubj", "xcomp", "obj", "nsubj", "nsubj:pass");
    /** … from a noun ("der Verdacht, dass …") or an adjective ("es ist möglich, dass …"). */
    private static final Set<String> OTHER_COMPLEMENTS = Set.of("acl", "ccomp", "csubj", "nmod", "nsubj");

    /** What the reader found: the status, who asserts it (or null), negation, and who denies it (or null). */
    public record Reading(Status status, Argument attributedTo, boolean negated, Argument denier) {
    }

    private final StatusCues cues;
    private final Set<String> lightVerbs;

    /** {@code lightVerbs}: verbs whose negation negates their noun ("führten keine Gespräche", "fand nicht statt"). */
    public StatusReader(StatusCues cues, Set<String> lightVerbs) {
        this.cues = cues;
        this.lightVerbs = lightVerbs;
    }

    public Reading read(Grammar g, Arguments args, int predicate, boolean quoted) {
        Parse parse = g.parse();
        State st = new State();
        if (quoted) {
            st.raise(Status.reported, null);
        }
        st.negated = negated(parse, predicate);
        int clause = clauseHead(parse, predicate);
        if (clause == predicate) {
            ownClause(g, clause, st); // a noun names an event its sentence presupposes: "Schoigus Gespräch mit Kim werde …"
        } else {
            // a noun's own verb may deny or report it: "Nordkorea bestritt die Lieferung …"
            governor(g, args, clause, parse.predicateLemma(clause), parse.word(clause), st,
                    new org.newsgraph.extract.nlp.Dependencies.Edge(clause, predicate, "obj"));
        }
        int cur = clause;
        if (backgroundNoun(g, predicate)) {
            cur = -1; // "…, dass die Russen Waffen für ihren Angriffskrieg kaufen wollten": the war is not in doubt
        }
        for (int depth = 0; depth < 6 && cur >= 0; depth++) {
            adverbials(g, args, cur, st);
            Edge up = parse.deps().head(cur);
            if (up == null) {
                break;
            }
            int gov = up.gov();
            String lemma = parse.predicateLemma(gov);
            Word gw = parse.word(gov);
            boolean verb = gw.is("VERB") || gw.is("AUX");
            if ((verb ? VERB_COMPLEMENTS : OTHER_COMPLEMENTS).contains(up.base())
                    || (verb ? VERB_COMPLEMENTS : OTHER_COMPLEMENTS).contains(up.rel())) {
                governor(g, args, gov, lemma, gw, st, up); // not through "obwohl …", "und …", "um … zu"
            }
            cur = gov;
        }
        return new Reading(st.status, st.by, st.negated, st.denier);
    }

    private void governor(Grammar g, Arguments args, int gov, String lemma, Word gw, State st, Edge up) {
        boolean verb = gw.is("VERB") || gw.is("AUX");
        if (verb && cues.denialVerbs().contains(lemma)) {
            Argument who = speaker(g, args, gov);
            st.raise(Status.denied, who);
            st.denier = who;
        } else if (verb && cues.speculativeVerbs().contains(lemma)) {
            st.raise(Status.speculative, speaker(g, args, gov));
        } else if (verb && (up.base().equals("csubj") || up.base().equals("ccomp")) && modal(g, gov)) {
            st.raise(Status.speculative, null); // "Es kann sein, dass …", "Es könnte sein, dass …"
        } else if (verb && cues.reportingVerbs().contains(lemma) && !up.base().equals("advcl")) {
            st.raise(Status.reported, speaker(g, args, gov));
        } else if (gw.isNominal() && Compound.endsInAny(gw.lemma(), cues.speculativeNouns())) {
            st.raise(Status.speculative, null); // "der Verdacht, dass …"
        } else if (gw.is("ADJ") && cues.speculativeAdjectives().contains(gw.lemma())) {
            st.raise(Status.speculative, null); // "es gilt als möglich, dass …"
        } else if (gw.is("ADJ") && cues.reportedAdjectives().contains(gw.lemma())) {
            st.raise(Status.reported, null); // "es gilt als sicher, dass …"
        }
    }

    private boolean modal(Grammar g, int verb) {
        for (int a : g.children(verb, "aux")) {
            if (cues.speculativeModals().contains(g.parse().word(a).lemma())) {
                return true;
            }
        }
        return false;
    }

    /** A noun event in an adverbial or attribute phrase ("für ihren Krieg", "angesichts der Bromance"): presupposed. */
    private static boolean backgroundNoun(Grammar g, int p) {
        Edge h = g.parse().deps().head(p);
        return g.parse().word(p).isNominal() && h != null && (h.base().equals("obl") || h.base().equals("nmod"))
                && g.caseMarker(p) != null;
    }

    /** Modals, adverbs and mood of the predicate's own clause. */
    private void ownClause(Grammar g, int clause, State st) {
        Parse parse = g.parse();
        if (g.copulaHead(clause) >= 0) {
            clause = g.copulaHead(clause); // "ist offenbar unterwegs nach …": the copula's words hang on its predicate
        }
        List<Integer> verbs = new ArrayList<>(g.children(clause, "aux", "aux:pass", "cop"));
        verbs.add(clause);
        for (int v : verbs) {
            Word w = parse.word(v);
            if (cues.reportedModals().contains(w.lemma()) && !subjunctiveII(w)) {
                st.raise(Status.reported, null); // "soll geliefert haben"
            } else if (cues.speculativeModals().contains(w.lemma()) && subjunctiveII(w)) {
                st.raise(Status.speculative, null); // "könnte liefern", "würde treffen"
            } else if (subjunctiveI(w)) {
                st.raise(Status.reported, null); // indirect speech: "habe geliefert", "sei gereist"
            }
        }
        for (int a : g.children(clause, "advmod")) {
            String l = parse.word(a).lemma();
            if (cues.speculativeAdverbs().contains(l)) {
                st.raise(Status.speculative, null);
            } else if (cues.reportedAdverbs().contains(l)) {
                st.raise(Status.reported, null);
            }
        }
    }

    /** "laut KCNA", "Berichten zufolge", "nach Angaben des Kremls", "…, sagte Volker", "wie X berichtete". */
    private void adverbials(Grammar g, Arguments args, int w, State st) {
        Parse parse = g.parse();
        for (Edge e : parse.deps().children(w)) {
            int d = e.dep();
            Word dw = parse.word(d);
            int colon = e.rel().indexOf(':');
            String marker = colon > 0 && !e.rel().endsWith(":agent") ? e.rel().substring(colon + 1) : g.caseMarker(d);
            if ((e.base().equals("obl") || e.base().equals("nmod") || e.base().equals("advmod"))
                    && (marker != null && cues.reportingPrepositions().contains(marker)
                    || hasReportingNounChild(g, d))) {
                st.raise(Status.reported, source(g, args, d));
            } else if ((e.base().equals("obl") || e.base().equals("nmod")) && dw.isNominal()
                    && Compound.endsInAny(dw.lemma(), cues.reportingNouns()) && marker != null
                    && !marker.equals("in") && !marker.equals("mit")) {
                st.raise(Status.reported, source(g, args, d)); // "nach Angaben des Kremls"
            } else if ((e.base().equals("parataxis") || e.base().equals("advcl") || e.base().equals("dep"))
                    && cues.reportingVerbs().contains(parse.predicateLemma(d))) {
                st.raise(Status.reported, speaker(g, args, d)); // "…, sagte Volker", "wie KCNA meldete"
            }
        }
    }

    private boolean hasReportingNounChild(Grammar g, int d) {
        for (int c : g.children(d, "case")) {
            if (cues.reportingPrepositions().contains(g.parse().word(c).lemma())) {
                return true;
            }
        }
        return false;
    }

    /** Who an attribution phrase names: "laut KCNA", "nach Angaben des Kremls", "nach amerikanischen Erkenntnissen". */
    private static Argument source(Grammar g, Arguments args, int phrase) {
        List<Argument> found = args.of(List.of(phrase), true, SPEAKERS);
        if (found.isEmpty()) {
            for (int a : g.children(phrase, "amod")) {
                found = args.of(List.of(a), false, SPEAKERS);
                if (!found.isEmpty()) {
                    break;
                }
            }
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private static Argument speaker(Grammar g, Arguments args, int verb) {
        List<Integer> who = new ArrayList<>(g.subjects(verb));
        if (g.voice(verb) == Grammar.Voice.PASSIVE) {
            who.addAll(g.children(verb, "obl:agent"));
        }
        List<Argument> found = args.of(who, false, SPEAKERS);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The verb whose clause the predicate belongs to (a noun predicate belongs to its verb's clause). */
    private static int clauseHead(Parse parse, int p) {
        int cur = p;
        for (int i = 0; i < 4 && parse.word(cur).isNominal(); i++) {
            Edge h = parse.deps().head(cur);
            if (h == null || h.base().equals("conj") && parse.word(h.gov()).isNominal()) {
                break;
            }
            cur = h.gov();
        }
        return cur;
    }

    private boolean negated(Parse parse, int p) {
        int clause = clauseHead(parse, p);
        boolean ownClause = clause == p || lightVerbs.contains(parse.predicateLemma(clause));
        if (!ownClause) {
            clause = p; // "Die Annexion wird nicht anerkannt": the annexation is not what is negated
        }
        for (int w : List.of(p, clause)) {
            for (Edge e : parse.deps().children(w)) {
                Word d = parse.word(e.dep());
                if ((e.base().equals("advmod") || e.base().equals("det") || e.rel().equals("neg"))
                        && cues.negations().contains(d.lemma()) && !followedByException(parse, e.dep())) {
                    return true;
                }
            }
        }
        for (Edge e : parse.deps().children(clause)) {
            if (e.base().equals("obj") || e.base().startsWith("nsubj")) {
                for (Edge d : parse.deps().children(e.dep(), "det", "advmod")) {
                    if (cues.negations().contains(parse.word(d.dep()).lemma())) {
                        return true; // "keine Waffen geliefert"
                    }
                }
            }
        }
        return false;
    }

    private boolean followedByException(Parse parse, int w) {
        return w + 1 < parse.size() && cues.notNegatedBefore().contains(parse.word(w + 1).lower());
    }

    /** Konjunktiv I in the third person ("habe", "sei", "liefere"), not also an indicative form. */
    private static boolean subjunctiveI(Word w) {
        String m = w.morph();
        return m.contains(":3:") && m.contains("KJ1") && !m.contains(":3:SIN:PRÄ") && !m.contains(":3:PLU:PRÄ")
                && !m.contains("AUX:3:SIN:PRÄ") && !m.contains("AUX:3:PLU:PRÄ");
    }

    /** Konjunktiv II ("könnte", "würde", "dürfte"); English "could", "would", "might" have the tag MD. */
    private static boolean subjunctiveII(Word w) {
        return w.morph().contains("KJ2") || w.morph().equals("MD");
    }

    private static final class State {
        Status status = Status.fact;
        Argument by;
        boolean negated;
        Argument denier;

        void raise(Status s, Argument who) {
            if (s.ordinal() > status.ordinal()) {
                status = s;
                by = who != null ? who : by;
            } else if (s == status && by == null) {
                by = who;
            }
        }
    }
}
