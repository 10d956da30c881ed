package org.newsgraph.extract.relation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.nlp.Parse;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.RelationType;

/**
 * Criticism said in words that are no verb of criticism: "Duda sagte: Russland zeigt wieder sein imperiales
 * Gesicht", "Ali nannte Maduros Forderung eine juristische Nichtigkeit", "Sarif schrieb, die USA lögen". A speaker
 * (the subject of a verb of saying, {@code speech:} in the lexicon) and a party inside what was said, when what was
 * said holds a word of blame ({@code blame:}), are proposed as CRITICIZED ({@code via=SPEECH}). Whether the blame
 * is aimed at that party is the scorer's call; the features say how many words of blame there were.
 */
final class Accusations {
    private static final Set<EntityType> SPEAKERS = Set.of(EntityType.Person, EntityType.Country, EntityType.Organization);

    private final Parse parse;
    private final Arguments args;
    private final NetSentence net;
    private final Map<Integer, Integer> blame = new HashMap<>();

    Accusations(NetSentence net) {
        this.net = net;
        this.parse = net.parse();
        this.args = net.args();
    }

    /** Adds "{@code speaker} CRITICIZED {@code target}" when {@code p} says something blaming that holds the target. */
    void propose(CandidateNet.Party speaker, CandidateNet.Party target, int p, String lemma, List<Integer> path,
                 Set<RelationType> offered, List<CandidateNet.Draft> out) {
        if (offered.contains(RelationType.CRITICIZED) || !net.lexicon().speech(lemma)
                || !SPEAKERS.contains(args.entities().entity(speaker.id()).type())
                || !CandidateNet.fits(speaker, RelationType.CRITICIZED, target, args)
                || !"SUBJ".equals(ProposalFeatures.roleClass(net.paths().firstStep(p, speaker.anchor())))
                || !parse.deps().dominates(said(p), target.anchor()) || parse.deps().dominates(speaker.anchor(), target.anchor())) {
            return;
        }
        int words = blameUnder(said(p), speaker.anchor());
        if (words > 0) {
            out.add(new CandidateNet.Draft(speaker, RelationType.CRITICIZED, target, p, lemma, path,
                    words > 1 ? CandidateNet.Via.SPEECH_BLAME_MANY : CandidateNet.Via.SPEECH_BLAME));
        }
    }

    /**
     * What was said: the verb of saying with what hangs from it, or the clause it hangs from when the parser made
     * the quotation the head ("„Iran lügt“, sagte Pompeo": sagte is a parataxis of lügt).
     */
    private int said(int p) {
        org.newsgraph.extract.nlp.Dependencies.Edge h = parse.deps().head(p);
        return h != null && (h.base().equals("parataxis") || h.base().equals("ccomp")) ? h.gov() : p;
    }

    /** Words of blame in what was said, outside the speaker's own phrase. */
    private int blameUnder(int p, int speaker) {
        return blame.computeIfAbsent(p, k -> {
            int n = 0;
            for (int w = 0; w < parse.size(); w++) {
                if (w != p && parse.deps().dominates(p, w) && !parse.deps().dominates(speaker, w)
                        && net.lexicon().blame(parse.word(w).lemma().toLowerCase(Locale.ROOT), parse.word(w).isNominal())) {
                    n++;
                }
            }
            return n;
        });
    }
}
