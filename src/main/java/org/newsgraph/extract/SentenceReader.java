package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.attribute.DateResolver;
import org.newsgraph.extract.attribute.StatusCues;
import org.newsgraph.extract.attribute.StatusReader;
import org.newsgraph.extract.mention.CorefCues;
import org.newsgraph.extract.mention.Coreference;
import org.newsgraph.extract.mention.Entity;
import org.newsgraph.extract.mention.EntityIndex;
import org.newsgraph.extract.mention.Mention;
import org.newsgraph.extract.mention.NameDiscovery;
import org.newsgraph.extract.nlp.Backbone;
import org.newsgraph.extract.nlp.Compound;
import org.newsgraph.extract.nlp.GermanLemmas;
import org.newsgraph.extract.nlp.Parse;
import org.newsgraph.extract.nlp.Tokens;
import org.newsgraph.extract.nlp.Word;
import org.newsgraph.extract.relation.Argument;
import org.newsgraph.extract.relation.Arguments;
import org.newsgraph.extract.relation.Candidate;
import org.newsgraph.extract.relation.CandidateNet;
import org.newsgraph.extract.relation.ProposalFeatures;
import org.newsgraph.extract.score.Lexicon;
import org.newsgraph.extract.score.Proposal;
import org.newsgraph.extract.score.Scorer;
import java.util.HashMap;
import java.util.Map;
import org.newsgraph.extract.relation.FrameMatcher;
import org.newsgraph.extract.relation.Grammar;
import org.newsgraph.extract.relation.ParseRepair;
import org.newsgraph.extract.text.Language;
import org.newsgraph.extract.text.Quotes;
import org.newsgraph.extract.text.Sentence;
import org.newsgraph.extract.text.SourceArticle;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.RelationType;
import org.newsgraph.model.Status;

/**
 * Reads one sentence in one language: decides whether it is worth parsing (two or more mentions and a word that
 * may be a predicate), parses it, adds names the recogniser found, resolves coreference, reads relations and
 * their attributes. One per language per extractor; the per-article state travels in {@link ArticleState}.
 */
final class SentenceReader {
    private static final Set<EntityType> PLACES = EnumSet.of(EntityType.Place);
    private static final Set<EntityType> PARTIES = EnumSet.of(EntityType.Person, EntityType.Country,
            EntityType.Organization);
    private static final Set<String> AIMED = Set.of("gegen", "against", "on");
    /** Tags under which an English word form may be inflected (for its possible lemmas before tagging). */
    private static final List<String> ENGLISH_TAGS = List.of("VBD", "VBN", "VBZ", "VBG", "NNS");

    private final Language language;
    private final Backbone backbone;
    private final FrameMatcher matcher;
    private final Lexicon lexicon;
    private final CandidateNet net;
    private final Scorer scorer;
    private final LearnedRelations learned;
    private final StatusReader status;
    private final CorefCues corefCues;
    private final Set<String> negations;
    private final ParseRepair repair;
    private final NameDiscovery names;
    private final org.newsgraph.extract.mention.EventDiscovery events;
    private final org.newsgraph.extract.mention.WeaponNames weapons;
    private final Set<String> agentNouns;
    private final Set<String> placePrepositions;
    private final Set<String> nameHeads;
    /** Verbs whose object is the subject of their infinitive ("wirft Moskau vor, … zu"). */
    private final Set<String> objectControl;
    private final DateResolver dates = new DateResolver();
    private final org.newsgraph.extract.mention.Homes homes = new org.newsgraph.extract.mention.Homes();
    private final List<org.newsgraph.extract.mention.Gazetteer.EventPhrase> eventPhrases;

    SentenceReader(Language language, ExtractionRules rules, Backbone backbone) {
        ExtractionRules.LanguageRules lr = rules.of(language);
        this.language = language;
        this.backbone = backbone;
        this.matcher = new FrameMatcher(lr.relations());
        this.lexicon = lr.lexicon();
        this.net = new CandidateNet(lexicon);
        this.scorer = rules.scorer();
        this.learned = new LearnedRelations(scorer);
        this.status = new StatusReader(StatusCues.of(lr.cues()), lr.relations().list("light-verbs"));
        this.corefCues = CorefCues.of(lr.cues());
        this.agentNouns = lr.relations().list("agent-nouns");
        this.nameHeads = lr.relations().list("name-heads");
        this.objectControl = lr.relations().list("object-control");
        this.placePrepositions = lr.cues().wordSet("place-prepositions");
        this.negations = lr.cues().wordSet("negations");
        this.repair = new ParseRepair(ParseRepair.Words.of(lr.cues()));
        this.eventPhrases = rules.gazetteer().eventPhrases();
        // name particles are matched as written ("al", "bin"), so not lower-cased like the other word lists
        Set<String> particles = Set.copyOf(lr.cues().values("name-particles").stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::strip).toList());
        this.names = new NameDiscovery(this::commonWord, rules.roles().wordSet("role"), particles,
                lr.cues().wordSet("place-compound-heads"));
        this.events = new org.newsgraph.extract.mention.EventDiscovery(lr.cues().values("event-nouns").stream()
                .map(v -> java.util.Arrays.stream(v.split(",")).map(w -> w.strip().toLowerCase(java.util.Locale.ROOT))
                        .filter(w -> !w.isEmpty()).toList()).toList(), lr.cues().wordSet("event-prepositions"));
        this.weapons = new org.newsgraph.extract.mention.WeaponNames(lr.cues().wordSet("weapon-nouns"));
    }

    /** What one article carries from sentence to sentence. */
    static final class ArticleState {
        final EntityIndex index;
        final Coreference coref;
        final LocalDate published;
        /** The events named so far, by kind ("der Gipfel" after "das Gipfeltreffen in Wien"). */
        final org.newsgraph.extract.mention.EventDiscovery.Memory events = new org.newsgraph.extract.mention.EventDiscovery.Memory();
        /** How often each state has been named so far in the article (for implicit counterparts). */
        final java.util.Map<String, Integer> states = new java.util.HashMap<>();

        ArticleState(EntityIndex index, Coreference coref, LocalDate published) {
            this.index = index;
            this.coref = coref;
            this.published = published;
        }
    }

    ArticleState start(EntityIndex index, LocalDate published) {
        return new ArticleState(index, new Coreference(index, corefCues, this::feminine), published);
    }

    /** What a sentence gave; {@code parse} is null when the sentence was not worth parsing. */
    record Result(List<Mention> mentions, List<Relation> relations, Parse parse, List<Proposal> proposals) {
    }

    Result read(SourceArticle article, Sentence s, Tokens tokens, List<Mention> found, ArticleState st, Quotes quotes) {
        List<Mention> mentions = new ArrayList<>(found);
        mentions.addAll(st.coref.resolve(s.text(), tokens.words(), found));
        if (!worthParsing(tokens.words(), mentions)) {
            return new Result(mentions, List.of(), null, List.of());
        }
        Parse parse = backbone.parse(tokens);
        mentions.addAll(weapons.discover(s.text(), parse, mentions, st.index));
        List<Mention> discovered = names.discover(s.text(), parse, mentions, st.index);
        st.coref.observeLate(discovered);
        mentions.addAll(discovered);
        mentions.addAll(events.discover(s.text(), parse, mentions, st.index, st.events));
        List<Mention> ordered = new ArrayList<>(mentions);
        ordered.sort(java.util.Comparator.comparingInt(Mention::tokenStart));
        repair.repair(parse, ordered, this::personNoun, l -> nameHeads.stream().anyMatch(l::endsWith),
                id -> isType(st, id, EntityType.Person),
                id -> isType(st, id, EntityType.Person) || isType(st, id, EntityType.Country)
                        || isType(st, id, EntityType.Organization));
        List<Relation> relations = new ArrayList<>();
        Grammar g = new Grammar(parse, objectControl);
        Arguments args = new Arguments(g, mentions, st.index, agentNouns);
        bindPossessives(s.text(), g, args, st);
        eventPhrases(g, args, st);
        int questionFrom = questionStart(s);
        countStates(mentions, st);
        List<Read> read = new ArrayList<>();
        for (Candidate c : matcher.match(g, args, source -> counterpart(source, st))) {
            int at = parse.word(c.predicate()).start();
            if (at >= questionFrom) {
                continue; // asked, not asserted
            }
            if (c.frame().foreign() && !homes.foreign(c.source().entityId(), c.target().entityId(), st.index)) {
                continue; // "Putin traf Xi in Moskau": only the guest visited
            }
            StatusReader.Reading reading = status.read(g, args, c.predicate(), quotes.inQuoteAt(s, at));
            if (reading.negated() && c.frame().type() != RelationType.DENIED) {
                // "Russland braucht Nordkorea nicht": said not to hold, kept as a denied claim (no edge is a fact)
                reading = new StatusReader.Reading(org.newsgraph.model.Status.denied, reading.attributedTo(), true,
                        reading.denier());
            }
            read.add(new Read(c, reading));
        }
        List<Proposal> proposals = propose(s, g, args, read, st);
        Map<String, Double> scores = new HashMap<>();
        for (Proposal p : proposals) {
            scores.merge(p.key(), p.score(), Math::max);
        }
        Set<String> seen = new HashSet<>();
        for (Read x : read) {
            Candidate c = x.candidate();
            Double score = scorer.present() ? scores.get(Proposal.key(c.source().entityId(), c.frame().type(),
                    c.target().entityId())) : null;
            Relation r = relation(article, s, parse, g, args, c, x.reading(), st,
                    score == null ? c.frame().confidence() : score);
            if (seen.add(r.sourceId() + "|" + r.type() + "|" + r.targetId())) {
                relations.add(r);
            }
            Relation denial = denial(article, s, c, x.reading(), st, r);
            if (denial != null && seen.add(denial.sourceId() + "|DENIED|" + denial.targetId())) {
                relations.add(denial);
            }
        }
        Set<String> patternKeys = keys(relations);
        for (Proposal p : learned.choose(proposals, patternKeys)) {
            int at = parse.word(p.predicate()).start();
            if (at >= questionFrom) {
                continue;
            }
            StatusReader.Reading reading = status.read(g, args, p.predicate(), quotes.inQuoteAt(s, at));
            if (reading.negated() && p.type() != RelationType.DENIED) {
                continue;
            }
            Candidate c = new Candidate(learned.frame(p.type()), p.predicate(), p.source(), p.target(), List.of());
            Relation r = relation(article, s, parse, g, args, c, reading, st, p.score());
            relations.add(learned.finish(r, p));
        }
        return new Result(mentions, relations, parse, proposals);
    }

    /** A pattern's candidate that survived the question, foreign and negation checks, with its status reading. */
    private record Read(Candidate candidate, StatusReader.Reading reading) {
    }

    /** The wide net's proposals for the sentence, scored (empty without a lexicon). */
    private List<Proposal> propose(Sentence s, Grammar g, Arguments args, List<Read> read, ArticleState st) {
        Set<String> keys = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        for (Read x : read) {
            String a = x.candidate().source().entityId();
            String b = x.candidate().target().entityId();
            keys.add(Proposal.key(a, x.candidate().frame().type(), b));
            pairs.add(Proposal.pair(a, b));
        }
        ProposalFeatures.Context cx = new ProposalFeatures.Context(keys, pairs, s.zone(), language.name(),
                (a, b) -> sameHome(a, b, st), negations);
        List<Proposal> out = new ArrayList<>();
        for (Proposal p : ProposalFeatures.of(g, args, net.propose(g, args, id -> homes.of(id, st.index)), cx)) {
            out.add(p.scored(scorer.score(p.features())));
        }
        return out;
    }

    private boolean sameHome(String a, String b, ArticleState st) {
        String ha = homes.of(a, st.index);
        return ha != null && ha.equals(homes.of(b, st.index));
    }

    private static Set<String> keys(List<Relation> relations) {
        Set<String> out = new HashSet<>();
        for (Relation r : relations) {
            out.add(Proposal.key(r.sourceId(), r.type(), r.targetId()));
        }
        return out;
    }

    /** Two or more mentions (names, pronouns, unknown names) and a word that may be a predicate. */
    private boolean worthParsing(List<Word> words, List<Mention> mentions) {
        int count = 0;
        for (Mention m : mentions) {
            count += m.members().size();
        }
        for (Word w : words) {
            if (count >= 2) {
                break;
            }
            if (looksLikeName(w) && !Mention.anyCovers(mentions, w.index())) {
                count++;
            }
        }
        if (count < 2) {
            return false;
        }
        for (Word w : words) {
            Set<String> lemmas = possibleLemmas(w);
            if (matcher.predicates().anyPredicate(lemmas) || lexicon.anyPredicate(lemmas)) {
                return true;
            }
        }
        return false;
    }

    private boolean looksLikeName(Word w) {
        String t = w.text();
        if (w.index() == 0 || t.length() < 2 || !Character.isUpperCase(t.charAt(0))) {
            return false;
        }
        if (language == Language.de) {
            return backbone.germanLemmas().readings(t).stream().allMatch(r -> r.tag().startsWith("EIG"));
        }
        return true;
    }

    private Set<String> possibleLemmas(Word w) {
        Set<String> out = new LinkedHashSet<>();
        String lower = w.lower();
        out.add(lower);
        if (language == Language.de) {
            out.addAll(backbone.germanLemmas().lemmas(w.text()));
        } else {
            for (String tag : ENGLISH_TAGS) {
                out.add(edu.stanford.nlp.process.Morphology.lemmaStatic(lower, tag).toLowerCase(Locale.ROOT)); // met → meet
            }
        }
        return out;
    }

    /**
     * A possessive refers to its clause's subject when that is a party ("Russland … seine Truppen", "die Russen
     * wollten … für ihren Krieg"): the parse decides, overriding the guess made before parsing.
     */
    private void bindPossessives(String sentence, Grammar g, Arguments args, ArticleState st) {
        Parse parse = g.parse();
        List<Mention> mentions = args.mentions();
        for (Word w : parse.words()) {
            if (!corefCues.boundPossessive().contains(w.lower()) || !(w.is("DET") || w.is("PRON"))) {
                continue;
            }
            int verb = w.index();
            for (int i = 0; i < 5 && verb >= 0 && !parse.word(verb).is("VERB") && !parse.word(verb).is("AUX"); i++) {
                org.newsgraph.extract.nlp.Dependencies.Edge h = parse.deps().head(verb);
                verb = h == null ? -1 : h.gov();
            }
            if (verb < 0) {
                continue;
            }
            List<Integer> subjects = g.subjects(verb).stream()
                    .filter(x -> !parse.deps().dominates(x, w.index())).toList();
            List<Integer> coordinated = coordinatedWith(parse, w.index());
            List<Argument> bound = args.of(coordinated.isEmpty() ? subjects : coordinated, false, PARTIES);
            if (bound.isEmpty()) {
                continue;
            }
            mentions.removeIf(m -> m.kind() == Mention.Kind.PRONOUN && m.tokenStart() == w.index());
            List<String> ids = bound.stream().map(Argument::entityId).toList();
            mentions.add(new Mention(ids.get(0), ids.size() > 1 ? Mention.Kind.GROUP : Mention.Kind.PRONOUN,
                    sentence.substring(w.start(), w.end()), w.start(), w.end(), w.index(), w.index() + 1, ids));
        }
    }

    /** "neue Strafen gegen den Norden": a kind of event aimed at an entity is that event (gazetteer about=, heads=). */
    private void eventPhrases(Grammar g, Arguments args, ArticleState st) {
        Parse parse = g.parse();
        List<Mention> mentions = args.mentions();
        for (Word w : parse.words()) {
            if (!w.isNominal() || mentions.stream().anyMatch(m -> m.covers(w.index())
                    && st.index.entity(m.entityId()) != null && st.index.entity(m.entityId()).type() == EntityType.Event)) {
                continue;
            }
            for (org.newsgraph.extract.mention.Gazetteer.EventPhrase p : eventPhrases) {
                if (!Compound.endsInAny(w.lemma(), p.heads())) {
                    continue;
                }
                List<Argument> aimed = args.of(g.phrases(w.index(), AIMED), false, PARTIES);
                if (aimed.stream().anyMatch(a -> a.entityId().equals(p.about()))) {
                    mentions.add(new Mention(p.eventId(), Mention.Kind.NAME, w.text(), w.start(), w.end(), w.index(),
                            w.index() + 1, List.of(p.eventId())));
                    break;
                }
            }
        }
    }

    private void countStates(List<Mention> mentions, ArticleState st) {
        for (Mention m : mentions) {
            for (String id : m.members()) {
                String home = homes.of(id, st.index);
                if (home != null && m.kind() != Mention.Kind.COMPOUND) {
                    st.states.merge(home, 1, Integer::sum);
                }
            }
        }
    }

    /**
     * The article's main counterpart of a source: the state named most often so far other than the source's own,
     * if it is named clearly more often than the next one (else there is no telling which is meant).
     */
    private Argument counterpart(String source, ArticleState st) {
        String own = homes.of(source, st.index);
        if (own == null) {
            return null;
        }
        List<java.util.Map.Entry<String, Integer>> ranked = st.states.entrySet().stream()
                .filter(e -> !e.getKey().equals(own))
                .sorted((a, b) -> b.getValue() - a.getValue()).toList();
        if (ranked.isEmpty() || ranked.size() > 1 && ranked.get(0).getValue() < 2 * ranked.get(1).getValue()) {
            return null;
        }
        String id = ranked.get(0).getKey();
        return new Argument(id, new Mention(id, Mention.Kind.NOMINAL, "", 0, 0, -1, -1, List.of(id)));
    }

    /** "die Vereinigten Staaten und ihre Verbündeten": a possessive's noun coordinated with a name refers to it. */
    private static List<Integer> coordinatedWith(Parse parse, int possessive) {
        org.newsgraph.extract.nlp.Dependencies.Edge h = parse.deps().head(possessive);
        if (h == null) {
            return List.of();
        }
        for (org.newsgraph.extract.nlp.Dependencies.Edge e : parse.deps().heads(h.gov())) {
            if (e.base().equals("conj") && e.gov() < possessive) {
                return List.of(e.gov());
            }
        }
        return List.of();
    }

    /** "sie" for a state, organisation or person whose German name or role is feminine (die Ukraine, -ministerin). */
    private boolean feminine(Entity e) {
        if (e.type() == EntityType.Person) {
            return e.role() != null && e.role().toLowerCase(Locale.ROOT).matches(".*(in|woman|frau)$");
        }
        for (String alias : e.aliases()) {
            String last = alias.substring(alias.lastIndexOf(' ') + 1);
            List<org.newsgraph.extract.nlp.GermanLemmas.Reading> r = backbone.germanLemmas().readings(last);
            if (!r.isEmpty()) {
                return r.stream().allMatch(x -> x.tag().contains(":FEM"));
            }
        }
        return false;
    }

    private static boolean isType(ArticleState st, String id, EntityType type) {
        Entity e = st.index.entity(id);
        return e != null && e.type() == type;
    }

    /** A noun that names a person by role ("Präsident", "Hamas-Chef", "Machthaber"). */
    private boolean personNoun(String lemma) {
        return names.isRole(lemma) || agentNouns.contains(lemma);
    }

    /** A capitalised word that is an ordinary noun or adjective, not a name ("Emir", "Präsident"). */
    private boolean commonWord(Word w) {
        if (language == Language.de) {
            return backbone.germanLemmas().readings(w.text()).stream()
                    .anyMatch(r -> r.tag().startsWith("SUB") || r.tag().startsWith("ADJ"));
        }
        return w.is("NOUN") || w.is("ADJ");
    }

    private Relation relation(SourceArticle a, Sentence s, Parse parse, Grammar g, Arguments args, Candidate c,
                              StatusReader.Reading reading, ArticleState st, double score) {
        RelationType type = c.frame().type();
        Status stat = type == RelationType.DENIED ? Status.fact : reading.status();
        Argument by = stat == Status.fact ? null : reading.attributedTo();
        if (by != null && (by.entityId().equals(c.target().entityId())
                || by.entityId().equals(c.source().entityId()) && stat != Status.reported)) {
            by = null; // never the target's own word; the source's only when reported ("Moskau meldete, es habe …")
        }
        Argument place = place(g, args, c);
        String date = nearestDate(s.text(), st.published, parse.word(c.predicate()).start());
        double confidence = c.frame().confidence() * (byContext(c) ? 0.8 : 1.0);
        List<String> itemIds = c.items().stream().map(Argument::entityId).toList();
        List<String> itemNames = itemIds.stream().map(id -> name(st.index, id)).toList();
        return new Relation(name(st.index, c.source().entityId()), c.source().entityId(), type,
                name(st.index, c.target().entityId()), c.target().entityId(), a.file(),
                new Evidence(s.text(), s.start(), s.end(), s.index(), s.zone()), stat, date,
                place == null ? null : name(st.index, place.entityId()), place == null ? null : place.entityId(),
                itemNames.isEmpty() ? null : itemNames.get(0), itemNames.isEmpty() ? null : itemNames,
                itemIds.isEmpty() ? null : itemIds, by == null ? null : name(st.index, by.entityId()),
                by == null ? null : by.entityId(), Math.round(confidence * 100) / 100.0, language.name(),
                c.frame().origin(), Math.round(score * 1000) / 1000.0, null);
    }

    /** "Nordkorea bestritt die Lieferung von Waffen an Russland": the denier DENIED (dealings with) the other party. */
    private Relation denial(SourceArticle a, Sentence s, Candidate c, StatusReader.Reading reading, ArticleState st,
                            Relation denied) {
        if (reading.denier() == null || c.frame().type() == RelationType.DENIED) {
            return null;
        }
        String who = reading.denier().entityId();
        String other = who.equals(c.source().entityId()) ? c.target().entityId()
                : who.equals(c.target().entityId()) ? c.source().entityId() : null;
        if (other == null) {
            return null;
        }
        return new Relation(name(st.index, who), who, RelationType.DENIED, name(st.index, other), other, a.file(),
                denied.evidence(), Status.fact, denied.date(), null, null, denied.item(), denied.items(),
                denied.itemIds(), null, null, denied.confidence(), language.name(), denied.rule(), denied.score(), null);
    }

    private static boolean byContext(Candidate c) {
        return c.source().mention().resolvedByContext() || c.target().mention().resolvedByContext();
    }

    /** A place named under "in", "an", "bei" … of the predicate, not one of the parties. */
    private Argument place(Grammar g, Arguments args, Candidate c) {
        for (Argument p : args.of(g.phrases(c.predicate(), placePrepositions, true), false, PLACES)) {
            if (!p.entityId().equals(c.source().entityId()) && !p.entityId().equals(c.target().entityId())) {
                return p;
            }
        }
        return null;
    }

    private String nearestDate(String sentence, LocalDate published, int offset) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateResolver.DateMention d : dates.find(sentence, published)) {
            int dist = Math.abs(d.start() - offset);
            if (dist < bestDistance) {
                bestDistance = dist;
                best = d.value();
            }
        }
        return best;
    }

    /**
     * Where the question of a sentence starts: a question after a colon ("Putin in Pjöngjang: Verkauft …?")
     * leaves the statement before the colon asserted.
     */
    private static int questionStart(Sentence s) {
        if (!s.isQuestion()) {
            return Integer.MAX_VALUE;
        }
        int colon = s.text().lastIndexOf(": ");
        return colon < 0 ? 0 : colon + 2;
    }

    private static String name(EntityIndex index, String id) {
        Entity e = index.entity(id);
        return e == null ? id : e.name();
    }}
