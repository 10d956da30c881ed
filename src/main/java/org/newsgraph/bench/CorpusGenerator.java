package org.newsgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.extract.text.Block;
import org.newsgraph.extract.text.Cleaner;
import org.newsgraph.extract.mention.Entity;
import org.newsgraph.extract.ExtractionRules;
import org.newsgraph.model.EntityType;

/**
 * Deterministic benchmark corpora: articles recombined from the seed paragraphs, with the people and countries
 * of the seeds replaced by names from a larger synthetic gazetteer, drawn with a Zipf law so the graph grows
 * like a real one (few hubs, many rare names). The same seed gives the same corpus.
 */
public final class CorpusGenerator {
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "ven", "tor", "sa", "dul", "bri", "nek", "ol",
            "us", "ter", "vin", "zar", "pe", "gor", "lan", "fi", "mo", "das", "rek", "ul", "it"};

    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> headlines = new ArrayList<>();
    private final List<Synthetic> persons = new ArrayList<>();
    private final List<Synthetic> countries = new ArrayList<>();
    private final Pattern names;
    private final Map<String, Entity> byAlias = new HashMap<>();
    private final Random random;

    record Synthetic(String id, String name, String shortName) {
    }

    public CorpusGenerator(Path seedArticles, ExtractionRules rules, int syntheticPersons, int syntheticCountries,
                           long seed) throws IOException {
        this.random = new Random(seed);
        Cleaner cleaner = new Cleaner(rules.boilerplate());
        try (Stream<Path> files = Files.list(seedArticles)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                for (Block b : cleaner.blocks(text)) {
                    String t = text.substring(b.start(), b.end());
                    (b.zone().equals(Block.BODY) ? paragraphs : headlines).add(t);
                }
            }
        }
        List<String> aliases = new ArrayList<>();
        for (Entity e : rules.gazetteer().entities()) {
            if (e.type() == EntityType.Person || e.type() == EntityType.Country) {
                for (String a : e.aliases()) {
                    if (a.length() > 2 && Character.isUpperCase(a.charAt(0))) {
                        aliases.add(a);
                        byAlias.putIfAbsent(a, e);
                    }
                }
            }
        }
        aliases.sort(Comparator.comparingInt(String::length).reversed());
        this.names = Pattern.compile("\\b(" + String.join("|", aliases.stream().map(Pattern::quote).toList()) + ")(s?)\\b");
        for (int i = 0; i < syntheticPersons; i++) {
            String first = capital(word(i * 7 + 3, 2));
            String last = capital(word(i, 3));
            persons.add(new Synthetic("syn_person_" + i, first + " " + last, last));
        }
        for (int i = 0; i < syntheticCountries; i++) {
            String name = capital(word(i + 1000, 3)) + "ien";
            countries.add(new Synthetic("syn_country_" + i, name, name));
        }
    }

    /** Gazetteer lines for the synthetic entities, to append to the real gazetteer. */
    public String gazetteerLines() {
        StringBuilder sb = new StringBuilder("\n# --- synthetic entities for benchmarks (generated) ---\n");
        persons.forEach(p -> sb.append(p.id()).append(" | Person | ").append(p.name()).append(" | synthetic person | ")
                .append(p.name()).append("; ").append(p.shortName()).append('\n'));
        countries.forEach(c -> sb.append(c.id()).append(" | Country | ").append(c.name())
                .append(" | synthetic country | ").append(c.name()).append('\n'));
        return sb.toString();
    }

    /** One article: a headline and 6–12 recombined paragraphs with substituted names. */
    public String article() {
        Map<Entity, Synthetic> cast = new HashMap<>();
        StringBuilder sb = new StringBuilder(substitute(headlines.get(random.nextInt(headlines.size())), cast));
        sb.append("\n\n");
        int n = 6 + random.nextInt(7);
        for (int i = 0; i < n; i++) {
            sb.append(substitute(paragraphs.get(random.nextInt(paragraphs.size())), cast)).append("\n\n");
        }
        return sb.toString();
    }

    /** Writes {@code count} articles (and metadata) into {@code dir}/articles; returns the bytes written. */
    public long write(Path dir, int count) throws IOException {
        Path articles = dir.resolve("articles");
        Files.createDirectories(articles.resolve("meta"));
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            String name = String.format(Locale.ROOT, "gen_%06d", i);
            byte[] text = article().getBytes(StandardCharsets.UTF_8);
            Files.write(articles.resolve(name + ".txt"), text);
            Files.writeString(articles.resolve("meta").resolve(name + ".json"), String.format(Locale.ROOT,
                    "{\"title\":\"Generated %d\",\"outlet\":\"Outlet %d\",\"published\":\"2024-%02d-%02d\",\"language\":\"de\"}",
                    i, i % 17, 1 + i % 12, 1 + i % 28));
            bytes += text.length;
        }
        return bytes;
    }

    private String substitute(String paragraph, Map<Entity, Synthetic> cast) {
        Matcher m = names.matcher(paragraph);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Entity e = byAlias.get(m.group(1));
            Synthetic s = cast.computeIfAbsent(e, x -> zipf(x.type() == EntityType.Person ? persons : countries));
            boolean isShort = !m.group(1).contains(" ") && e.type() == EntityType.Person;
            m.appendReplacement(out, Matcher.quoteReplacement((isShort ? s.shortName() : s.name()) + m.group(2)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Zipf-like choice: index ~ n^u, so low indexes (hubs) come up far more often. */
    private Synthetic zipf(List<Synthetic> pool) {
        double u = random.nextDouble();
        int i = (int) Math.floor(Math.pow(pool.size(), u)) - 1;
        return pool.get(Math.max(0, Math.min(pool.size() - 1, i)));
    }

    private static String word(int n, int syllables) {
        StringBuilder sb = new StringBuilder();
        int x = n;
        for (int i = 0; i < syllables || x > 0; i++) {
            sb.append(SYLLABLES[x % SYLLABLES.length]);
            x /= SYLLABLES.length;
            if (i > 5) {
                break;
            }
        }
        return sb.toString();
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
