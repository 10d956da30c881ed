package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.score.Proposal;
import org.newsgraph.extract.score.Scorer;
import org.newsgraph.extract.text.Language;
import org.newsgraph.model.RelationType;
import org.newsgraph.model.Status;

/**
 * The wide net on invented sentences of the shapes the patterns miss: what it proposes, and how the scorer's
 * threshold and floor turn proposals into claims, suggestions or nothing.
 */
class WideNetTest {
    private static final String NOMINAL = "Mehrere EU-Staaten kritisierten die Rüstungskooperation zwischen Minsk und Teheran.";

    /** A scorer that gives every proposal 0.5 (bias 0, one weight on a feature no proposal has). */
    private static Scorer flat(double threshold, double floor) {
        return new Scorer(0, Map.of("never", 1.0), threshold, floor);
    }

    private static ArticleExtraction extract(String text, Scorer scorer, List<Proposal> seen) throws Exception {
        Extractor ex = new Extractor(Rules.get().withScorer(scorer));
        return ex.extract(Sentences.article(text, Language.de), t -> seen.addAll(t.proposals()));
    }

    @Test
    void aNominalisedPredicateJoinsThePairBetweenWhichItStands() throws Exception {
        List<Proposal> seen = new java.util.ArrayList<>();
        extract(NOMINAL, flat(1.01, 1.01), seen);
        assertTrue(seen.stream().anyMatch(p -> p.type() == RelationType.COOPERATES_WITH
                && p.pair().equals("belarus|iran") && p.lemma().equals("rüstungskooperation")), seen.toString());
        Proposal p = seen.stream().filter(x -> x.type() == RelationType.COOPERATES_WITH && x.pair().equals("belarus|iran"))
                .findFirst().orElseThrow();
        assertTrue(p.features().contains("T|sc=COOPERATES_WITH|zwischen") || p.features().contains("T|tc=COOPERATES_WITH|zwischen"),
                "the case marker is a feature: " + p.features());
        assertTrue(p.features().stream().anyMatch(f -> f.startsWith("pat=")), "what the patterns said is a feature");
    }

    @Test
    void belowTheFloorNothingBetweenFloorAndThresholdASuggestionAboveAClaim() throws Exception {
        List<Relation> none = extract(NOMINAL, flat(1.01, 0.9), new java.util.ArrayList<>()).relations();
        assertTrue(none.stream().noneMatch(r -> r.rule().startsWith("learned:")), none.toString());

        List<Relation> suggested = extract(NOMINAL, flat(0.9, 0.1), new java.util.ArrayList<>()).relations();
        Relation s = critic(suggested);
        assertEquals(Status.suggested, s.status());
        assertEquals(Status.fact, s.readStatus(), "what it becomes when accepted");
        assertEquals(0.5, s.score());
        assertEquals(NOMINAL, s.evidence().text());
        long perPair = suggested.stream().filter(r -> r.status() == Status.suggested)
                .map(r -> r.sourceId().compareTo(r.targetId()) < 0 ? r.sourceId() + r.targetId() : r.targetId() + r.sourceId())
                .count();
        assertEquals(perPair, suggested.stream().filter(r -> r.status() == Status.suggested)
                .map(r -> r.sourceId().compareTo(r.targetId()) < 0 ? r.sourceId() + r.targetId() : r.targetId() + r.sourceId())
                .distinct().count(), "at most one suggestion per pair and sentence: " + suggested);

        List<Relation> claimed = extract(NOMINAL, flat(0.4, 0.1), new java.util.ArrayList<>()).relations();
        Relation c = critic(claimed);
        assertEquals(Status.fact, c.status());
        assertNull(c.readStatus());
        assertEquals("learned:kritisieren", c.rule());
        assertTrue(claimed.stream().anyMatch(r -> r.type() == RelationType.COOPERATES_WITH && r.status() == Status.fact
                && !r.rule().startsWith("learned:")), "the pattern's claim stays: " + claimed);
    }

    /** The critics' relation to one of the two partners (no pattern reads it: the scorer alone decides). */
    private static Relation critic(List<Relation> rs) {
        return rs.stream().filter(r -> r.type() == RelationType.CRITICIZED && r.sourceId().equals("european_union")
                && r.targetId().equals("belarus")).findFirst().orElseThrow(() -> new AssertionError(rs.toString()));
    }

    @Test
    void everyLineCarriesAScore() throws Exception {
        List<Relation> rs = extract("Putin traf Kim in Wladiwostok.", flat(1.01, 1.01), new java.util.ArrayList<>()).relations();
        assertTrue(!rs.isEmpty());
        for (Relation r : rs) {
            assertNotNull(r.score(), r.toString());
        }
    }

    @Test
    void aNegatedProposalIsNeitherClaimNorSuggestion() throws Exception {
        List<Relation> rs = extract("Minsk kritisierte die Kooperation mit Teheran nicht.", flat(0.4, 0.1),
                new java.util.ArrayList<>()).relations();
        assertTrue(rs.stream().noneMatch(r -> r.type() == RelationType.CRITICIZED), rs.toString());
    }
}
