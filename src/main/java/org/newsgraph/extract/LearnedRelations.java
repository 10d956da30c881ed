package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.relation.Frame;
import org.newsgraph.extract.score.Proposal;
import org.newsgraph.extract.score.Scorer;
import org.newsgraph.model.RelationType;
import org.newsgraph.model.Status;

/**
 * Turns the scorer's verdicts into relations: a proposal at or above the threshold becomes a claim, one between
 * the floor and the threshold a suggestion ({@code status: suggested}, its reading kept in {@code readStatus}),
 * at most one suggestion per pair of parties and sentence, and none where a pattern already read the pair.
 */
final class LearnedRelations {
    private final Scorer scorer;
    private final Map<RelationType, Frame> frames = new EnumMap<>(RelationType.class);

    LearnedRelations(Scorer scorer) {
        this.scorer = scorer;
        for (RelationType t : RelationType.values()) {
            frames.put(t, new Frame(t, Set.of(), Set.of(), Set.of(), Set.of(), List.of(), List.of(), List.of(),
                    Set.of(), Set.of(), Set.of(), List.of(), List.of(), false, false, false, false, 1.0, List.of(),
                    "learned", 0));
        }
    }

    /** A frame standing for "the scorer read it" (status and place are read as for a pattern). */
    Frame frame(RelationType type) {
        return frames.get(type);
    }

    /** The proposals worth keeping, best first: claims, then the best suggestion of each pair no pattern read. */
    List<Proposal> choose(List<Proposal> proposals, Set<String> patternKeys) {
        Set<String> patternPairs = new HashSet<>();
        for (String k : patternKeys) {
            String[] p = k.split("\\|");
            patternPairs.add(Proposal.pair(p[0], p[2]));
        }
        Map<String, Proposal> best = new LinkedHashMap<>();
        for (Proposal p : proposals) {
            if (p.score() >= scorer.floor() && !patternKeys.contains(p.key())) {
                best.merge(p.key(), p, (a, b) -> b.score() > a.score() ? b : a);
            }
        }
        List<Proposal> ranked = new ArrayList<>(best.values());
        ranked.sort((a, b) -> Double.compare(b.score(), a.score()));
        List<Proposal> out = new ArrayList<>();
        Set<String> suggestedPairs = new HashSet<>(patternPairs);
        for (Proposal p : ranked) {
            if (p.score() >= scorer.threshold()) {
                out.add(p);
                suggestedPairs.add(p.pair());
            } else if (suggestedPairs.add(p.pair())) {
                out.add(p);
            }
        }
        return out;
    }

    /** The relation as the scorer sees it: its score as confidence, "learned:lemma" as rule, a suggestion below threshold. */
    Relation finish(Relation r, Proposal p) {
        boolean claim = p.score() >= scorer.threshold();
        double score = Math.round(p.score() * 1000) / 1000.0;
        return new Relation(r.source(), r.sourceId(), r.type(), r.target(), r.targetId(), r.article(), r.evidence(),
                claim ? r.status() : Status.suggested, r.date(), r.place(), r.placeId(), r.item(), r.items(),
                r.itemIds(), r.attributedTo(), r.attributedToId(), Math.round(p.score() * 100) / 100.0, r.language(),
                "learned:" + p.lemma(), score, claim ? null : r.status());
    }
}
