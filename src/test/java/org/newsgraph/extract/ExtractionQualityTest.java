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
 * Guards extraction quality on the seeds with the shared scorer (../shared/eval/score.py): a regression below
 * the level reached fails the build. Raise the floors when the extractor gets better.
 */
class ExtractionQualityTest {
    static final double MIN_F1 = 0.62;
    static final double MIN_PRECISION = 0.85;

    @TempDir
    Path dir;

    @Test
    void seedScoreDoesNotRegress() throws Exception {
        Path scorer = TestPaths.shared().resolve("eval/score.py");
        Assumptions.assumeTrue(Files.isRegularFile(scorer), "no shared scorer at " + scorer);
        ExtractionRun.Result r = new ExtractionRun(new Extractor(Rules.get())).run(TestPaths.articles(), a -> { });
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (Relation rel : r.relations()) {
            lines.add(json.writeValueAsString(rel));
        }
        Path out = dir.resolve("out.jsonl");
        Files.write(out, lines, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("python3", scorer.toString(), out.toString(), "--articles",
                TestPaths.articles().toString()).redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), report);
        System.out.println(report);
        double f1 = number(report, "relations F1 = ([0-9.]+)");
        double precision = number(report, "relations P = ([0-9.]+)");
        Matcher grounded = Pattern.compile("evidence found verbatim in its article: (\\d+)/(\\d+)").matcher(report);
        assertTrue(grounded.find(), report);
        assertEquals(grounded.group(2), grounded.group(1), "every evidence sentence is verbatim");
        assertTrue(f1 >= MIN_F1, "F1 " + f1 + " fell below " + MIN_F1);
        assertTrue(precision >= MIN_PRECISION, "precision " + precision + " fell below " + MIN_PRECISION);
    }

    private static double number(String report, String regex) {
        Matcher m = Pattern.compile(regex).matcher(report);
        assertTrue(m.find(), report);
        return Double.parseDouble(m.group(1));
    }
}
