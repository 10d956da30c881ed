package org.newsgraph.extract;

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
        List<SourceArticle> articles = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            try {
                articles.add(read(file));
            } catch (UnusableFileException e) {
                skipped.add(new SkippedFile(file.getFileName().toString(), e.getMessage()));
            }
        }
        return new Result(articles, skipped);
    }

    /** Reads one article; throws {@link UnusableFileException} saying why it cannot be used. */
    public SourceArticle read(Path file) throws UnusableFileException {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
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
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new UnusableFileException("is empty");
        }
        ArticleMeta meta = readMeta(file.resolveSibling("meta").resolve(stem(name) + ".json"));
        return new SourceArticle(name, text, meta, sha256(bytes, meta), bytes.length);
    }

    static String decode(byte[] bytes) throws UnusableFileException {
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

    private static ArticleMeta readMeta(Path sidecar) throws UnusableFileException {
        if (!Files.isRegularFile(sidecar)) {
            return ArticleMeta.empty();
        }
        try {
            return JSON.readValue(sidecar.toFile(), ArticleMeta.class);
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
            md.update(String.valueOf(meta).getBytes(StandardCharsets.UTF_8));
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
