package org.newsgraph.extract.relation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.newsgraph.model.EntityType;
import org.newsgraph.extract.mention.Entity;
import org.newsgraph.extract.mention.EntityIndex;
import org.newsgraph.extract.mention.Mention;
import org.newsgraph.extract.mention.Token;

/**
 * Stage 5: applies the relation rules to one sentence whose mentions are known. For every trigger match it
 * picks source, target and items inside the trigger's clause (see the modes in relations.txt) and distributes
 * lists ("Russland und China") over their members.
 */
public final class RelationMatcher {
    private static final Set<String> PREPOSITIONS = Set.of("mit", "an", "nach", "gegen", "für", "von", "vom", "aus",
            "zu", "zum", "zur", "bei", "beim", "in", "im", "ins", "auf", "über", "durch", "um", "zwischen", "unter",
            "vor", "seit", "bis", "ohne", "to", "with", "of", "am", "laut", "richtung", "dort", "wegen",
            "trotz", "aufgrund", "angesichts", "gegenüber", "neben", "statt", "dank");
    private static final Set<String> CAUSAL = Set.of("wegen", "trotz", "aufgrund", "angesichts");
    private static final Set<String> COMITATIVE = Set.of("mit", "wegen", "trotz", "ohne");
    private static final Set<String> PRONOUNS = Set.of("er", "sie", "es", "wir", "ihr");
    private static final Set<String> POSSESSIVES = Set.of("ihre", "ihren", "ihrer", "seine", "seinen", "seiner",
            "deren", "dessen");
    private static final Set<String> KIN_AND_ROLES = Set.of("vater", "grossvater", "großvater", "sohn", "tochter",
            "bruder", "schwester", "frau", "onkel", "regierung", "führung", "armee", "militär", "botschafter");
    private static final Set<String> LINKS = Set.of("und", "sowie", "sowohl", "als", "auch", "oder", "wie");

    /** A relation found in a sentence, before attributes are added. */
    public record Found(RelationRule rule, String sourceId, String targetId, List<String> itemIds, int triggerStart,
                        int triggerEnd, int[] clause, int[] span, boolean viaContext) {
    }

    private final List<RelationRule> rules;

    public RelationMatcher(List<RelationRule> rules) {
        this.rules = rules;
    }

    public List<Found> match(String sentence, List<Token> tokens, List<Mention> mentions, EntityIndex local) {
        List<int[]> clauses = null;
        List<Found> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        java.util.Map<String, List<RelationRule.Word>> words = words(tokens);
        for (RelationRule rule : rules) {
            List<Integer> starts = rule.candidates(lower, words);
            if (starts != null && starts.isEmpty()) {
                continue;
            }
            Matcher m = rule.trigger().matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
            for (int[] hit : hits(m, starts, sentence.length())) {
                if (clauses == null) {
                    clauses = Clauses.spans(sentence);
                }
                final int[] clause = Clauses.around(clauses, hit[0]);
                List<Mention> inClause = mentions.stream()
                        .filter(x -> x.start() >= clause[0] && x.end() <= clause[1]).toList();
                int[] next = rule.reachNext() ? following(clauses, clause, sentence) : null;
                List<Mention> inNext = next == null ? List.of() : mentions.stream()
                        .filter(x -> x.start() >= next[0] && x.end() <= next[1]).toList();
                for (Found f : apply(rule, hit[0], hit[1], clause, inClause, inNext, mentions, tokens, sentence, local)) {
                    if (f.sourceId().equals(f.targetId())) {
                        continue;
                    }
                    String key = rule.type() + "|" + f.sourceId() + "|" + f.targetId();
                    if (seen.add(key)) {
                        out.add(f);
                    }
                }
            }
        }
        return out;
    }

    /** Trigger matches: tried only at the candidate word starts when the rule has hints, else found by scanning. */
    private static List<int[]> hits(Matcher m, List<Integer> starts, int length) {
        List<int[]> out = new ArrayList<>();
        if (starts == null) {
            while (m.find()) {
                out.add(new int[] {m.start(), m.end()});
            }
            return out;
        }
        int lastEnd = -1;
        for (int start : starts) {
            if (start < lastEnd) {
                continue;
            }
            m.region(start, length);
            if (m.lookingAt()) {
                out.add(new int[] {m.start(), m.end()});
                lastEnd = m.end();
            }
        }
        return out;
    }

    /** The sentence's words (also the parts of "Ukraine-Krieg") by their first three letters. */
    private static java.util.Map<String, List<RelationRule.Word>> words(List<Token> tokens) {
        java.util.Map<String, List<RelationRule.Word>> words = new java.util.HashMap<>();
        for (Token t : tokens) {
            String w = t.lower();
            int from = 0;
            for (int i = 0; i <= w.length(); i++) {
                if (i == w.length() || w.charAt(i) == '-') {
                    if (i - from >= 3) {
                        words.computeIfAbsent(w.substring(from, from + 3), k -> new ArrayList<>())
                                .add(new RelationRule.Word(w.substring(from, i), t.start() + from));
                    }
                    from = i + 1;
                }
            }
        }
        return words;
    }

    /** The clause after {@code clause}, unless it is a speech tag ("…, meint der Experte"). */
    private static int[] following(List<int[]> clauses, int[] clause, String sentence) {
        int i = clauses.indexOf(clause);
        if (i < 0 || i + 1 >= clauses.size()) {
            return null;
        }
        int[] next = clauses.get(i + 1);
        return Clauses.isSpeechTag(sentence, next) ? null : next;
    }

    private List<Found> apply(RelationRule rule, int ts, int te, int[] clause, List<Mention> ms, List<Mention> inNext,
                              List<Mention> allMentions, List<Token> tokens, String sentence, EntityIndex local) {
        List<Found> out = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (Mention x : ms) {
            if (rule.items().contains(type(local, x.entityId())) && !items.contains(x.entityId())) {
                items.add(x.entityId());
            }
        }
        if (rule.needItem() && items.isEmpty() || rule.unlessItems() && ms.stream().anyMatch(x -> isItem(x, local))) {
            return out;
        }
        List<Mention> args = ms.stream().filter(x -> !(x.start() < te && x.end() > ts)).toList();
        List<Mention> inTrigger = ms.stream().filter(x -> x.start() < te && x.end() > ts).toList();
        if (rule.fixedSource() != null) {
            Mention tgt = firstTarget(rule, ts, te, null, args, inTrigger, tokens, local);
            if (tgt != null && local.entity(rule.fixedSource()) != null) {
                for (String tid : ids(rule, tgt, rule.target(), local)) {
                    out.add(found(rule, rule.fixedSource(), tid, items, ts, te, clause, List.of(tgt)));
                }
            }
            return out;
        }
        if (rule.mode() == RelationRule.Mode.pair) {
            if ("gegen".equals(triggerGovernor(ts, tokens)) || possessiveBefore(ts, tokens)) {
                return out; // "gegen … ihre Verbündeten": the allies of someone else, not of each other
            }
            if (!inTrigger.isEmpty()) {
                star(rule, ts, te, clause, inTrigger.get(0), args, items, tokens, sentence, local, out);
                return out;
            }
            List<String[]> pairs = pairs(rule, ts, args, tokens, sentence, local);
            if (pairs.isEmpty() && !inNext.isEmpty()) {
                List<Mention> pool = new ArrayList<>(args);
                pool.addAll(inNext); // "… nur einen grossen Handelspartner: China."
                pairs = pairs(rule, ts, pool, tokens, sentence, local);
            }
            for (String[] p : pairs) {
                out.add(found(rule, p[0], p[1], items, ts, te, clause, ms));
                if (!rule.type().symmetric()) {
                    out.add(found(rule, p[1], p[0], items, ts, te, clause, ms));
                }
            }
            return out;
        }
        String trigGov = triggerGovernor(ts, tokens);
        if (trigGov != null && CAUSAL.contains(trigGov)) {
            return out; // "wegen der vielen Raketentests": the clause's subject is not the agent
        }
        // "die USA zu verärgern": the mention right before an infinitive is its object, never its actor
        Mention infinitiveObject = precededBy(ts, tokens, "zu") ? lastBefore(ts, args) : null;
        Mention src = null;
        if (opensWithRelativePronoun(clause, tokens) && determinerFollowsRelative(clause, tokens)) {
            src = antecedent(rule, clause, allMentions, tokens, sentence, local); // "…, das die DVRK anerkannte"
        }
        boolean nominal = Character.isUpperCase(sentence.charAt(ts)) && ts > clause[0];
        for (Mention x : src != null ? List.<Mention>of() : args) {
            if (!ids(rule, x, rule.source(), local).isEmpty() && governor(x, tokens) == null && x.end() <= ts
                    && x != infinitiveObject && !isPossessor(x, ms, ts, te, tokens, sentence, local)) {
                src = x;
                if (!nominal) {
                    break; // a verb: its subject opens the clause; a noun: its agent stands closest before it
                }
            }
        }
        if (src == null && unresolvedPronounBefore(ts, tokens, ms)) {
            return out;
        }
        if (src == null && opensWithRelativePronoun(clause, tokens)) {
            src = antecedent(rule, clause, allMentions, tokens, sentence, local);
        }
        if (src == null) {
            for (Mention x : args) {
                if (!ids(rule, x, rule.source(), local).isEmpty() && governor(x, tokens) == null && x.start() >= te
                        && !objectArticleBefore(x, tokens)) {
                    src = x;
                    break;
                }
            }
        }
        if (src == null) {
            return out;
        }
        Mention tgt = firstTarget(rule, ts, te, src, args, inTrigger, tokens, local);
        if (tgt == null) { // verb-final: the first object after the subject that no preposition governs
            for (Mention x : args) {
                if (x != src && x.end() <= ts && x.start() > src.start() && governor(x, tokens) == null
                        && targetOk(rule, x, tokens, local) && !coordinated(src, args, tokens, sentence).contains(x)) {
                    tgt = x;
                    break;
                }
            }
        }
        if (tgt == null) {
            for (int k = args.size() - 1; k >= 0; k--) {
                Mention x = args.get(k);
                if (x != src && x.end() <= ts && x.start() > src.start() && targetOk(rule, x, tokens, local)) {
                    tgt = x;
                    break;
                }
            }
        }
        if (tgt == null) {
            for (Mention x : inNext) { // "…, die dazu beitragen kann, die Sicherheit Pyongyangs zu verbessern"
                if (x != src && targetOk(rule, x, tokens, local)) {
                    tgt = x;
                    break;
                }
            }
        }
        if (tgt == null) {
            return out;
        }
        List<Mention> group = coordinated(src, args, tokens, sentence);
        if (group.contains(tgt)) {
            return out; // "Japan und Südkorea sind …": the target cannot be part of the source's own list
        }
        List<Mention> targets = coordinated(tgt, args, tokens, sentence).stream()
                .filter(x -> !ids(rule, x, rule.target(), local).isEmpty()).toList();
        for (Mention s : group) {
            for (Mention t : targets) {
                if (s == t) {
                    continue;
                }
                for (String sid : ids(rule, s, rule.source(), local)) {
                    for (String tid : ids(rule, t, rule.target(), local)) {
                        boolean converse = rule.mode() == RelationRule.Mode.converse;
                        out.add(found(rule, converse ? tid : sid, converse ? sid : tid, items, ts, te, clause,
                                List.of(s, t)));
                    }
                }
            }
        }
        return out;
    }

    /**
     * A genitive that modifies the next word rather than acting: "Putins Russland", "Kim Jong-uns Vater",
     * "Russlands Verteidigungsminister Schoigu".
     */
    private static boolean isPossessor(Mention m, List<Mention> ms, int ts, int te, List<Token> tokens, String sentence,
                                       EntityIndex local) {
        Entity e = local.entity(m.entityId());
        String surface = m.surface();
        if (e == null || !surface.endsWith("s") || e.aliases().contains(surface) || m.kind() != Mention.Kind.NAME
                || m.tokenEnd() >= tokens.size()) {
            return false;
        }
        if (!sentence.substring(m.end(), tokens.get(m.tokenEnd()).start()).isBlank()) {
            return false;
        }
        for (Mention other : ms) {
            if (other.tokenStart() == m.tokenEnd() && other.kind() == Mention.Kind.NAME
                    && !(other.start() < te && other.end() > ts)) {
                return true;
            }
        }
        Token next = tokens.get(m.tokenEnd());
        return KIN_AND_ROLES.contains(next.lower()) || isTitle(next);
    }

    private static final Set<String> RELATIVES = Set.of("der", "die", "das", "welche", "welcher", "welches");

    private static final Set<String> DETERMINERS = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
            "einen", "einem", "eines");

    private static boolean determinerFollowsRelative(int[] clause, List<Token> tokens) {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).start() >= clause[0]) {
                return DETERMINERS.contains(tokens.get(k + 1).lower());
            }
        }
        return false;
    }

    private static final Set<String> OBJECT_ARTICLES = Set.of("den", "dem", "einen", "einem");

    /** "hassen den Westen": an accusative or dative article marks an object, not an inverted subject. */
    private static boolean objectArticleBefore(Mention x, List<Token> tokens) {
        return x.tokenStart() > 0 && OBJECT_ARTICLES.contains(tokens.get(x.tokenStart() - 1).lower());
    }

    private static Mention lastBefore(int ts, List<Mention> args) {
        Mention last = null;
        for (Mention x : args) {
            if (x.end() <= ts) {
                last = x;
            }
        }
        return last;
    }

    private static boolean precededBy(int ts, List<Token> tokens, String word) {
        for (Token t : tokens) {
            if (t.end() <= ts && ts - t.end() <= 1) {
                return t.lower().equals(word);
            }
        }
        return false;
    }

    private static boolean opensWithRelativePronoun(int[] clause, List<Token> tokens) {
        for (Token t : tokens) {
            if (t.start() >= clause[0]) {
                return clause[0] > 0 && RELATIVES.contains(t.lower());
            }
        }
        return false;
    }

    /** "Nordkorea ist eines der Länder, das … anerkannt hat": the last fitting subject before the clause. */
    private Mention antecedent(RelationRule rule, int[] clause, List<Mention> all, List<Token> tokens, String sentence,
                               EntityIndex local) {
        for (Mention x : all) { // the head noun right before the comma: "… für Nordkorea, das …"
            if (x.end() <= clause[0] && clause[0] - x.end() <= 2 && !ids(rule, x, rule.source(), local).isEmpty()) {
                return x;
            }
        }
        Mention best = null;
        for (Mention x : all) {
            if (x.end() <= clause[0] && !ids(rule, x, rule.source(), local).isEmpty() && governor(x, tokens) == null
                    && !isPossessor(x, all, -1, -1, tokens, sentence, local)) {
                best = x;
            }
        }
        return best;
    }

    /** "Sie half Nordkorea …" with "Sie" unresolved: the subject is unknown, so no source after the verb. */
    private static boolean unresolvedPronounBefore(int ts, List<Token> tokens, List<Mention> ms) {
        for (Token t : tokens) {
            if (t.end() <= ts && ts - t.end() <= 2 && PRONOUNS.contains(t.lower())) {
                return ms.stream().noneMatch(m -> m.tokenStart() <= t.index() && t.index() < m.tokenEnd());
            }
        }
        return false;
    }

    /** The target: a mention inside the trigger word ("Raketentests"), else the first fitting one after it. */
    private Mention firstTarget(RelationRule rule, int ts, int te, Mention src, List<Mention> args, List<Mention> inTrigger,
                                List<Token> tokens, EntityIndex local) {
        for (Mention x : inTrigger) {
            if (rule.prep() == null && !ids(rule, x, rule.target(), local).isEmpty()) {
                return x;
            }
        }
        for (Mention x : args) {
            if (x != src && x.start() >= te && targetOk(rule, x, tokens, local)
                    && chainHeadOk(rule, x, args, tokens, local)) {
                return x;
            }
        }
        return null;
    }

    /** "mit Nordkorea und China": China shares the preposition of the head of its list. */
    private boolean chainHeadOk(RelationRule rule, Mention x, List<Mention> args, List<Token> tokens, EntityIndex local) {
        int i = args.indexOf(x);
        if (i <= 0 || !linked(args.get(i - 1), x, tokens, null)) {
            return true;
        }
        Mention head = coordinated(x, args, tokens, null).get(0);
        return head == x || targetOk(rule, head, tokens, local);
    }

    /** The preposition governing the trigger word ("gegen … Verbündeten"), or null. */
    private static String triggerGovernor(int ts, List<Token> tokens) {
        for (Token t : tokens) {
            if (t.start() <= ts && ts < t.end()) {
                return governor(new Mention(null, Mention.Kind.NAME, t.text(), t.start(), t.end(), t.index(),
                        t.index() + 1, List.of()), tokens);
            }
        }
        return null;
    }

    /** "die US-Verbündeten Japan und Südkorea": the prefix entity pairs with each member of the list. */
    private void star(RelationRule rule, int ts, int te, int[] clause, Mention hub, List<Mention> args, List<String> items,
                      List<Token> tokens, String sentence, EntityIndex local, List<Found> out) {
        Set<EntityType> allowed = java.util.EnumSet.copyOf(rule.source());
        allowed.addAll(rule.target());
        List<Mention> after = args.stream().filter(x -> x.start() >= te && !ids(rule, x, allowed, local).isEmpty()).toList();
        if (after.isEmpty()) {
            return;
        }
        for (Mention m : coordinated(after.get(0), after, tokens, sentence)) {
            for (String h : ids(rule, hub, allowed, local)) {
                for (String id : ids(rule, m, allowed, local)) {
                    out.add(found(rule, h, id, items, ts, te, clause, List.of(hub, m)));
                }
            }
        }
    }

    private static boolean possessiveBefore(int ts, List<Token> tokens) {
        for (Token t : tokens) {
            if (t.end() <= ts && ts - t.end() <= 1) {
                return POSSESSIVES.contains(t.lower());
            }
        }
        return false;
    }

    private List<String[]> pairs(RelationRule rule, int ts, List<Mention> args, List<Token> tokens, String sentence,
                                 EntityIndex local) {
        Set<EntityType> allowed = java.util.EnumSet.copyOf(rule.source());
        allowed.addAll(rule.target());
        List<Mention> eligible = args.stream().filter(x -> !ids(rule, x, allowed, local).isEmpty()
                && !isPossessor(x, args, -1, -1, tokens, sentence, local)).toList();
        List<String[]> out = new ArrayList<>();
        List<String> members = new ArrayList<>();
        for (Mention x : eligible) {
            if (x.kind() == Mention.Kind.GROUP) {
                members.addAll(ids(rule, x, allowed, local));
            }
        }
        if (members.size() < 2 && !eligible.isEmpty()) {
            members.clear();
            Mention nearest = eligible.stream().min((a, b) -> Integer.compare(distance(a, ts), distance(b, ts))).get();
            for (Mention x : coordinated(nearest, eligible, tokens, sentence)) {
                addNew(members, ids(rule, x, allowed, local));
            }
            if (members.size() < 2) {
                for (Mention x : eligible.stream()
                        .sorted((a, b) -> Integer.compare(distance(a, ts), distance(b, ts))).toList()) {
                    addNew(members, ids(rule, x, allowed, local));
                    if (members.size() >= 2) {
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                if (!members.get(i).equals(members.get(j))) {
                    out.add(new String[] {members.get(i), members.get(j)});
                }
            }
        }
        return out;
    }

    private static void addNew(List<String> members, List<String> ids) {
        for (String id : ids) {
            if (!members.contains(id)) {
                members.add(id);
            }
        }
    }

    private static boolean isItem(Mention m, EntityIndex local) {
        Entity e = local.entity(m.entityId());
        return e != null && (e.type() == EntityType.Weapon || e.type() == EntityType.Commodity);
    }

    private static int distance(Mention m, int offset) {
        return m.end() <= offset ? offset - m.end() : m.start() - offset;
    }

    private boolean targetOk(RelationRule rule, Mention x, List<Token> tokens, EntityIndex local) {
        if (ids(rule, x, rule.target(), local).isEmpty()) {
            return false;
        }
        if (x.kind() == Mention.Kind.ADJECTIVE) {
            return true; // "nordkoreanische Waffen kaufen": the origin needs no preposition
        }
        String gov = governor(x, tokens);
        if (rule.prep() == null) {
            return gov == null || !COMITATIVE.contains(gov); // "mit Nordkorea" is a partner, not the object
        }
        if (rule.prep().pattern().equals("(?i)(none)")) {
            return gov == null; // a direct object: "China braucht Nordkorea"
        }
        return gov != null && rule.prep().matcher(gov).matches();
    }

    /** Mentions joined to {@code m} by "und", "sowie", "," or "sowohl … als auch", including {@code m}. */
    private static List<Mention> coordinated(Mention m, List<Mention> ms, List<Token> tokens, String sentence) {
        int i = ms.indexOf(m);
        if (i < 0) {
            return List.of(m);
        }
        int lo = i;
        int hi = i;
        while (lo > 0 && linked(ms.get(lo - 1), ms.get(lo), tokens, sentence)) {
            lo--;
        }
        while (hi + 1 < ms.size() && linked(ms.get(hi), ms.get(hi + 1), tokens, sentence)) {
            hi++;
        }
        return ms.subList(lo, hi + 1);
    }

    private static boolean linked(Mention a, Mention b, List<Token> tokens, String sentence) {
        if (a.kind() == Mention.Kind.ADJECTIVE || b.kind() == Mention.Kind.ADJECTIVE || a.end() > b.start()) {
            return false;
        }
        String between = sentence == null ? gapText(a, b, tokens) : sentence.substring(a.end(), b.start());
        if (between.isBlank() && !between.isEmpty()) {
            return false;
        }
        for (int k = a.tokenEnd(); k < b.tokenStart(); k++) {
            String w = tokens.get(k).lower();
            if (!LINKS.contains(w) && !w.equals("die") && !w.equals("der") && !w.equals("den")) {
                return false;
            }
        }
        return between.contains(",") || between.matches("(?s).*\\b(und|sowie|als auch)\\b.*");
    }

    private static String gapText(Mention a, Mention b, List<Token> tokens) {
        StringBuilder sb = new StringBuilder(" ");
        for (int k = a.tokenEnd(); k < b.tokenStart(); k++) {
            sb.append(tokens.get(k).text()).append(' ');
        }
        return sb.append(a.tokenEnd() == b.tokenStart() ? "," : "").toString();
    }

    /** The preposition that governs a mention ("an Russland", "mit dem russischen Präsidenten Putin"), or null. */
    public static String governor(Mention m, List<Token> tokens) {
        for (int k = m.tokenStart() - 1, steps = 0; k >= 0 && steps < 4; k--, steps++) {
            Token t = tokens.get(k);
            int gapEnd = k + 1 < tokens.size() ? tokens.get(k + 1).start() : t.end();
            if (gapEnd - t.end() > 1) {
                return null; // punctuation between: "…als sicher, dass Russland" is not governed by "als"
            }
            if (PREPOSITIONS.contains(t.lower())) {
                return t.lower();
            }
            if (t.capitalized() && steps > 0 && !isTitle(t)) {
                return null;
            }
        }
        return null;
    }

    private static boolean isTitle(Token t) {
        String w = t.lower();
        return w.endsWith("minister") || w.endsWith("ministerin") || w.startsWith("präsident") || w.endsWith("chef")
                || w.endsWith("machthaber") || w.endsWith("machthabers") || w.endsWith("führer") || w.endsWith("experte")
                || w.endsWith("sprecherin") || w.endsWith("sprecher") || w.equals("herr") || w.equals("herrn");
    }

    private EntityType type(EntityIndex local, String id) {
        Entity e = local.entity(id);
        return e == null ? null : e.type();
    }

    /** The entity ids a mention gives for an argument of the allowed types (a capital acts for its country). */
    private List<String> ids(RelationRule rule, Mention m, Set<EntityType> allowed, EntityIndex local) {
        boolean adjectiveOk = rule.adjectives() && (rule.mode() == RelationRule.Mode.pair || allowed == rule.target());
        if (m.kind() == Mention.Kind.ADJECTIVE && !adjectiveOk) {
            return List.of(); // in directed rules an adjective names the owner or origin: a target, never a source
        }
        List<String> out = new ArrayList<>();
        for (String id : m.members()) {
            Entity e = local.entity(id);
            if (e == null) {
                continue;
            }
            if (allowed.contains(e.type())) {
                out.add(id);
            } else if (e.actsFor() != null && allowed.contains(local.entity(e.actsFor()).type())) {
                out.add(e.actsFor());
            }
        }
        return out;
    }

    private static Found found(RelationRule rule, String s, String t, List<String> items, int ts, int te, int[] clause,
                               List<Mention> used) {
        int lo = ts;
        int hi = te;
        for (Mention m : used) {
            lo = Math.min(lo, m.start());
            hi = Math.max(hi, m.end());
        }
        boolean ctx = used.stream().anyMatch(Mention::resolvedByContext);
        List<String> its = items.stream().filter(i -> !i.equals(s) && !i.equals(t)).toList();
        return new Found(rule, s, t, its, ts, te, clause, new int[] {lo, hi}, ctx);
    }
}
