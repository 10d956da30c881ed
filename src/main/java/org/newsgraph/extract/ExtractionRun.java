package org.newsgraph.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newsgraph.extract.text.ArticleReader;
import org.newsgraph.extract.text.SkippedFile;

/** Reads a folder and extracts every usable article on all cores; unusable ones are reported as skipped with a reason. */
public final class ExtractionRun {
    public record Result(List<ArticleExtraction> articles, List<SkippedFile> skipped) {
        public List<Relation> relations() {
            return articles.stream().flatMap(a -> a.relations().stream()).toList();
        }
    }

    private final Extractor extractor;

    public ExtractionRun(Extractor extractor) {
        this.extractor = extractor;
    }

    public Result run(Path articlesDir, Consumer<ArticleExtraction> progress) throws IOException {
        ArticleReader.Result read = new ArticleReader().readFolder(articlesDir);
        List<ArticleExtraction> done = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>(read.skipped());
        try (ParallelExtraction parallel = new ParallelExtraction(extractor)) {
            for (ParallelExtraction.Outcome o : parallel.extract(read.articles())) {
                if (o.extraction() != null) {
                    done.add(o.extraction());
                    progress.accept(o.extraction());
                } else {
                    skipped.add(new SkippedFile(o.article().file(), o.skipReason()));
                }
            }
        }
        skipped.sort((x, y) -> x.file().compareTo(y.file()));
        return new Result(done, skipped);
    }
}
