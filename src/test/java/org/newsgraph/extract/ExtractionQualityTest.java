package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPaths;

/**
 * Guards extraction quality with the shared scorer (../shared/eval/score.py) on the seeds and on the development
 * set of other real texts: a regression below the level reached fails the build. Raise the floors when the
 * extractor gets better. (The dev texts stay in ../shared; they are read, never copied.)
 */
class ExtractionQualityTest {
    static final double SEED_MIN_F1 = 0.65;
    static final double SEED_MIN_PRECISION = 0.92;
    static final double DEV_MIN_F1 = 0.65;
    static final double DEV_MIN_PRECISION = 0.94;

    @TempDir
    Path dir;

    @Test
    void seedScoreDoesNotRegress() throws Exception {
        String report = score(TestPaths.articles(), List.of());
        assertFloors(report, SEED_MIN_F1, SEED_MIN_PRECISION);
    }

    @Test
    void developmentSetScoreDoesNotRegress() throws Exception {
        Path dev = TestPaths.shared().resolve("eval/dev");
        Assumptions.assumeTrue(Files.isRegularFile(dev.resolve("gold.json")), "no development set at " + dev);
        String report = score(dev, List.of("--gold", dev.resolve("gold.json").toString()));
        assertFloors(report, DEV_MIN_F1, DEV_MIN_PRECISION);
    }

    private String score(Path articles, List<String> extra) throws Exception {
        Path scorer = TestPaths.shared().resolve("eval/score.py");
        Assumptions.assumeTrue(Files.isRegularFile(scorer), "no shared scorer at " + scorer);
        ExtractionRun.Result r = new ExtractionRun(Sentences.extractor()).run(articles, a -> { });
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (Relation rel : r.relations()) {
            lines.add(json.writeValueAsString(rel));
        }
        Path out = dir.resolve("out.jsonl");
        Files.write(out, lines, StandardCharsets.UTF_8);
        List<String> cmd = new ArrayList<>(List.of("python3", scorer.toString(), out.toString(), "--articles",
                articles.toString()));
        cmd.addAll(extra);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), report);
        System.out.println(report);
        return report;
    }

    private static void assertFloors(String report, double minF1, double minPrecision) {
        double f1 = number(report, "relations F1 = ([0-9.]+)");
        double precision = number(report, "relations P = ([0-9.]+)");
        Matcher grounded = Pattern.compile("evidence found verbatim in its article: (\\d+)/(\\d+)").matcher(report);
        assertTrue(grounded.find(), report);
        assertEquals(grounded.group(2), grounded.group(1), "every evidence sentence is verbatim");
        assertTrue(f1 >= minF1, "F1 " + f1 + " fell below " + minF1);
        assertTrue(precision >= minPrecision, "precision " + precision + " fell below " + minPrecision);
    }

    private static double number(String report, String regex) {
        Matcher m = Pattern.compile(regex).matcher(report);
        assertTrue(m.find(), report);
        return Double.parseDouble(m.group(1));
    }
}
