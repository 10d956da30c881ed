package org.newsgraph.extract.relation;

import java.util.List;
import org.newsgraph.extract.mention.Mention;
import org.newsgraph.extract.nlp.Dependencies;
import org.newsgraph.extract.nlp.Dependencies.Edge;
import org.newsgraph.extract.nlp.Parse;

/**
 * Mends the German parser's commonest errors before patterns read the parse: around names (below), a relative
 * pronoun read as an article, and a clause left without its subject. Around names: two adjacent names of different entities read as one phrase
 * ("als Lawrow Pyongyang besuchte" → Lawrow an adjective of Pyongyang; "dass Putin Kim Jong-un Öl gibt" → Kim a
 * part of Putin's name). The second name is put back under the verb as a dependent of its own — subject if the
 * verb has none, else object, else dative object — and a bare noun phrase the parser called an oblique becomes
 * the object it is.
 */
public final class ParseRepair {
    /**
     * The grammar words the repairs look for, from the language's cues (import/rules/cues-*.txt, keys
     * {@code repair-*}): pronouns fronted as objects, relative pronouns the parser takes for articles, modal verbs.
     */
    public record Words(java.util.Set<String> frontedObjects, java.util.Set<String> relativeArticles,
                        java.util.Set<String> modals) {
        public static Words of(org.newsgraph.extract.RuleFile cues) {
            return new Words(cues.wordSet("repair-fronted-objects"), cues.wordSet("repair-relative-articles"),
                    cues.wordSet("repair-modals"));
        }
    }

    private final Words words;

    public ParseRepair(Words words) {
        this.words = words;
    }

    /**
     * @param personNoun whether a noun lemma names a person by role ("Präsident")
     * @param nameHead   whether a noun lemma takes the name of a place or organisation beside it ("Hauptstadt")
     * @param isPerson   whether an entity id is a person
     * @param isParty    whether an entity id is a person, state or organisation (a possible subject)
     */
    public void repair(Parse parse, List<Mention> mentions, java.util.function.Predicate<String> personNoun,
                              java.util.function.Predicate<String> nameHead, java.util.function.Predicate<String> isPerson,
                              java.util.function.Predicate<String> isParty) {
        genitiveHeads(parse, mentions);
        apposition(parse, mentions, personNoun, isPerson, nameHead);
        absorbed(parse, mentions);
        listedNames(parse, mentions);
        conjunctsOfItems(parse, mentions);
        relativeArticles(parse);
        modalsAsVerbs(parse);
        missingSubjects(parse, mentions, isParty);
        frontedObjects(parse, mentions, isParty);
        participleAgents(parse);
        Dependencies deps = parse.deps();
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention a = mentions.get(i);
            Mention b = mentions.get(i + 1);
            if (a.kind() != Mention.Kind.NAME || b.kind() != Mention.Kind.NAME || a.entityId().equals(b.entityId())
                    || b.tokenStart() != a.tokenEnd()) {
                continue;
            }
            int ha = headOf(deps, a);
            int hb = headOf(deps, b);
            if (ha < 0 || hb < 0 || !parse.word(ha).is("PROPN") || !parse.word(hb).is("PROPN")) {
                continue; // only proper names run together ("Raketen" is a common noun, however named)
            }
            Edge ea = deps.head(ha);
            Edge eb = deps.head(hb);
            if (eb != null && eb.gov() == ha && isNameLink(eb.rel())) {
                split(parse, hb, ha, eb); // b hangs from a: "Putin Kim Jong-un"
                for (int w = b.tokenStart(); w < b.tokenEnd(); w++) {
                    Edge h = deps.head(w);
                    if (w != hb && h != null && a.covers(h.gov())) {
                        deps.reattach(w, hb, "flat"); // "Jong-un" stays with "Kim"
                    }
                }
            } else if (ea != null && ea.gov() == hb && isNameLink(ea.rel())) {
                split(parse, ha, hb, ea); // a hangs from b: "Lawrow Pyongyang"
            }
        }
    }

    /**
     * "während seines Russland-Besuchs Putin nach Nordkorea eingeladen", "wird nächste Woche Russland besuchen": a
     * name read as an apposition of a noun that takes no name ("Besuch", "Woche"; unlike "Präsident Putin" or "die
     * Hauptstadt Pjöngjang") and without a comma between them is a dependent of the verb.
     */
    private static void apposition(Parse parse, List<Mention> mentions, java.util.function.Predicate<String> personNoun,
                                   java.util.function.Predicate<String> isPerson, java.util.function.Predicate<String> nameHead) {
        Dependencies deps = parse.deps();
        for (Mention m : mentions) {
            if (m.kind() != Mention.Kind.NAME) {
                continue;
            }
            int h = headOf(deps, m);
            Edge e = h < 0 ? null : deps.head(h);
            String headLemma = e == null ? "" : parse.word(e.gov()).lemma();
            boolean fitting = isPerson.test(m.entityId()) ? personNoun.test(headLemma) : nameHead.test(headLemma);
            if (e == null || !e.rel().equals("appos") || e.gov() != h - 1 || fitting
                    || parse.word(e.gov()).is("PROPN") || parse.word(h).morph().contains(":GEN:") && parse.word(h).text().endsWith("s")) {
                continue; // "Präsident Putin", "die Hauptstadt Pjöngjang", "Sergej Lawrow", "die Einladung Putins"
            }
            Edge up = deps.head(e.gov());
            if (up != null && (up.base().equals("obl") || up.base().equals("obj")) && !parse.word(up.gov()).isNominal()) {
                int verb = up.gov();
                deps.reattach(h, verb, !deps.hasChild(verb, "obj") ? "obj" : "iobj");
            }
        }
    }

    /** A genitive by its morphology, or a name the dictionary does not know ending in -s ("Schoigus Besuch"). */
    private static boolean genitiveName(org.newsgraph.extract.nlp.Word w) {
        String m = w.morph();
        return m.contains(":GEN:") || w.is("PROPN") && !m.contains(":NOM:") && !m.contains(":AKK:") && !m.contains(":DAT:");
    }

    /**
     * "Russlands Partner China", "Pyongyangs wichtigster Wirtschaftspartner", "Chinas Präsident Xi": a name in the
     * genitive before a noun is that noun's attribute, but the parser often makes the name the head. The noun takes
     * the name's place, the name becomes its genitive, and a name after the noun its apposition.
     */
    private static void genitiveHeads(Parse parse, List<Mention> mentions) {
        Dependencies deps = parse.deps();
        for (Mention m : mentions) {
            if (m.kind() != Mention.Kind.NAME || !m.surface().endsWith("s")) {
                continue;
            }
            int a = headOf(deps, m);
            if (a < 0) {
                continue;
            }
            int noun = -1;
            for (int w = m.tokenEnd(); w < Math.min(parse.size(), m.tokenEnd() + 3); w++) {
                if (parse.word(w).isNominal()) { // "Russlands Partner", "Putins Russland"
                    noun = w;
                    break;
                }
                if (!parse.word(w).is("ADJ")) {
                    break;
                }
            }
            if (noun < 0) {
                continue; // (a name after a genitive name, "Putins Russland", is tagged PROPN and left alone)
            }
            Edge ne = deps.head(noun);
            Edge up = deps.head(a);
            if (ne != null && up != null && ne.gov() == up.gov() && genitiveName(parse.word(a))) {
                deps.reattach(a, noun, "nmod:poss"); // siblings: "Nordkoreas Raketen basieren …" read as two phrases
                continue;
            }
            if (ne == null || ne.gov() != a) {
                continue; // the parser got it right (or quite wrong): leave it
            }
            List<Edge> later = new java.util.ArrayList<>();
            for (Edge c : deps.children(a)) {
                if (c.dep() > noun) {
                    later.add(c); // "Russlands Partner China", "Putins Russland längst abhängig von China"
                }
            }
            if (up != null) {
                deps.reattach(noun, up.gov(), up.rel());
            } else {
                deps.makeRoot(noun);
            }
            deps.roots().remove(Integer.valueOf(a));
            deps.reattach(a, noun, "nmod:poss");
            for (Edge c : later) {
                deps.reattach(c.dep(), noun, c.rel().startsWith("flat") ? "appos" : c.rel());
            }
        }
    }

    /**
     * "traf am Montag Kim Jong-un", "besuchte im Juli Pjöngjang": a name read as the last part of the word before
     * it (flat) is a dependent of its own. "Kim Jong-uns Russlandreise": a compound after a genitive name is the
     * head, the name its genitive.
     */
    private static void absorbed(Parse parse, List<Mention> mentions) {
        Dependencies deps = parse.deps();
        for (int w = 1; w < parse.size(); w++) {
            Edge e = deps.head(w);
            if (parse.word(w).is("NOUN") && e != null && e.rel().startsWith("flat") && mentionAt(mentions, w) == null) {
                split(parse, w, e.gov(), e); // "tauschten im August Briefe aus": a common noun is never part of a name
            }
        }
        for (Mention m : mentions) {
            if (m.resolvedByContext() || m.kind() == Mention.Kind.ADJECTIVE) {
                continue;
            }
            int h = headOf(deps, m);
            Edge e = h < 0 ? null : deps.head(h);
            if (e == null || !e.rel().startsWith("flat") || m.covers(e.gov())) {
                continue;
            }
            Mention host = mentionAt(mentions, e.gov());
            if (m.kind() == Mention.Kind.COMPOUND && host != null && host.surface().endsWith("s")) {
                Edge up = deps.head(headOf(deps, host));
                if (up != null) {
                    deps.reattach(h, up.gov(), up.rel()); // the compound takes the name's place …
                    deps.reattach(headOf(deps, host), h, "nmod:poss"); // … and the name becomes its genitive
                }
                continue;
            }
            if (host == null || parse.word(h).is("NOUN") && parse.word(e.gov()).is("PROPN")) {
                split(parse, h, e.gov(), e); // "von Nordkorea Artilleriegranaten": the goods are no part of the name
            }
        }
    }

    /**
     * "für Nordkorea, das ständig Waffentests durchführt": the relative pronoun after the comma read as the article
     * of the next noun. It becomes the subject of its clause (and a noun that was the subject, its object).
     */
    private void relativeArticles(Parse parse) {
        Dependencies deps = parse.deps();
        for (int w = 1; w < parse.size(); w++) {
            Edge e = deps.head(w);
            if (!parse.word(w - 1).text().equals(",") || !parse.word(w).is("DET") || e == null || !e.rel().equals("det")
                    || !words.relativeArticles().contains(parse.word(w).lower())) {
                continue;
            }
            int noun = e.gov();
            Edge ne = deps.head(noun);
            if (ne == null || parse.word(ne.gov()).isNominal() || !parse.word(ne.gov()).is("VERB")) {
                continue;
            }
            int verb = ne.gov();
            Edge ve = deps.head(verb);
            if (ve == null || !(ve.base().equals("acl") || ve.rel().startsWith("acl"))) {
                continue; // only inside a clause that modifies a noun
            }
            if (ne.rel().equals("nsubj")) {
                deps.reattach(noun, verb, "obj");
            }
            deps.reattach(w, verb, "nsubj");
        }
    }

    /**
     * "will Putin von Nordkorea Granaten kaufen", Putin read as an object: a finite clause needs a subject, so when a
     * verb (not passive, not an infinitive with "zu") has none, a name of a party among its bare objects before
     * its other objects becomes it.
     */
    private static void missingSubjects(Parse parse, List<Mention> mentions, java.util.function.Predicate<String> isParty) {
        Dependencies deps = parse.deps();
        for (int v = 0; v < parse.size(); v++) {
            if (!parse.word(v).is("VERB") || deps.hasLabel(v, "nsubj") || deps.hasLabel(v, "nsubj:pass")
                    || deps.hasLabel(v, "csubj") || deps.hasChild(v, "aux:pass") || deps.hasChild(v, "mark")
                    && deps.children(v, "mark").stream().anyMatch(m -> parse.word(m.dep()).lower().equals("zu"))) {
                continue;
            }
            Edge h = deps.head(v);
            if (h != null && (h.base().equals("xcomp") || h.base().equals("conj") || h.rel().startsWith("acl"))) {
                continue; // controlled or coordinated verbs share a subject; relative clauses have their pronoun
            }
            List<Edge> objects = deps.children(v, "obj");
            if (objects.size() == 1 && !parse.word(objects.get(0).dep()).is("PRON")) {
                deps.relabel(v, objects.get(0).dep(), "nsubj"); // the clause's only noun phrase is its subject
                continue;
            }
            for (Edge c : objects) {
                Mention m = mentionAt(mentions, c.dep());
                if (m != null && isParty.test(m.entityId())) {
                    deps.relabel(v, c.dep(), "nsubj");
                    break;
                }
            }
        }
    }

    /**
     * "Das kündigte Lawrow an": a pronoun before the verb read as its subject and a party's name right after the
     * verb read as its object. In a main clause the pronoun is the fronted object and the name the subject.
     */
    private void frontedObjects(Parse parse, List<Mention> mentions, java.util.function.Predicate<String> isParty) {
        Dependencies deps = parse.deps();
        for (int v = 1; v + 1 < parse.size(); v++) {
            if (!parse.word(v).is("VERB") && !parse.word(v).is("AUX")) {
                continue;
            }
            List<Edge> subjects = deps.children(v, "nsubj");
            List<Edge> objects = deps.children(v, "obj");
            if (subjects.size() != 1 || objects.size() != 1 || subjects.get(0).dep() != v - 1
                    || !words.frontedObjects().contains(parse.word(v - 1).lower()) || objects.get(0).dep() <= v) {
                continue;
            }
            int name = objects.get(0).dep();
            Mention m = mentionAt(mentions, name);
            if (m != null && isParty.test(m.entityId()) && m.tokenStart() <= v + 2) {
                deps.relabel(v, v - 1, "obj");
                deps.relabel(v, name, "nsubj");
            }
        }
    }

    /**
     * "die von Russland eingesetzte Munition": a phrase with "von" or "durch" right before a participle that
     * qualifies a noun is the participle's agent, though the parser hangs it from a noun before it.
     */
    private static void participleAgents(Parse parse) {
        Dependencies deps = parse.deps();
        for (int w = 2; w < parse.size(); w++) {
            Edge h = deps.head(w);
            int before = w - 1;
            boolean participle = Grammar.isParticiple(parse.word(w))
                    || parse.word(w).is("ADJ") && parse.word(w).lemma().endsWith("en"); // lemmatised to its verb
            if (!participle || h == null || !h.base().equals("amod")
                    || !parse.word(before).isNominal()) {
                continue;
            }
            boolean agent = false;
            for (Edge c : deps.children(before, "case")) {
                String marker = parse.word(c.dep()).lower();
                agent = marker.equals("von") || marker.equals("durch");
            }
            Edge bh = deps.head(before);
            if (agent && bh != null && bh.gov() != w && !deps.dominates(before, w)) {
                deps.reattach(before, w, "obl:agent");
            }
        }
    }

    /**
     * "Putin will offenbar Munition": a modal with a noun phrase and no verb is the verb itself. The parser hangs the
     * modal as an auxiliary on the noun; the modal takes the noun's place, and the noun becomes its object.
     */
    private void modalsAsVerbs(Parse parse) {
        Dependencies deps = parse.deps();
        for (int m = 0; m < parse.size(); m++) {
            Edge e = deps.head(m);
            if (e == null || !e.rel().equals("aux") || !words.modals().contains(parse.word(m).lemma())
                    || !parse.word(e.gov()).isNominal()) {
                continue;
            }
            int noun = e.gov();
            Edge up = deps.head(noun);
            List<Edge> moved = new java.util.ArrayList<>();
            for (Edge c : deps.children(noun)) {
                if (c.dep() != m && (c.base().equals("nsubj") || c.base().equals("advmod") || c.base().equals("obl")
                        || c.base().equals("punct") || c.base().equals("aux") || c.base().equals("cc"))) {
                    moved.add(c);
                }
            }
            if (up == null) {
                deps.makeRoot(m);
                deps.roots().remove(Integer.valueOf(noun));
            } else {
                deps.reattach(m, up.gov(), up.rel());
            }
            deps.reattach(noun, m, "obj");
            for (Edge c : moved) {
                deps.reattach(c.dep(), m, c.rel());
            }
        }
    }

    /**
     * "Kreml-Chef Wladimir Putin und Nordkoreas Machthaber Kim Jong-un": a name after a coordinator that the parser
     * read as the last part of the name before it (flat) is the next member of the list. It becomes a conjunct of
     * the list item the name before it belongs to (climbing over the role noun it stands beside), with the role
     * words between the coordinator and it.
     */
    private static void listedNames(Parse parse, List<Mention> mentions) {
        Dependencies deps = parse.deps();
        for (Mention m : mentions) {
            if (m.kind() != Mention.Kind.NAME) {
                continue;
            }
            int h = headOf(deps, m);
            Edge e = h < 0 ? null : deps.head(h);
            Mention host = e == null || !e.rel().startsWith("flat") ? null : mentionAt(mentions, e.gov());
            if (host == null || host.entityId().equals(m.entityId()) || m.covers(e.gov()) || host.tokenEnd() > m.tokenStart()) {
                continue;
            }
            int cc = coordinator(parse, host.tokenEnd(), m.tokenStart());
            if (cc < 0) {
                continue;
            }
            int item = listItem(deps, e.gov());
            deps.reattach(h, item, "conj");
            deps.reattach(cc, h, "cc");
            for (int w = cc + 1; w < m.tokenStart(); w++) {
                Edge x = deps.head(w);
                if (x != null && (host.covers(x.gov()) || x.gov() == item)) {
                    deps.reattach(w, h, parse.word(w).is("NOUN") ? "appos" : "nmod:poss"); // "Nordkoreas Machthaber"
                }
            }
        }
    }

    /**
     * "US-Präsident Joe Biden und Japans Regierungschef …": a role noun the parser hung as a conjunct from a name
     * inside a list item hangs from the item's head (its own role noun), where the list is read.
     */
    private static void conjunctsOfItems(Parse parse, List<Mention> mentions) {
        Dependencies deps = parse.deps();
        for (int d = 0; d < parse.size(); d++) {
            Edge e = deps.head(d);
            if (e == null || !e.base().equals("conj") || !parse.word(d).is("NOUN") || mentionAt(mentions, e.gov()) == null) {
                // only a role noun opens a new item; a name after "und" may share the item's noun ("die
                // US-Verbündeten Japan und Südkorea")
                continue;
            }
            int item = listItem(deps, e.gov());
            if (item != e.gov() && item != d) {
                deps.reattach(d, item, e.rel());
            }
        }
    }

    /** The head of the list item a word belongs to: up over appos and flat links to an earlier word ("Kreml-Chef"). */
    private static int listItem(Dependencies deps, int w) {
        int item = w;
        for (int i = 0; i < 3; i++) {
            Edge up = deps.head(item);
            if (up == null || up.gov() > item || !(up.rel().equals("appos") || up.rel().startsWith("flat"))) {
                break;
            }
            item = up.gov();
        }
        return item;
    }

    /** A coordinating "und", "sowie" or "oder" between two words (exclusive), or -1. */
    private static int coordinator(Parse parse, int from, int to) {
        for (int w = from; w < to; w++) {
            if (parse.word(w).is("CCONJ")) {
                return w;
            }
        }
        return -1;
    }

    private static Mention mentionAt(List<Mention> mentions, int w) {
        for (Mention m : mentions) {
            if (m.covers(w) && m.kind() == Mention.Kind.NAME) {
                return m;
            }
        }
        return null;
    }

    private static boolean isNameLink(String rel) {
        return rel.equals("amod") || rel.startsWith("flat") || rel.equals("compound") || rel.equals("nmod");
    }

    /** {@code loose} hung from {@code host}; it becomes a dependent of {@code host}'s verb. */
    private static void split(Parse parse, int loose, int host, Edge wrong) {
        Dependencies deps = parse.deps();
        Edge hostEdge = deps.head(host);
        if (hostEdge == null || parse.word(hostEdge.gov()).isNominal()) {
            return;
        }
        int verb = hostEdge.gov();
        String rel = !deps.hasLabel(verb, "nsubj") && !deps.hasLabel(verb, "nsubj:pass") && loose < host ? "nsubj"
                : !deps.hasChild(verb, "obj") ? "obj" : "iobj";
        if (rel.equals("nsubj") && hostEdge.base().equals("obl") && noRealPreposition(parse, host)) {
            deps.relabel(verb, host, "obj"); // "Lawrow Pyongyang besuchte": Pyongyang is the object
        }
        if (rel.equals("obj") && hostEdge.rel().equals("obj")) {
            rel = "iobj";
        }
        deps.reattach(loose, verb, rel);
    }

    /** No case marker, or only "als"/"wie", which the parser takes for one when it misreads the names. */
    private static boolean noRealPreposition(Parse parse, int w) {
        for (Edge c : parse.deps().children(w, "case")) {
            String l = parse.word(c.dep()).lemma();
            if (!l.equals("als") && !l.equals("wie")) {
                return false;
            }
        }
        return true;
    }

    private static int headOf(Dependencies deps, Mention m) {
        return deps.spanHead(m.tokenStart(), m.tokenEnd());
    }
}
