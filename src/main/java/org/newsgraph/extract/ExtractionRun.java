package org.newsgraph.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newsgraph.extract.text.ArticleReader;
import org.newsgraph.extract.text.SkippedFile;
import org.newsgraph.extract.text.SourceArticle;

/** Reads a folder and extracts every usable article; unusable ones are reported as skipped with a reason. */
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
        for (SourceArticle a : read.articles()) {
            try {
                ArticleExtraction x = extractor.extract(a);
                done.add(x);
                progress.accept(x);
            } catch (ArticleReader.UnusableFileException e) {
                skipped.add(new SkippedFile(a.file(), e.getMessage()));
            }
        }
        skipped.sort((x, y) -> x.file().compareTo(y.file()));
        return new Result(done, skipped);
    }
}
