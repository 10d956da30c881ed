package org.newsgraph.curation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Values;
import org.newsgraph.load.EdgeRebuild;
import org.newsgraph.load.EdgeRebuild.Triple;

/**
 * Applies and takes back the decisions on entities — an edit (name, type, aliases), a merge of one entity into
 * another, an alias split off into its own entity — inside one transaction, rebuilding the edges they move.
 * Applying twice changes nothing more.
 */
final class EntityDecisions {
    private EntityDecisions() {
    }

    /** The entity an id names now: itself, or where a merge took it (redirects followed); null when neither. */
    static String resolve(TransactionContext tx, String id) {
        return org.newsgraph.graph.EntityIds.resolve(tx, id);
    }

    /** The entity's name, type, aliases, role, discovered and rev; null when there is none. */
    static Map<String, Object> entity(TransactionContext tx, String id) {
        List<Record> r = tx.run(CurationQueries.ENTITY, Map.of("id", id)).list();
        return r.isEmpty() ? null : r.get(0).asMap();
    }

    static void update(TransactionContext tx, String id, String name, String type, List<String> aliases) {
        tx.run(CurationQueries.UPDATE_ENTITY, Values.parameters("id", id, "name", name, "type", type,
                "aliases", aliases, "aliasText", String.join(" | ", aliases))).consume();
    }

    static boolean applyEdit(TransactionContext tx, Decision d) {
        return edit(tx, d, d.map("after"));
    }

    static boolean undoEdit(TransactionContext tx, Decision d) {
        return edit(tx, d, d.map("before"));
    }

    @SuppressWarnings("unchecked")
    private static boolean edit(TransactionContext tx, Decision d, Map<String, Object> state) {
        String id = resolve(tx, d.text("entity"));
        if (id == null) {
            return false;
        }
        update(tx, id, (String) state.get("name"), (String) state.get("type"), (List<String>) state.get("aliases"));
        return true;
    }

    /** Moves everything of the entity into the other; its name and aliases become the other's aliases. */
    static boolean applyMerge(TransactionContext tx, Decision d) {
        String from = d.text("entity");
        String into = resolve(tx, d.text("into"));
        if (into == null) {
            return false;
        }
        Map<String, Object> a = entity(tx, from);
        if (a == null) {
            // merged before (an earlier run), and no article named it again: the redirect and the aliases (a
            // re-import may have reset the other's) are all that is left to make sure of
            @SuppressWarnings("unchecked")
            Map<String, Object> was = (Map<String, Object>) d.map("before").get("entity");
            takeNames(tx, into, was == null ? Map.of("name", from, "aliases", List.of()) : was);
            tx.run(CurationQueries.REDIRECT_TO, Map.of("from", from, "into", into)).consume();
            return true;
        }
        tx.run(CurationQueries.MOVE_ALL, Map.of("from", from, "into", into)).consume();
        takeNames(tx, into, a);
        tx.run(CurationQueries.DELETE_ENTITY, Map.of("id", from)).consume();
        tx.run(CurationQueries.REDIRECT_TO, Map.of("from", from, "into", into)).consume();
        EdgeRebuild.rebuild(tx, triples(tx, into));
        return true;
    }

    /** The entity {@code into} takes the other's name and aliases as aliases of its own. */
    private static void takeNames(TransactionContext tx, String into, Map<String, Object> other) {
        Map<String, Object> b = entity(tx, into);
        Set<String> aliases = new LinkedHashSet<>(strings(b.get("aliases")));
        aliases.add((String) other.get("name"));
        aliases.addAll(strings(other.get("aliases")));
        aliases.remove((String) b.get("name"));
        update(tx, into, (String) b.get("name"), (String) b.get("type"), new ArrayList<>(aliases));
    }

    /** Brings the merged entity back as it was, with what came from it, and the other's aliases as they were. */
    @SuppressWarnings("unchecked")
    static boolean undoMerge(TransactionContext tx, Decision d) {
        Map<String, Object> was = d.map("before");
        Map<String, Object> a = (Map<String, Object>) was.get("entity");
        String into = resolve(tx, d.text("into"));
        if (into == null || entity(tx, d.text("entity")) != null) {
            return false;
        }
        create(tx, a);
        Set<Triple> touched = new LinkedHashSet<>(triples(tx, into));
        tx.run(CurationQueries.MOVE_BACK, Map.of("from", a.get("id"), "into", into)).consume();
        Map<String, Object> b = entity(tx, into);
        update(tx, into, (String) b.get("name"), (String) b.get("type"), strings(was.get("intoAliases")));
        tx.run(CurationQueries.DROP_REDIRECT, Map.of("id", a.get("id"))).consume();
        touched.addAll(triples(tx, (String) a.get("id")));
        EdgeRebuild.rebuild(tx, touched);
        return true;
    }

    /** Gives the alias its own entity: the mentions written so, and the claims of those sentences, move to it. */
    static boolean applySplit(TransactionContext tx, Decision d) {
        String from = resolve(tx, d.text("entity"));
        String alias = d.text("alias");
        String newId = d.text("newId");
        if (from == null) {
            return false;
        }
        Map<String, Object> e = entity(tx, from);
        Set<Triple> touched = new LinkedHashSet<>(triples(tx, from));
        if (entity(tx, newId) == null) {
            create(tx, Map.of("id", newId, "name", alias, "type", e.get("type"), "aliases", List.of(alias),
                    "role", "", "discovered", true));
        }
        // split before or not: a re-import may have given the alias and its mentions back to the entity
        List<String> rest = new ArrayList<>(strings(e.get("aliases")));
        rest.removeIf(x -> x.equalsIgnoreCase(alias));
        update(tx, from, (String) e.get("name"), (String) e.get("type"), rest);
        tx.run(CurationQueries.MOVE_ALIAS, Map.of("from", from, "into", newId,
                "surfaces", List.of(alias.toLowerCase(Locale.ROOT)))).consume();
        touched.addAll(triples(tx, newId));
        EdgeRebuild.rebuild(tx, touched);
        return true;
    }

    static boolean undoSplit(TransactionContext tx, Decision d) {
        String from = resolve(tx, d.text("entity"));
        String newId = d.text("newId");
        if (from == null || entity(tx, newId) == null) {
            return false;
        }
        Set<Triple> touched = new LinkedHashSet<>(triples(tx, newId));
        tx.run(CurationQueries.MOVE_BACK, Map.of("from", from, "into", newId)).consume();
        Map<String, Object> e = entity(tx, from);
        List<String> aliases = new ArrayList<>(strings(e.get("aliases")));
        aliases.add(d.text("alias"));
        update(tx, from, (String) e.get("name"), (String) e.get("type"), aliases);
        tx.run(CurationQueries.DELETE_ENTITY, Map.of("id", newId)).consume();
        touched.addAll(triples(tx, from));
        EdgeRebuild.rebuild(tx, touched);
        return true;
    }

    private static void create(TransactionContext tx, Map<String, Object> e) {
        List<String> aliases = strings(e.get("aliases"));
        tx.run(CurationQueries.CREATE_ENTITY, Values.parameters("id", e.get("id"), "name", e.get("name"),
                "type", e.get("type"), "aliases", aliases, "aliasText", String.join(" | ", aliases),
                "role", e.get("role"), "discovered", e.get("discovered"))).consume();
        org.newsgraph.load.Degrees.update(tx, List.of((String) e.get("id"))); // the rebuild that follows counts its edges
    }

    static List<Triple> triples(TransactionContext tx, String id) {
        return tx.run(CurationQueries.TRIPLES_OF, Map.of("id", id)).list(r -> new Triple(r.get("source").asString(),
                r.get("type").asString(), r.get("target").asString()));
    }

    static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            l.forEach(x -> out.add(String.valueOf(x)));
        }
        return out;
    }
}
