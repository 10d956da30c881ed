package org.newsgraph.extract.relation;

import java.util.List;
import java.util.Set;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.RelationType;

/**
 * One relation pattern of {@code import/rules/relations-<lang>.txt}: a predicate (verb, noun or adjective
 * lemmas) and where its arguments sit in the dependency parse, by grammatical role. The format is documented
 * at the top of those files.
 *
 * @param names     entity types whose names are themselves the predicate of a verbless clause ("Putin in Pjöngjang")
 * @param with      conditions: a role that must hold one of the given lemmas ("pp:mit veto")
 * @param without   the opposite: a role that must not hold any of the lemmas
 * @param pairs     a listed source with no target gives every pair of its members ("Putin und Kim trafen sich")
 * @param counterpart without a target in the sentence, the article's main counterpart of the source is the target
 *                  ("Putin will offenbar Munition" in an article about Russia and North Korea)
 * @param foreign   only where source and target belong to different states (a visit needs a visitor from abroad)
 * @param needItems the relation needs at least one item (SUPPLIED without goods is no supply)
 */
public record Frame(RelationType type, Set<String> verbs, Set<String> nouns, Set<String> adjectives, Set<EntityType> names,
                    List<Role> source, List<Role> target, List<Role> items, Set<EntityType> sourceTypes,
                    Set<EntityType> targetTypes, Set<EntityType> itemTypes, List<Condition> with,
                    List<Condition> without, boolean pairs, boolean foreign, boolean counterpart,
                    boolean needItems, double confidence, List<Example> examples, String file, int line) {

    /** An argument position: a role name ("subj", "pp:an", "gen") and whether to look into its phrase ("obj*"). */
    public record Role(String name, boolean deep) {
        public static Role parse(String text) {
            String t = text.strip();
            boolean deep = t.endsWith("*");
            return new Role(deep ? t.substring(0, t.length() - 1) : t, deep);
        }

        @Override
        public String toString() {
            return name + (deep ? "*" : "");
        }
    }

    /** A role that must be filled by a word with one of the lemmas ("with: pp:mit veto|vetorecht"). */
    public record Condition(Role role, Set<String> lemmas) {
    }

    /** An example sentence and the relations it must give ("source TYPE target"), or none. */
    public record Example(String sentence, List<String> expected, int line) {
    }

    /** Where the rule was written: "relations-de.txt:42". */
    public String origin() {
        return file + ":" + line;
    }
}
