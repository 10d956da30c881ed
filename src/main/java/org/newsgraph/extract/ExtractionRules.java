package org.newsgraph.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.newsgraph.extract.mention.Gazetteer;
import org.newsgraph.extract.relation.RelationRule;

/**
 * The data files that steer extraction, read from the import folder: {@code gazetteer.txt} and
 * {@code rules/{boilerplate,roles,status,relations}.txt}. {@code version} is a hash of them all, so a change
 * to any rule makes {@code serve} re-import.
 */
public record ExtractionRules(Gazetteer gazetteer, RuleFile boilerplate, RuleFile roles, RuleFile status,
                              List<RelationRule> relations, String version) {

    public static ExtractionRules load(Path importDir) throws IOException {
        Path rules = importDir.resolve("rules");
        Path[] files = {importDir.resolve("gazetteer.txt"), rules.resolve("boilerplate.txt"), rules.resolve("roles.txt"),
                rules.resolve("status.txt"), rules.resolve("relations.txt")};
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new IOException("missing rule file " + f + " (the import folder needs gazetteer.txt and rules/)");
            }
        }
        return new ExtractionRules(Gazetteer.load(files[0]), RuleFile.load(files[1]), RuleFile.load(files[2]),
                RuleFile.load(files[3]), RelationRule.load(files[4]), hash(files));
    }

    private static String hash(Path[] files) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(Extractor.VERSION.getBytes(StandardCharsets.UTF_8));
            for (Path f : files) {
                md.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
