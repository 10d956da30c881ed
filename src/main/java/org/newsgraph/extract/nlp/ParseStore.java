package org.newsgraph.extract.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses kept on disk, one small file per sentence, so that a re-import (after a rules change, on a new data
 * directory, in another process) does not load the models or parse again what was parsed before. The key is a
 * hash of the language and the sentence text; the folder is named for a hash of the classes that make a parse
 * (this package's reading of CoreNLP, the lemma dictionary code, the CoreNLP version), so changed code never
 * reads parses made by the old one. Any unreadable entry is a miss; a write that fails is only logged.
 *
 * <p>Where: {@code -Dnewsgraph.parseCacheDir=DIR} or env {@code NEWSGRAPH_PARSE_CACHE}; default
 * {@code parses} in {@link CacheRoot} ({@code $XDG_CACHE_HOME/newsgraph}, else {@code ~/.cache/newsgraph}).
 * {@code off} (or {@code -Dnewsgraph.parseCache=0}) turns it off.
 */
final class ParseStore {
    private static final Logger LOG = LoggerFactory.getLogger(ParseStore.class);
    private static final List<Class<?>> PARSE_MAKERS = List.of(Backbone.class, CoreNlpSettings.class, Glued.class,
            GermanLemmas.class, Compound.class, PennTags.class, Word.class, Dependencies.class, ParseStore.class);

    private final Path dir;
    private volatile boolean writable = true;

    ParseStore(Path dir) {
        this.dir = dir;
    }

    /** The configured store, or null when it is turned off. */
    static ParseStore configured() {
        if ("0".equals(System.getProperty("newsgraph.parseCache"))) {
            return null;
        }
        String where = System.getProperty("newsgraph.parseCacheDir", System.getenv("NEWSGRAPH_PARSE_CACHE"));
        if ("off".equalsIgnoreCase(where)) {
            return null;
        }
        return new ParseStore(root(where, CacheRoot.current()).resolve(codeTag()));
    }

    /** The folder named by the property or env variable, else {@code parses} in the user's cache folder. */
    static Path root(String where, Path cacheRoot) {
        return where == null || where.isBlank() ? cacheRoot.resolve("parses") : Path.of(where);
    }

    Parse get(String key) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return ParseText.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            LOG.debug("unreadable cached parse {}: {}", file, e.toString());
            return null;
        }
    }

    void put(String key, Parse parse) {
        if (!writable) {
            return;
        }
        Path file = file(key);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "p", ".tmp");
            Files.writeString(tmp, ParseText.write(parse), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            writable = false; // a read-only or full disk: parse on, without keeping
            LOG.warn("cannot keep parses in {} ({}); parsing goes on without the cache", dir, e.toString());
        }
    }

    Path file(String key) {
        String hash = sha256(key);
        return dir.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 40));
    }

    /** A hash of the bytes of the classes that turn CoreNLP's output into a {@link Parse}, and CoreNLP's version. */
    static String codeTag() {
        StringBuilder all = new StringBuilder(String.valueOf(
                edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getProtectionDomain().getCodeSource()));
        for (Class<?> c : PARSE_MAKERS) {
            try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                all.append(in == null ? c.getName() : HexFormat.of().formatHex(in.readAllBytes()));
            } catch (IOException e) {
                all.append(c.getName());
            }
        }
        return sha256(all.toString()).substring(0, 16);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A parse as lines of tab-separated fields: W words, R roots, E edges in the order a copy adds them. */
    static final class ParseText {
        private ParseText() {
        }

        static String write(Parse p) {
            StringBuilder sb = new StringBuilder();
            for (Word w : p.words()) {
                line(sb, "W", w.text(), w.lemma(), w.upos(), w.ner(), w.morph(), String.valueOf(w.start()), String.valueOf(w.end()));
            }
            for (int r : p.deps().roots()) {
                line(sb, "R", String.valueOf(r));
            }
            for (int i = 0; i < p.size(); i++) {
                for (Dependencies.Edge e : p.deps().heads(i)) {
                    line(sb, "E", String.valueOf(e.gov()), String.valueOf(e.dep()), e.rel());
                }
            }
            return sb.toString();
        }

        static Parse read(String text) {
            List<Word> words = new ArrayList<>();
            List<String[]> rest = new ArrayList<>();
            for (String line : text.split("\n")) {
                String[] f = line.split("\t", -1);
                for (int i = 1; i < f.length; i++) {
                    f[i] = unescape(f[i]);
                }
                if (f[0].equals("W")) {
                    words.add(new Word(words.size(), f[1], f[2], f[3], f[4], f[5], Integer.parseInt(f[6]), Integer.parseInt(f[7])));
                } else if (!line.isEmpty()) {
                    rest.add(f);
                }
            }
            Dependencies deps = new Dependencies(words.size());
            for (String[] f : rest) {
                switch (f[0]) {
                    case "R" -> deps.root(Integer.parseInt(f[1]));
                    case "E" -> deps.add(Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3]);
                    default -> throw new IllegalArgumentException("unknown line " + f[0]);
                }
            }
            return new Parse(List.copyOf(words), deps);
        }

        private static void line(StringBuilder sb, String kind, String... fields) {
            sb.append(kind);
            for (String f : fields) {
                sb.append('\t').append(f.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"));
            }
            sb.append('\n');
        }

        private static String unescape(String s) {
            if (s.indexOf('\\') < 0) {
                return s;
            }
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    char n = s.charAt(++i);
                    sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }
    }
}
