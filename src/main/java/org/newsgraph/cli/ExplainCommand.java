package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.extract.ExtractionRules;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.mention.Mention;
import org.newsgraph.extract.nlp.Dependencies;
import org.newsgraph.extract.nlp.Word;
import org.newsgraph.extract.score.Proposal;
import org.newsgraph.extract.text.ArticleMeta;
import org.newsgraph.extract.text.Language;
import org.newsgraph.extract.text.SourceArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code explain TEXT|--file F}: shows how the extractor reads a text — per sentence its words (lemma, POS,
 * named-entity class, dependency), the mentions it linked and the relations it read, with the rule that read
 * each. For writing and checking rules; touches no database.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Show how the extractor reads a text: words, lemmas, parse, mentions, relations and rules, and the"
                + " wide net's best proposals (\"?\") with their scores.",
                "Touches no database."})
public final class ExplainCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "TEXT", description = "the text (several words are joined by spaces)")
    List<String> words = List.of();

    @Option(names = "--file", paramLabel = "FILE", description = "read the text from a file instead")
    Path file;

    @Option(names = "--language", description = "de or en (default: told from the text)")
    Language language;

    @Option(names = "--date", description = "publication date for relative dates (default: ${DEFAULT-VALUE})")
    String date = "2024-01-15";

    @Option(names = "--rules", paramLabel = "DIR", description = "folder with gazetteer.txt and rules/ (default: ${DEFAULT-VALUE})")
    Path rulesDir = Path.of("import");

    @Override
    public Integer call() throws Exception {
        String text = file != null ? Files.readString(file, StandardCharsets.UTF_8) : String.join(" ", words);
        if (text.isBlank()) {
            throw new IllegalArgumentException("give a text or --file FILE");
        }
        Language lang = language != null ? language : Language.detect(text).orElse(Language.de);
        SourceArticle article = new SourceArticle("explain.txt", text,
                new ArticleMeta(null, null, date, null, lang.name(), null), "-", text.length(), lang);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        new Extractor(ExtractionRules.load(rulesDir)).extract(article, t -> print(out, t));
        return 0;
    }

    /** How many of the wide net's proposals a sentence shows, best scored first. */
    private static final int PROPOSALS = 8;

    private static void print(PrintWriter out, Extractor.Trace t) {
        out.println("## " + t.sentence().text());
        if (t.parse() != null) {
            for (Word w : t.parse().words()) {
                StringBuilder heads = new StringBuilder();
                for (Dependencies.Edge e : t.parse().deps().heads(w.index())) {
                    heads.append(heads.isEmpty() ? "" : " ").append(e.rel()).append("←").append(e.gov());
                }
                out.printf("  %2d %-22s %-18s %-6s %-12s %s%n", w.index(), w.text(), w.lemma(), w.upos(),
                        w.ner().equals("O") ? "" : w.ner(), heads.isEmpty() ? "root" : heads);
            }
        } else {
            out.println("  (not parsed: fewer than two mentions or no predicate word)");
        }
        for (Mention m : t.mentions()) {
            out.printf("  mention %-24s %-9s → %s%n", "\"" + m.surface() + "\"", m.kind(), String.join(", ", m.members()));
        }
        for (Relation r : t.relations()) {
            out.printf("  => %s %s %s [%s%s] %s score %s%n", r.sourceId(), r.type(), r.targetId(), r.status(),
                    r.attributedToId() == null ? "" : " by " + r.attributedToId(), r.rule(), r.score());
        }
        List<Proposal> best = t.proposals().stream().sorted(Comparator.comparingDouble(Proposal::score).reversed())
                .limit(PROPOSALS).toList();
        for (Proposal p : best) {
            String roles = p.features().stream().filter(f -> f.startsWith("st=")).findFirst().orElse("st=?").substring(3);
            out.printf("  ?  %s %s %s  %.3f  via \"%s\" (source|target: %s)%n", p.source().entityId(), p.type(),
                    p.target().entityId(), p.score(), p.lemma(), roles);
        }
        if (t.proposals().size() > best.size()) {
            out.println("  ?  … " + (t.proposals().size() - best.size()) + " more proposals");
        }
    }
}
