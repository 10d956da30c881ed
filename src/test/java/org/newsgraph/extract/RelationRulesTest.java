package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.extract.mention.Entity;
import org.newsgraph.extract.relation.Frame;
import org.newsgraph.extract.text.Language;
import org.newsgraph.model.RelationType;

/**
 * Every {@code example:} of every pattern in {@code import/rules/relations-<lang>.txt} gives what it says: each
 * expected relation (symmetric types in either order), and for "=> nothing" no relation of the pattern's type.
 */
class RelationRulesTest {

    static Stream<Arguments> examples() {
        List<Arguments> out = new ArrayList<>();
        for (Language l : Language.values()) {
            for (Frame f : Rules.get().of(l).relations().frames()) {
                for (Frame.Example e : f.examples()) {
                    out.add(Arguments.of(l, f.type(), e, f.file() + ":" + e.line()));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("examples")
    void exampleGivesItsRelations(Language language, RelationType type, Frame.Example example, String where) throws Exception {
        List<Relation> found = Sentences.relations("Titel\n" + example.sentence(), language);
        List<String> got = found.stream().map(r -> r.sourceId() + " " + r.type() + " " + r.targetId()).toList();
        if (example.expected().isEmpty()) {
            assertTrue(found.stream().noneMatch(r -> r.type() == type), where + ": expected no " + type + ", got " + got);
        }
        for (String expected : example.expected()) {
            String[] p = expected.split("\\s+");
            assertTrue(p.length == 3, where + ": expected 'source TYPE target', got '" + expected + "'");
            String s = id(p[0]);
            String t = id(p[2]);
            RelationType rt = RelationType.parse(p[1]);
            boolean ok = found.stream().anyMatch(r -> r.type() == rt && (r.sourceId().equals(s) && r.targetId().equals(t)
                    || rt.symmetric() && r.sourceId().equals(t) && r.targetId().equals(s)));
            assertTrue(ok, where + ": \"" + example.sentence() + "\" should give " + expected + ", got " + got);
        }
    }

    /** An id, or a gazetteer name written with underscores for spaces. */
    private static String id(String text) {
        if (Rules.get().gazetteer().get(text) != null) {
            return text;
        }
        for (Entity e : Rules.get().gazetteer().entities()) {
            if (e.name().replace(' ', '_').toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))) {
                return e.id();
            }
        }
        return text;
    }
}
