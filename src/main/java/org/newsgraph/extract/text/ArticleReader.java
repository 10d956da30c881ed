package org.newsgraph.extract.text;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a folder of articles ({@code *.txt}, UTF-8) and their metadata sidecars ({@code meta/<stem>.json}).
 * A file that cannot be used is reported as skipped with a reason; the others are read.
 */
public final class ArticleReader {
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public record Result(List<SourceArticle> articles, List<SkippedFile> skipped) {
    }

    public Result readFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("not a folder: " + folder);
        }
        return readAll(List.of(folder));
    }

    /**
     * Reads article files and folders (walked recursively; a file in a subfolder is named by its path below the
     * folder, "2024/x.html"). Duplicates — the same text or the same URL — are skipped after the first.
     */
    public Result readAll(List<Path> paths) throws IOException {
        List<SourceArticle> articles = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        java.util.Map<String, String> byText = new java.util.HashMap<>();
        java.util.Map<String, String> byUrl = new java.util.HashMap<>();
        for (Path path : paths) {
            java.util.SortedMap<String, Path> found;
            try {
                found = files(path, skipped);
            } catch (IOException e) {
                skipped.add(new SkippedFile(path.toString(), e.getMessage()));
                continue;
            }
            for (java.util.Map.Entry<String, Path> named : found.entrySet()) {
                String name = named.getKey();
                try {
                    SourceArticle a = read(named.getValue(), name);
                    String sameText = byText.putIfAbsent(a.text().strip(), name);
                    String sameUrl = a.meta().url() == null || a.meta().url().isBlank() ? null
                            : byUrl.putIfAbsent(a.meta().url().strip(), name);
                    if (sameText != null || sameUrl != null) {
                        throw new UnusableFileException("is a duplicate of " + (sameText != null ? sameText + " (same text)"
                                : sameUrl + " (same url)") + "; only the first is imported");
                    }
                    articles.add(a);
                } catch (UnusableFileException e) {
                    skipped.add(new SkippedFile(name, e.getMessage()));
                }
            }
        }
        return new Result(articles, skipped);
    }

    /** Whether a file name is one the reader takes: text, Markdown or a web page. */
    public static boolean isArticleName(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".md") || HtmlArticle.isHtmlName(n);
    }

    /**
     * The article files of a path by their names: a file by its own name, a folder's files by their path in it.
     * Symbolic links are followed (an {@code articles} folder that is a link, linked files and subfolders); a link
     * back into a folder above it is named in {@code skipped} and not followed, so a loop ends.
     */
    private static java.util.SortedMap<String, Path> files(Path path, List<SkippedFile> skipped) throws IOException {
        java.util.SortedMap<String, Path> out = new java.util.TreeMap<>();
        if (!Files.isDirectory(path)) {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("no such file or folder");
            }
            out.put(path.getFileName().toString(), path);
            return out;
        }
        Files.walkFileTree(path, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new java.nio.file.SimpleFileVisitor<>() {
                    @Override
                    public java.nio.file.FileVisitResult visitFile(Path p, java.nio.file.attribute.BasicFileAttributes a) {
                        if (isArticleName(p.getFileName().toString()) && !path.relativize(p).startsWith("meta")) {
                            out.put(name(path, p), p);
                        }
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }

                    @Override
                    public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) {
                        skipped.add(new SkippedFile(name(path, p), e instanceof java.nio.file.FileSystemLoopException
                                ? "is a symbolic link to a folder that contains it (a loop); not followed"
                                : "cannot be read: " + e.getMessage()));
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                });
        return out;
    }

    private static String name(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    /** Reads one article; throws {@link UnusableFileException} saying why it cannot be used. */
    public SourceArticle read(Path file) throws UnusableFileException {
        return read(file, file.getFileName().toString());
    }

    /** Reads one article under the given name (its id). */
    public SourceArticle read(Path file, String name) throws UnusableFileException {
        byte[] bytes;
        try {
            if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                throw new UnusableFileException("is a symbolic link that leads nowhere (a loop or a missing target)");
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
                throw new UnusableFileException("not a regular file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnusableFileException("too large (" + size + " bytes; the limit is " + MAX_BYTES + ")");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnusableFileException("cannot be read: " + e.getMessage());
        }
        ArticleMeta sidecar = readMeta(file.resolveSibling("meta").resolve(stem(file.getFileName().toString()) + ".json"));
        return article(name, bytes, sidecar, HtmlArticle.isHtmlName(name), null, null);
    }

    /**
     * An article from its bytes: a web page ({@code html}; {@code charset} from the HTTP header or null) or UTF-8
     * text. What {@code given} says (a sidecar, the fields of the page's form) wins over what the page says.
     */
    public static SourceArticle article(String name, byte[] bytes, ArticleMeta given, boolean html, String charset,
                                        String url) throws UnusableFileException {
        if (bytes.length > MAX_BYTES) {
            throw new UnusableFileException("too large (" + bytes.length + " bytes; the limit is " + MAX_BYTES + ")");
        }
        String text;
        ArticleMeta meta = given;
        if (html) {
            HtmlArticle.Page page = readPage(bytes, charset, url);
            text = page.text();
            meta = merge(given, page.meta());
        } else {
            text = decode(bytes);
        }
        if (text.isBlank()) {
            throw new UnusableFileException("is empty");
        }
        if (meta.published() != null && !meta.published().strip().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new UnusableFileException("has a published date '" + meta.published() + "' that is not a date (YYYY-MM-DD)");
        }
        Language language = language(text, meta);
        return new SourceArticle(name, text, meta, sha256(bytes, meta), bytes.length, language);
    }

    /**
     * A page as {@link HtmlArticle} reads it; whatever breaks the libraries on one page (Readability recurses, jsoup
     * or Kotlin code may throw) is that page's reason to be skipped, never the whole request's or job's failure.
     */
    private static HtmlArticle.Page readPage(byte[] bytes, String charset, String url) throws UnusableFileException {
        try {
            return HtmlArticle.read(bytes, charset, url);
        } catch (RuntimeException | StackOverflowError e) {
            throw new UnusableFileException(failure(e));
        }
    }

    /** A failure of the libraries on one article, in words: the skip's reason (one line, no stack trace). */
    public static String failure(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "could not be read: it is nested or repeated too deeply for the reader (stack overflow)";
        }
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
        return "could not be read (" + e.getClass().getSimpleName() + message + ")";
    }

    private static ArticleMeta merge(ArticleMeta given, ArticleMeta page) {
        return new ArticleMeta(or(given.title(), page.title()), or(given.outlet(), page.outlet()),
                or(given.published(), page.published()), or(given.url(), page.url()), or(given.language(), page.language()),
                or(given.author(), page.author()), page.captions());
    }

    private static String or(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    public static String decode(byte[] bytes) throws UnusableFileException {
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                throw new UnusableFileException("looks binary (NUL bytes), not a text article");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UnusableFileException("is not valid UTF-8 (Windows-1252 or Latin-1? convert it with "
                    + "'iconv -f WINDOWS-1252 -t UTF-8')");
        }
    }

    /**
     * The extractor reads German and English: the metadata's language if it names one, else the text's function
     * words. Other languages are refused with the reason.
     */
    static Language language(String text, ArticleMeta meta) throws UnusableFileException {
        String code = meta.language() == null ? "" : meta.language().strip();
        if (!code.isEmpty()) {
            return Language.fromCode(code).orElseThrow(() -> new UnusableFileException("is in language '" + code
                    + "' (metadata); the extractor reads German (de) and English (en)"));
        }
        return Language.detect(text).orElseThrow(() -> new UnusableFileException("is neither German nor English ("
                + Language.shares(text) + "); the extractor reads German and English. Set \"language\": \"de\" or"
                + " \"en\" in its metadata to import it anyway"));
    }

    private static ArticleMeta readMeta(Path sidecar) throws UnusableFileException {
        if (!Files.isRegularFile(sidecar)) {
            return ArticleMeta.empty();
        }
        try {
            ArticleMeta meta = JSON.readValue(sidecar.toFile(), ArticleMeta.class);
            if (meta == null) {
                return ArticleMeta.empty();
            }
            if (meta.published() != null && !meta.published().strip().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                throw new UnusableFileException("has broken metadata in meta/" + sidecar.getFileName() + ": published '"
                        + meta.published() + "' is not a date (YYYY-MM-DD)");
            }
            return meta;
        } catch (IOException e) {
            throw new UnusableFileException("has broken metadata in meta/" + sidecar.getFileName() + ": "
                    + UnusableFileException.getOriginalMessage(e));
        }
    }

    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String sha256(byte[] bytes, ArticleMeta meta) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(bytes);
            md.update(meta.hashText().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Why a file was skipped. */
    public static final class UnusableFileException extends Exception {
        public UnusableFileException(String message) {
            super(message);
        }

        static String getOriginalMessage(IOException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        }
    }
}
