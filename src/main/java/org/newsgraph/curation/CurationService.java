package org.newsgraph.curation;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.neo4j.driver.TransactionContext;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.model.Problem;

/**
 * The analyst's corrections: each decision is applied in one transaction, stored in the graph and appended to
 * {@code import/curation/decisions.jsonl}; {@link #replay()} applies every decision again after an import (or on a
 * new machine, or an external Neo4j) and says which ones no longer find what they were about. One writer at a
 * time; the checks that two analysts did not change the same thing live in {@link CurationRequests}.
 */
public final class CurationService {
    private final Neo4jConnection db;
    private final CurationLog log;

    public CurationService(Neo4jConnection db, Path importDir) {
        this.db = db;
        this.log = new CurationLog(importDir);
    }

    /** What a replay did: how many decisions applied, which found nothing any more, which lines were unreadable. */
    public record Replay(int applied, int undone, List<String> missing, List<String> broken) {
    }

    /** A new decision, stamped now with a fresh id. */
    static Decision decision(String analyst, String action, Map<String, Object> data) {
        return new Decision("d-" + UUID.randomUUID().toString().substring(0, 13), Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
                analyst, action, data);
    }

    /**
     * Applies a new decision after {@code check} (run in the same transaction; it throws to refuse), then keeps it
     * in the graph and the log. Returns the decision.
     */
    synchronized Decision record(Decision d, java.util.function.Consumer<TransactionContext> check) {
        db.writeWithoutResult(tx -> {
            check.accept(tx);
            if (!apply(tx, d)) {
                throw Problem.notFound("what the decision is about is gone");
            }
            save(tx, d, false);
        });
        try {
            log.append(d);
        } catch (RuntimeException e) {
            db.writeWithoutResult(tx -> {
                undo(tx, d);
                tx.run("MATCH (d:Decision {id: $id}) DELETE d", Map.of("id", d.id())).consume();
            });
            throw e;
        }
        return d;
    }

    /** Takes a decision back (appending an undo decision); 404 when unknown, 400 when it is already taken back. */
    public synchronized Decision undo(String decisionId, String analyst) {
        Decision target = find(decisionId);
        Decision u = decision(analyst, Decision.UNDO, Map.of("decision", decisionId));
        db.writeWithoutResult(tx -> {
            undo(tx, target);
            save(tx, target, true);
            save(tx, u, false);
        });
        log.append(u);
        return u;
    }

    /** Every decision of the log applied again in order, those taken back left out (idempotent). */
    public synchronized Replay replay() {
        CurationLog.Read read = log.read();
        Set<String> undone = new HashSet<>();
        read.decisions().stream().filter(d -> d.action().equals(Decision.UNDO)).forEach(d -> undone.add(d.text("decision")));
        List<String> missing = new ArrayList<>();
        int applied = 0;
        for (Decision d : read.decisions()) {
            boolean takenBack = undone.contains(d.id());
            boolean ok = db.write(tx -> {
                boolean done = d.action().equals(Decision.UNDO) || takenBack || apply(tx, d);
                save(tx, d, takenBack);
                return done;
            });
            if (!ok) {
                missing.add(d.id() + " (" + d.action() + "): " + describe(d));
            } else if (!takenBack && !d.action().equals(Decision.UNDO)) {
                applied++;
            }
        }
        return new Replay(applied, undone.size(), missing, read.broken());
    }

    /** The newest decisions (not the undo lines), newest first, for the page's list with its undo buttons. */
    public List<Map<String, Object>> recent(int limit) {
        return db.read(tx -> tx.run(CurationQueries.DECISIONS, Map.of("limit", limit)).list(r -> {
            Map<String, Object> m = new LinkedHashMap<>(r.asMap());
            try {
                m.put("decision", CurationLog.parse((String) m.remove("json")).data());
            } catch (java.io.IOException e) {
                m.put("decision", Map.of());
            }
            return m;
        }));
    }

    private Decision find(String id) {
        List<Map<String, Object>> rows = db.read(tx -> tx.run(
                "MATCH (d:Decision {id: $id}) RETURN d.json AS json, coalesce(d.undone, false) AS undone",
                Map.of("id", id)).list(r -> r.asMap()));
        if (rows.isEmpty()) {
            throw Problem.notFound("no decision '" + id + "'");
        }
        if (Boolean.TRUE.equals(rows.get(0).get("undone"))) {
            throw Problem.invalid("already undone", "decision '" + id + "' has been taken back already");
        }
        try {
            Decision d = CurationLog.parse((String) rows.get(0).get("json"));
            if (d.action().equals(Decision.UNDO)) {
                throw Problem.invalid("bad decision", "an undo is not undone; make the decision again instead");
            }
            return d;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean apply(TransactionContext tx, Decision d) {
        return switch (d.action()) {
            case Decision.REVIEW -> ClaimDecisions.applyReview(tx, d);
            case Decision.ADD -> ClaimDecisions.applyAdd(tx, d);
            case Decision.ENTITY -> EntityDecisions.applyEdit(tx, d);
            case Decision.MERGE -> EntityDecisions.applyMerge(tx, d);
            case Decision.SPLIT -> EntityDecisions.applySplit(tx, d);
            default -> false;
        };
    }

    private static void undo(TransactionContext tx, Decision d) {
        boolean done = switch (d.action()) {
            case Decision.REVIEW -> ClaimDecisions.undoReview(tx, d);
            case Decision.ADD -> ClaimDecisions.undoAdd(tx, d);
            case Decision.ENTITY -> EntityDecisions.undoEdit(tx, d);
            case Decision.MERGE -> EntityDecisions.undoMerge(tx, d);
            case Decision.SPLIT -> EntityDecisions.undoSplit(tx, d);
            default -> false;
        };
        if (!done) {
            throw Problem.invalid("cannot undo", "what decision '" + d.id() + "' changed has changed since (undo the later decisions first)");
        }
    }

    private static void save(TransactionContext tx, Decision d, boolean undone) {
        tx.run(CurationQueries.SAVE_DECISION, Map.of("id", d.id(), "at", String.valueOf(d.at()), "analyst", d.analyst(),
                "action", d.action(), "json", CurationLog.line(d), "undone", undone)).consume();
    }

    private static String describe(Decision d) {
        Object what = d.data().containsKey("claim") ? d.data().get("claim") : d.data().getOrDefault("entity", d.data());
        String text = String.valueOf(what);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
