package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.text.SkippedFile;

/** Bad input: every unusable file is named with its reason; every good file is still extracted. */
class ArticleReaderTest {
    @TempDir
    Path dir;

    @Test
    void badFilesAreSkippedWithReasonsOthersAreExtracted() throws Exception {
        Files.writeString(dir.resolve("good.txt"), "Titel\nPutin traf Kim Jong-un in Wladiwostok.", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01});
        Files.write(dir.resolve("cp1252.txt"), "Südkorea und Nordkorea trafen sich.".getBytes(Charset.forName("windows-1252")));
        Files.writeString(dir.resolve("nosentence.txt"), "— … —\n12 34\n");
        Files.writeString(dir.resolve("huge-line.txt"), "Putin traf Kim in Moskau und ".repeat(700_000) + "ging.");
        Files.createDirectories(dir.resolve("meta"));
        Files.writeString(dir.resolve("brokenmeta.txt"), "Titel\nPutin traf Kim.");
        Files.writeString(dir.resolve("meta/brokenmeta.json"), "{ not json");

        ExtractionRun.Result r = new ExtractionRun(new Extractor(Rules.get())).run(dir, a -> { });
        Map<String, String> skipped = r.skipped().stream().collect(Collectors.toMap(SkippedFile::file, SkippedFile::reason));
        assertTrue(skipped.get("empty.txt").contains("empty"), skipped.toString());
        assertTrue(skipped.get("binary.txt").contains("binary"), skipped.toString());
        assertTrue(skipped.get("cp1252.txt").contains("UTF-8"), skipped.toString());
        assertTrue(skipped.get("nosentence.txt").contains("no sentence"), skipped.toString());
        assertTrue(skipped.get("brokenmeta.txt").contains("metadata"), skipped.toString());
        assertEquals(5, skipped.size(), skipped.toString());
        assertEquals(2, r.articles().size(), "good.txt and the 20 MB single line are read");
        assertTrue(r.relations().stream().anyMatch(x -> x.article().equals("good.txt") && x.type() == org.newsgraph.model.RelationType.MET));
    }
}
