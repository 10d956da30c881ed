package org.newsgraph.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;
import org.newsgraph.cli.InProcessCli;
import org.newsgraph.extract.ExtractionRules;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.score.Proposal;
import org.newsgraph.extract.score.Scorer;
import org.newsgraph.extract.text.ArticleReader;
import org.newsgraph.extract.text.SourceArticle;
import org.newsgraph.model.RelationType;

/**
 * {@code learn} end to end on a small training set, the development set refused, and analysts' verdicts as
 * training labels that change what the scorer says of the next sentence of the same shape.
 */
class LearnTest {
    @TempDir
    Path dir;

    private static InProcessCli.Run cli(String... args) {
        return InProcessCli.run(args);
    }

    /** An import folder with the project's rules, no articles, and four texts of a shipped training set. */
    private Path importWithTraining() throws Exception {
        Path imp = dir.resolve("import");
        copy(TestPaths.importDir().resolve("rules"), imp.resolve("rules"));
        Files.copy(TestPaths.importDir().resolve("gazetteer.txt"), imp.resolve("gazetteer.txt"));
        Files.createDirectories(imp.resolve("articles"));
        Path set = TestPaths.importDir().resolve("training").resolve("set-b");
        Path mini = Files.createDirectories(imp.resolve("training").resolve("mini"));
        Files.copy(set.resolve("gold.json"), mini.resolve("gold.json"));
        for (Path p : sorted(set).stream().filter(p -> p.toString().endsWith(".txt")).limit(4).toList()) {
            Files.copy(p, mini.resolve(p.getFileName()));
        }
        return imp;
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        for (Path p : sorted(from)) {
            Files.copy(p, to.resolve(p.getFileName()));
        }
    }

    private static List<Path> sorted(Path d) throws Exception {
        try (Stream<Path> s = Files.list(d)) {
            return s.sorted().toList();
        }
    }

    @Test
    void learnWritesAModelWithItsProvenanceAndCrossValidatedFigures() throws Exception {
        Path imp = importWithTraining();
        String before = ExtractionRules.load(imp).version();
        InProcessCli.Run run = cli("learn", "--rules", imp.toString(), "--seeds-gold", dir.resolve("none").toString(), "--folds", "2", "-q");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("cross-validated (2 folds, whole articles)"), run.out());
        JsonNode model = new ObjectMapper().readTree(imp.resolve(Scorer.FILE).toFile());
        assertEquals(4, model.path("crossValidation").path("articles").asInt(), model.toPrettyString());
        JsonNode set = model.path("trainingSets").get(0);
        assertEquals("mini", set.path("name").asText());
        assertEquals(5, set.path("files").size(), "four texts and the gold");
        assertTrue(set.path("sha256").asText().matches("[0-9a-f]{64}"));
        assertTrue(model.path("weights").size() > 50, "weights are kept by name");
        assertTrue(model.path("trainer").asText().contains("Tribuo"));
        double t = model.path("threshold").asDouble();
        double f = model.path("floor").asDouble();
        assertTrue(f > 0 && f <= t, "floor " + f + " threshold " + t);

        ExtractionRules after = ExtractionRules.load(imp);
        assertEquals(Scorer.load(imp.resolve(Scorer.FILE)).weights(), after.scorer().weights(), "the import folder's rules read the model");
        assertNotEquals(before, after.version(), "a new model changes the rules' version, so stored articles are read again");
    }

    @Test
    void theDevelopmentSetIsNeverTrainedOn() throws Exception {
        Path imp = importWithTraining();
        Path dev = Files.createDirectories(dir.resolve("shared").resolve("eval").resolve("dev"));
        Files.writeString(dev.resolve("gold.json"), "{\"entities\": [], \"relations\": []}");
        InProcessCli.Run run = cli("learn", "--rules", imp.toString(), "--training", dev.toString(), "-q");
        assertNotEquals(0, run.code());
        assertTrue(run.err().contains("development set"), run.err());
        assertTrue(Files.notExists(imp.resolve(Scorer.FILE)), "nothing written");
    }

    @Test
    void verdictsTeachTheScorerAboutAPhrasing() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        List<String> texts = List.of(
                "Die Regierung Japans kritisierte das Raketenprogramm Nordkoreas scharf.",
                "Die Regierung Südkoreas kritisierte das Atomprogramm Nordkoreas.",
                "Die Regierung der USA kritisierte das Abkommen Russlands mit Iran.",
                "Die Regierung Chinas kritisierte die Manöver der USA.");
        for (int i = 0; i < texts.size(); i++) {
            Files.writeString(articles.resolve("v" + i + ".txt"), texts.get(i));
        }
        Extractor ex = new Extractor(org.newsgraph.extract.Rules.get().withScorer(Scorer.none()));
        // the analyst accepts the CRITICIZED proposals of the first three articles' critics and rejects every other one
        StringBuilder log = new StringBuilder();
        int n = 0;
        List<Path> files = sorted(articles);
        for (Path p : files.subList(0, 3)) {
            SourceArticle a = new ArticleReader().read(p);
            List<Proposal> ps = new ArrayList<>();
            List<String> sentences = new ArrayList<>();
            ex.extract(a, t -> t.proposals().forEach(x -> {
                ps.add(x);
                sentences.add(t.sentence().text());
            }));
            for (int i = 0; i < ps.size(); i++) {
                Proposal x = ps.get(i);
                boolean yes = x.type() == RelationType.CRITICIZED && x.source().entityId().matches("japan|south_korea|united_states");
                log.append(review("d" + (n++), a.sha256(), sentences.get(i), x, yes)).append('\n');
            }
        }
        Path decisions = dir.resolve("decisions.jsonl");
        Files.writeString(decisions, log);
        Verdicts verdicts = Verdicts.load(decisions);
        assertTrue(verdicts.decisions() >= 3, log.toString());
        TrainingData data = TrainingData.collect(ex, List.of(new TrainingData.Source("articles", files, null, null)),
                verdicts, x -> { });
        assertEquals(3, data.articles.size(), "an article no verdict concerns is not trained on");
        assertTrue(data.samples.stream().anyMatch(TrainingData.Sample::positive));
        ScorerTraining.Weights taught = ScorerTraining.train(data.samples);

        List<Proposal> next = new ArrayList<>();
        ex.extract(new ArticleReader().read(files.get(3)), t -> next.addAll(t.proposals()));
        double criticised = next.stream().filter(p -> p.type() == RelationType.CRITICIZED && p.source().entityId().equals("china"))
                .mapToDouble(p -> taught.score(p.features())).max().orElseThrow();
        double other = next.stream().filter(p -> p.type() != RelationType.CRITICIZED)
                .mapToDouble(p -> taught.score(p.features())).max().orElse(0);
        assertTrue(criticised > 0.5 && criticised > other, "the same phrasing now scores " + criticised + " (others " + other + ")");
    }

    private static String review(String id, String sha, String sentence, Proposal p, boolean accept) throws Exception {
        Map<String, Object> claim = Map.of("article", sha, "sentence", sentence, "type", p.type().name(),
                "subject", p.source().entityId(), "object", p.target().entityId());
        return new ObjectMapper().writeValueAsString(Map.of("id", id, "at", "2026-12-07T10:00:00Z", "analyst", "test",
                "action", "review", "data", Map.of("claim", claim, "after", Map.of("verdict", accept ? "accepted" : "rejected"))));
    }
}
