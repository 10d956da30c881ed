package org.newsgraph.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.mention.Gazetteer;
import org.newsgraph.extract.relation.FrameFile;
import org.newsgraph.extract.score.Lexicon;
import org.newsgraph.extract.score.Scorer;
import org.newsgraph.extract.text.Language;

/**
 * The data files that steer extraction, read from the import folder: {@code gazetteer.txt} (and, if present,
 * {@code gazetteer-world.txt}, whose entries yield to it), {@code rules/boilerplate.txt}, {@code rules/roles.txt}
 * and per language {@code rules/relations-<lang>.txt} (relation patterns) and {@code rules/cues-<lang>.txt}
 * (status, attribution and coreference words); optional: {@code rules/lexicon-<lang>.txt} (the predicate lexicon)
 * and {@code model/scorer.json} (the learned scorer), without which only the patterns read relations. {@code version} is a hash of them all and of the extractor's
 * code version, so a change to any of them makes {@code serve} re-import.
 */
public record ExtractionRules(Gazetteer gazetteer, RuleFile boilerplate, RuleFile roles,
                              Map<Language, LanguageRules> languages, Scorer scorer, String version) {

    /** Each type's pattern words (verbs, nouns, adjectives of its rules): the lexicon includes them. */
    private static Map<org.newsgraph.model.RelationType, Set<String>> patternWords(FrameFile.Rules relations) {
        Map<org.newsgraph.model.RelationType, Set<String>> out = new EnumMap<>(org.newsgraph.model.RelationType.class);
        for (org.newsgraph.extract.relation.Frame f : relations.frames()) {
            Set<String> words = out.computeIfAbsent(f.type(), k -> new java.util.HashSet<>());
            words.addAll(f.verbs());
            words.addAll(f.nouns());
            words.addAll(f.adjectives());
        }
        return out;
    }

    /** The rules of one language: relation patterns, cue words and the predicate lexicon of the wide net. */
    public record LanguageRules(FrameFile.Rules relations, RuleFile cues, Lexicon lexicon) {
    }

    /** The same rules with another scorer (learning extracts with none, to see the patterns alone). */
    public ExtractionRules withScorer(Scorer other) {
        return new ExtractionRules(gazetteer, boilerplate, roles, languages, other, version);
    }

    public LanguageRules of(Language language) {
        return languages.get(language);
    }

    public static ExtractionRules load(Path importDir) throws IOException {
        Path rules = importDir.resolve("rules");
        List<Path> files = new ArrayList<>(List.of(importDir.resolve("gazetteer.txt"), rules.resolve("boilerplate.txt"),
                rules.resolve("roles.txt")));
        for (Language l : Language.values()) {
            files.add(rules.resolve("relations-" + l.name() + ".txt"));
            files.add(rules.resolve("cues-" + l.name() + ".txt"));
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new IOException("missing rule file " + f + " (the import folder needs gazetteer.txt and rules/)");
            }
        }
        Path world = importDir.resolve("gazetteer-world.txt");
        Gazetteer gazetteer = Gazetteer.load(files.get(0));
        if (Files.isRegularFile(world)) {
            gazetteer.addAll(Gazetteer.load(world, gazetteer));
            files.add(world);
        }
        Map<Language, LanguageRules> languages = new EnumMap<>(Language.class);
        int i = 3;
        for (Language l : Language.values()) {
            Path lexicon = rules.resolve("lexicon-" + l.name() + ".txt");
            boolean hasLexicon = Files.isRegularFile(lexicon);
            FrameFile.Rules relations = FrameFile.load(files.get(i));
            languages.put(l, new LanguageRules(relations, RuleFile.load(files.get(i + 1)),
                    hasLexicon ? Lexicon.of(RuleFile.load(lexicon), patternWords(relations)) : Lexicon.empty()));
            i += 2;
        }
        List<Path> hashed = new ArrayList<>(files);
        for (Language l : Language.values()) {
            hashed.add(rules.resolve("lexicon-" + l.name() + ".txt"));
        }
        Path model = importDir.resolve(Scorer.FILE);
        hashed.add(model);
        hashed.removeIf(f -> !Files.isRegularFile(f));
        return new ExtractionRules(gazetteer, RuleFile.load(files.get(1)), RuleFile.load(files.get(2)), languages,
                Scorer.load(model), hash(hashed));
    }

    private static String hash(List<Path> files) throws IOException {
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
