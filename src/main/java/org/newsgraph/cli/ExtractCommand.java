package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.extract.ExtractionJson;
import org.newsgraph.extract.ExtractionRules;
import org.newsgraph.extract.ExtractionRun;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.text.SkippedFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract [DIR]}: prints the relations found in a folder of articles, touching no database. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Print the relations found in a folder of German or English articles (no database).",
                "Touches no database. Exit code 0: all files read; 3: some files were skipped (reasons on stderr)."})
public final class ExtractCommand implements Callable<Integer> {
    enum Format { jsonl, json, table, articles }

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "folder of .txt, .md and .html articles, walked"
            + " recursively (default: ${DEFAULT-VALUE})")
    Path dir = Path.of("import", "articles");

    @Option(names = "--rules", paramLabel = "DIR", description = "folder with gazetteer.txt and rules/ (default: ${DEFAULT-VALUE})")
    Path rulesDir = Path.of("import");

    @Option(names = "--format", description = "jsonl (one relation per line), json (one array), table, or articles (one"
            + " article's whole extraction per line, for import --claims) (default: ${DEFAULT-VALUE})")
    Format format = Format.jsonl;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of the standard output")
    Path output;

    @Override
    public Integer call() throws Exception {
        ExtractionRules rules = ExtractionRules.load(rulesDir);
        ExtractionRun.Result result = new ExtractionRun(new Extractor(rules)).run(dir, a -> { });
        PrintWriter out = output == null ? new PrintWriter(System.out, false, StandardCharsets.UTF_8)
                : new PrintWriter(java.nio.file.Files.newBufferedWriter(output, StandardCharsets.UTF_8));
        ObjectMapper json = new ObjectMapper();
        switch (format) {
            case jsonl -> {
                for (Relation r : result.relations()) {
                    out.println(json.writeValueAsString(r));
                }
            }
            case json -> out.println(json.enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result.relations()));
            case articles -> {
                for (var x : result.articles()) {
                    out.println(ExtractionJson.write(x, rules.version()));
                }
            }
            case table -> {
                out.printf("%-28s %-16s %-28s %-12s %-10s %s%n", "source", "type", "target", "status", "date", "article");
                for (Relation r : result.relations()) {
                    out.printf("%-28s %-16s %-28s %-12s %-10s %s%n", cut(r.source()), r.type(), cut(r.target()),
                            r.status(), r.date() == null ? "" : r.date(), r.article());
                }
            }
        }
        out.flush();
        if (output != null) {
            out.close();
        }
        for (SkippedFile s : result.skipped()) {
            System.err.println("skipped " + s);
        }
        int claims = result.articles().stream().mapToInt(org.newsgraph.extract.ArticleExtraction::claimCount).sum();
        System.err.printf("%d articles, %d relations and %d suggestions, %d skipped%n", result.articles().size(),
                claims, result.relations().size() - claims, result.skipped().size());
        return result.skipped().isEmpty() ? 0 : 3;
    }

    private static String cut(String s) {
        return s.length() > 28 ? s.substring(0, 27) + "…" : s;
    }
}
