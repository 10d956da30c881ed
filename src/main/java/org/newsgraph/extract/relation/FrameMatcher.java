package org.newsgraph.extract.relation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.extract.mention.Mention;
import org.newsgraph.extract.nlp.Dependencies.Edge;
import org.newsgraph.extract.nlp.Parse;
import org.newsgraph.extract.nlp.Word;

/**
 * Stage 5: reads relations off a parsed sentence. Every word whose lemma is a frame's predicate is a chance;
 * the frame's roles are looked up in the parse (voice-aware: in a passive the agent is the subject), their
 * words turned into entities, and every source–target pair of the right types becomes a {@link Candidate}.
 */
public final class FrameMatcher {
    private static final Set<String> AGENT_PREPOSITIONS = Set.of("durch", "von", "by", "of");
    private final List<Frame> frames;
    private final Set<String> lightVerbs;
    private final PredicateIndex predicates;

    public FrameMatcher(FrameFile.Rules rules) {
        this.frames = rules.frames();
        this.lightVerbs = rules.list("light-verbs");
        this.predicates = new PredicateIndex(frames);
    }

    public PredicateIndex predicates() {
        return predicates;
    }

    /**
     * The candidates of a parsed sentence (its grammar, and its arguments over its mentions); {@code counterpart}
     * names the article's main counterpart of a source (or null), for patterns with {@code counterpart: article}.
     */
    public List<Candidate> match(Grammar g, Arguments args, Function<String, Argument> counterpart) {
        Parse parse = g.parse();
        List<Candidate> out = new ArrayList<>();
        for (int p = 0; p < parse.size(); p++) {
            for (Frame f : predicates.framesAt(parse, p)) {
                if (conditionsHold(g, f, p)) {
                    read(g, args, counterpart, f, p, out);
                }
            }
        }
        for (Mention m : args.mentions()) {
            int head = verblessHead(parse, m);
            for (Frame f : head < 0 ? List.<Frame>of() : frames) {
                var e = args.entities().entity(m.entityId());
                if (e != null && f.names().contains(e.type()) && conditionsHold(g, f, head)) {
                    read(g, args, counterpart, f, head, out); // "Putin in Pjöngjang: …"
                }
            }
        }
        return out;
    }

    /** The head word of a name that is the root of its clause, with no verb anywhere above it; or -1. */
    private static int verblessHead(Parse parse, Mention m) {
        if (m.kind() != Mention.Kind.NAME) {
            return -1;
        }
        for (int w = m.tokenStart(); w < m.tokenEnd(); w++) {
            Edge h = parse.deps().head(w);
            if (h == null && parse.deps().roots().contains(w)) {
                return w;
            }
        }
        return -1;
    }

    private void read(Grammar g, Arguments args, Function<String, Argument> counterpart, Frame f, int p,
                      List<Candidate> out) {
        List<Argument> sources = fill(g, args, f.source(), f.sourceTypes(), p);
        if (sources.isEmpty()) {
            return;
        }
        List<Argument> targets = fill(g, args, f.target(), f.targetTypes(), p);
        List<Argument> items = f.items().isEmpty() ? List.of() : fill(g, args, f.items(), f.itemTypes(), p);
        if (f.needItems() && items.isEmpty()) {
            return;
        }
        targets.removeIf(t -> sources.stream().anyMatch(s -> s.entityId().equals(t.entityId())) && targets.size() > 1);
        if (targets.isEmpty() && f.counterpart() && !items.isEmpty()) {
            for (Argument s : sources) {
                Argument other = counterpart.apply(s.entityId());
                if (other != null && !other.entityId().equals(s.entityId())) {
                    out.add(new Candidate(f, p, s, other, items)); // "Putin will offenbar Munition"
                }
            }
            return;
        }
        if (targets.isEmpty() && f.pairs()) {
            for (int i = 0; i < sources.size(); i++) {
                for (int j = i + 1; j < sources.size(); j++) {
                    out.add(new Candidate(f, p, sources.get(i), sources.get(j), items));
                    if (!f.type().symmetric()) {
                        out.add(new Candidate(f, p, sources.get(j), sources.get(i), items)); // "A und B dementieren"
                    }
                }
            }
            return;
        }
        for (Argument s : sources) {
            for (Argument t : targets) {
                if (!s.entityId().equals(t.entityId())) {
                    out.add(new Candidate(f, p, s, t, items));
                }
            }
        }
    }

    private List<Argument> fill(Grammar g, Arguments args, List<Frame.Role> roles, Set<org.newsgraph.model.EntityType> types,
                                int p) {
        List<Argument> out = new ArrayList<>();
        for (Frame.Role role : roles) {
            boolean adjectives = role.name().equals("adj") || role.name().endsWith("-owner") || role.name().equals("inner");
            List<Argument> found = args.of(words(g, role, p), role.deep(), types, adjectives);
            for (Argument a : found) {
                if (out.stream().noneMatch(x -> x.entityId().equals(a.entityId()))) {
                    out.add(a);
                }
            }
            if (!out.isEmpty()) {
                return out; // roles are alternatives, tried in order
            }
        }
        return out;
    }

    private boolean conditionsHold(Grammar g, Frame f, int p) {
        for (Frame.Condition c : f.with()) {
            if (!holds(g, c, p)) {
                return false;
            }
        }
        for (Frame.Condition c : f.without()) {
            if (holds(g, c, p)) {
                return false;
            }
        }
        return true;
    }

    private boolean holds(Grammar g, Frame.Condition c, int p) {
        for (int w0 : words(g, c.role(), p)) {
            int w = g.antecedent(w0) >= 0 ? g.antecedent(w0) : w0; // "den Pakt, den sie schlossen"
            String lemma = g.parse().word(w).lemma();
            if (c.lemmas().contains(lemma) || c.lemmas().stream().anyMatch(l -> PredicateIndex.isHead(lemma, l))) {
                return true;
            }
        }
        return false;
    }

    /** The words filling a role of predicate {@code p}. */
    List<Integer> words(Grammar g, Frame.Role role, int p) {
        Grammar.Voice voice = g.voice(p);
        String name = role.name();
        Set<Integer> out = new LinkedHashSet<>();
        switch (name) {
            case "subj" -> out.addAll(subject(g, voice, p));
            case "obj" -> out.addAll(object(g, voice, p));
            case "iobj" -> out.addAll(g.children(p, "iobj", "obl:arg"));
            case "gen" -> out.addAll(g.genitives(p));
            case "adj" -> out.addAll(g.children(p, "amod", "compound")); // "russische Truppen", "trading partner"
            case "advmod" -> out.addAll(g.children(p, "advmod"));
            case "aux" -> out.addAll(g.children(p, "aux")); // for conditions: "kaufen wollen"
            case "case" -> out.addAll(g.children(p, "case")); // for conditions: "zu Besuch"
            default -> {
                if (!name.endsWith("-owner")) {
                    out.addAll(prepositional(g, name.substring(3), p));
                    break;
                }
                Frame.Role inner = new Frame.Role(name.substring(0, name.length() - 6), false);
                for (int w : words(g, inner, p)) {
                    out.addAll(g.children(w, "amod"));
                    out.addAll(g.genitives(w));
                    out.addAll(g.prepositional(w, AGENT_PREPOSITIONS)); // "den Bau von Atombomben durch Nordkorea"
                }
            }
            case "appos" -> out.addAll(g.children(p, "appos"));
            case "inner" -> out.add(p);
            case "head" -> {
                Edge h = g.parse().deps().head(p);
                if (h != null) {
                    out.add(h.gov());
                }
            }
            case "light-subj", "light-obj" -> {
                int verb = lightVerb(g, p);
                if (verb >= 0) {
                    out.addAll(name.equals("light-subj") ? subject(g, g.voice(verb), verb) : object(g, g.voice(verb), verb));
                }
            }
            case "verb-subj" -> {
                Edge h = g.parse().deps().head(p);
                if (h != null && (g.parse().word(h.gov()).is("VERB") || g.parse().word(h.gov()).is("AUX"))) {
                    out.addAll(subject(g, g.voice(h.gov()), h.gov())); // "kündigte in einem Beitrag für … an"
                }
            }
            case "rel-subj" -> {
                for (int c : g.children(p, "acl:relcl", "acl")) {
                    Grammar.Voice v = g.voice(c); // a finite relative clause the parser hung as "acl" reads as active
                    for (int subj : v == Grammar.Voice.MODIFIER ? g.subjects(c) : subject(g, v, c)) {
                        if (!g.parse().word(subj).is("PRON")) {
                            out.add(subj); // "die Raketentests, mit denen Nordkorea … demonstriert"
                        }
                    }
                }
            }
            case "ccomp-subj" -> {
                for (int c : g.children(p, "ccomp")) {
                    out.addAll(g.subjects(c)); // "kritisierte, dass die USA …"
                }
            }
            case "clause" -> out.addAll(g.clauseDependents(p));
            case "subclauses" -> {
                int verb = g.parse().word(p).isNominal() ? lightVerb(g, p) : p;
                if (verb >= 0) {
                    out.addAll(g.subclauseWords(verb)); // "übten ihr Vetorecht aus, als die USA Strafen … verhängen wollten"
                }
            }
        }
        if (!name.equals("inner")) {
            out.remove(p);
        }
        return new ArrayList<>(out);
    }

    private static List<Integer> subject(Grammar g, Grammar.Voice voice, int p) {
        return switch (voice) {
            case ACTIVE, NOUN -> g.subjects(p);
            case PASSIVE, MODIFIER -> {
                List<Integer> agents = new ArrayList<>(g.children(p, "obl:agent"));
                agents.addAll(g.prepositional(p, Set.of("von", "durch", "by")));
                yield agents;
            }
        };
    }

    private static List<Integer> object(Grammar g, Grammar.Voice voice, int p) {
        return switch (voice) {
            case ACTIVE -> {
                List<Integer> out = new ArrayList<>(g.children(p, "obj"));
                if (g.parse().deps().hasLabel(p, "nsubj")) {
                    out.addAll(g.children(p, "nsubj:pass")); // "das die Krim anerkannt hat": a misread object
                }
                yield out;
            }
            case NOUN -> List.of();
            case PASSIVE -> {
                List<Integer> out = new ArrayList<>(g.children(p, "nsubj:pass"));
                out.addAll(g.children(p, "nsubj"));
                yield out;
            }
            case MODIFIER -> {
                Edge h = g.parse().deps().head(p);
                yield h == null ? List.of() : List.of(h.gov());
            }
        };
    }

    private static List<Integer> prepositional(Grammar g, String preps, int p) {
        return g.phrases(p, Set.of(preps.split("\\|")));
    }

    /** The light verb a predicate noun is the object or complement of ("Gespräche führen", "Besuch abstatten"). */
    private int lightVerb(Grammar g, int noun) {
        Edge h = g.parse().deps().head(noun);
        if (h == null) {
            return -1;
        }
        Word gov = g.parse().word(h.gov());
        boolean linked = h.base().equals("obj") || h.rel().startsWith("nsubj:pass") || h.base().equals("nsubj");
        return linked && !gov.isNominal() && lightVerbs.contains(g.parse().predicateLemma(h.gov())) ? h.gov() : -1;
    }
}
