package org.newsgraph.curation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.newsgraph.load.EdgeRebuild;
import org.newsgraph.load.EdgeRebuild.Triple;

/**
 * Applies and takes back the decisions on claims — a verdict (accept, reject), a correction (type, direction,
 * status) and an added claim — inside one transaction, and rebuilds the edges they touch. Applying twice changes
 * nothing more: that is what lets every import apply all decisions again.
 */
final class ClaimDecisions {
    private ClaimDecisions() {
    }

    /** The claims a review decision meant; empty when they no longer exist. */
    static List<String> find(TransactionContext tx, Map<String, Object> key) {
        if (key.get("added") != null) {
            String id = "analyst:" + key.get("added");
            return tx.run("MATCH (c:Claim {id: $id}) RETURN c.id AS id", Map.of("id", id)).list(r -> r.get("id").asString());
        }
        return tx.run(CurationQueries.CLAIMS_BY_KEY, key).single().get("ids").asList(Value::asString);
    }

    /** Applies a review; false when its claim is gone. */
    static boolean applyReview(TransactionContext tx, Decision d) {
        List<String> ids = find(tx, d.map("claim"));
        Map<String, Object> after = d.map("after");
        for (String id : ids) {
            set(tx, id, after, d);
        }
        return !ids.isEmpty();
    }

    /** Puts the claims back as the review found them. */
    static boolean undoReview(TransactionContext tx, Decision d) {
        List<String> ids = find(tx, d.map("claim"));
        for (String id : ids) {
            set(tx, id, d.map("before"), d);
        }
        return !ids.isEmpty();
    }

    /**
     * Sets the verdict as {@code state} says and, for a correction (state holds a type), triple and status; rebuilds
     * the edges before and after. A plain verdict leaves the triple alone (a later merge may have moved it).
     */
    private static void set(TransactionContext tx, String id, Map<String, Object> state, Decision d) {
        Record c = tx.run(CurationQueries.CLAIM, Map.of("id", id)).single();
        Triple old = new Triple(c.get("subject").asString(), c.get("type").asString(), c.get("object").asString());
        Triple now = state.get("type") == null ? old
                : new Triple((String) state.get("subject"), (String) state.get("type"), (String) state.get("object"));
        if (state.get("type") != null && (!old.equals(now) || !c.get("status").asString("").equals(state.get("status")))) {
            tx.run(CurationQueries.CORRECT, Map.of("id", id, "type", now.type(), "subject", now.source(),
                    "object", now.target(), "status", state.get("status"))).consume();
        }
        tx.run(CurationQueries.SET_VERDICT, Values.parameters("id", id, "verdict", state.get("verdict"),
                "reason", state.get("reason"), "analyst", d.analyst(), "decision", d.id())).consume();
        Set<Triple> touched = new LinkedHashSet<>(List.of(old, now));
        EdgeRebuild.rebuild(tx, touched);
    }

    /** Adds the analyst's claim to its sentence; false when the sentence or an entity is gone. */
    static boolean applyAdd(TransactionContext tx, Decision d) {
        Map<String, Object> where = d.map("sentence");
        List<Record> s = tx.run(CurationQueries.SENTENCE_BY_KEY, where).list();
        Map<String, Object> rel = d.map("relation");
        String subject = EntityDecisions.resolve(tx, (String) rel.get("subject"));
        String object = EntityDecisions.resolve(tx, (String) rel.get("object"));
        if (s.isEmpty() || subject == null || object == null) {
            return false;
        }
        tx.run(CurationQueries.ADD_CLAIM, Values.parameters("sentence", s.get(0).get("id").asString(),
                "id", "analyst:" + d.id(), "type", rel.get("type"), "subject", subject, "object", object,
                "status", rel.get("status"), "decision", d.id(), "analyst", d.analyst())).consume();
        EdgeRebuild.rebuild(tx, List.of(new Triple(subject, (String) rel.get("type"), object)));
        return true;
    }

    static boolean undoAdd(TransactionContext tx, Decision d) {
        List<Record> c = tx.run(CurationQueries.CLAIM, Map.of("id", "analyst:" + d.id())).list();
        if (c.isEmpty()) {
            return false;
        }
        Triple t = new Triple(c.get(0).get("subject").asString(), c.get(0).get("type").asString(),
                c.get(0).get("object").asString());
        tx.run(CurationQueries.DELETE_CLAIM, Map.of("id", "analyst:" + d.id())).consume();
        EdgeRebuild.rebuild(tx, new ArrayList<>(List.of(t)));
        return true;
    }
}
