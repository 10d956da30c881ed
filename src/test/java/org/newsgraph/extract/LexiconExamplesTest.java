package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.TestPaths;
import org.newsgraph.extract.score.Lexicon;
import org.newsgraph.extract.score.Proposal;
import org.newsgraph.extract.score.Scorer;
import org.newsgraph.extract.text.Language;
import org.newsgraph.model.RelationType;

/** The predicate lexicons: every example line is proposed by the wide net; compounds match; typos are refused. */
class LexiconExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyExampleIsProposed() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        Extractor ex = new Extractor(Rules.get().withScorer(Scorer.none()));
        for (Language l : Language.values()) {
            Path file = TestPaths.importDir().resolve("rules").resolve("lexicon-" + l.name() + ".txt");
            for (String example : RuleFile.load(file).values(Lexicon.EXAMPLE)) {
                tests.add(DynamicTest.dynamicTest(l + ": " + example, () -> {
                    String[] parts = example.split("=>");
                    String[] want = parts[1].strip().split("\\s+");
                    RelationType type = RelationType.parse(want[0]);
                    List<Proposal> seen = new ArrayList<>();
                    ex.extract(Sentences.article(parts[0].strip(), l), t -> seen.addAll(t.proposals()));
                    String key = Proposal.key(want[1], type, want[2]);
                    assertTrue(seen.stream().anyMatch(p -> p.key().equals(key)), key + " not among " + seen.stream()
                            .map(Proposal::key).toList());
                }));
            }
        }
        assertFalse(tests.isEmpty());
        return tests.stream();
    }

    @Test
    void aCompoundCarriesTheTypesOfItsLastPart() {
        Lexicon l = Lexicon.of(RuleFile.parse("t.txt", "SUPPLIED: lieferung\nMET: treffen\n"));
        assertEquals(Set.of(RelationType.SUPPLIED), l.types("waffenlieferung", true));
        assertEquals(Set.of(RelationType.MET), l.types("Gipfeltreffen", true));
        assertTrue(l.types("waffenlieferung", false).isEmpty(), "only nouns are compounds");
        assertTrue(l.types("rat", true).isEmpty());
    }

    @Test
    void aKeyThatIsNoRelationTypeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lexicon.of(RuleFile.parse("lexicon-de.txt", "SUPPLID: liefern\n")));
        assertTrue(e.getMessage().contains("SUPPLID".toLowerCase()) || e.getMessage().contains("supplid"), e.getMessage());
    }

    @Test
    void theShippedLexiconsLoad() throws Exception {
        for (Language l : Language.values()) {
            Path file = TestPaths.importDir().resolve("rules").resolve("lexicon-" + l.name() + ".txt");
            assertTrue(Files.isRegularFile(file));
            assertTrue(Lexicon.of(RuleFile.load(file)).size() > 150, l + " lexicon is broad");
        }
    }
}
