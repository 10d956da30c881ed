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
import java.util.function.Consumer;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.TransientException;
import org.newsgraph.db.Neo4jConnection;
import org.newsgraph.model.Problem;

/**
 * The analyst's corrections: each decision is applied in one transaction, appended to
 * {@code import/curation/decisions.jsonl} and then committed, stored in the graph; {@link #replay()} applies every decision again after an import (or on a
 * new machine, or an external Neo4j) and says which ones no longer find what they were about. One writer at a
 * time; the checks that two analysts did not change the same thing live in {@link CurationRequests}.
 */
public final class CurationService {
    private final Neo4jConnection db;
    private static final int ATTEMPTS = 3;
    private final CurationLog log;

    /** What the scorer of {@code import/model/scorer.json} says of itself, for the Review dialog; null without one. */
    public java.util.Map<String, Object> model() {
        return model;
    }

    private final java.util.Map<String, Object> model;

    /** What runs after each decision and undo is committed (the server computes the graph's structure again). */
    private volatile Runnable afterChange = () -> { };

    /** Sets what runs after each decision and undo is committed; returns this service. */
    public CurationService afterChange(Runnable hook) {
        this.afterChange = hook;
        return this;
    }

    public CurationService(Neo4jConnection db, Path importDir) {
        this.model = ModelSummary.read(importDir);
        this.db = db;
        this.log = new CurationLog(importDir);
    }

    /** What a replay did: how many decisions applied, which found nothing any more, which lines were unreadable. */
    public record Replay(int applied, int undone, List<String> missing, List<String> broken) {
    }

    /** What the start found: decisions the log lacked, taken out of the graph, or logged where that was impossible. */
    public record Reconciled(List<String> takenOut, List<String> logged) {
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
    synchronized Decision record(Decision d, Consumer<TransactionContext> check) {
        commitLogged(d, tx -> {
            check.accept(tx);
            if (!apply(tx, d)) {
                throw Problem.notFound("what the decision is about is gone");
            }
            save(tx, d, false);
        });
        afterChange.run();
        return d;
    }

    /** Takes a decision back (appending an undo decision); 404 when unknown, 400 when it is already taken back. */
    public synchronized Decision undo(String decisionId, String analyst) {
        Decision target = find(decisionId);
        Decision u = decision(analyst, Decision.UNDO, Map.of("decision", decisionId));
        commitLogged(u, tx -> {
            undo(tx, target);
            save(tx, target, true);
            save(tx, u, false);
        });
        afterChange.run();
        return u;
    }

    /**
     * Runs a decision's writes in one transaction and commits them only once its line is in the log and on the
     * disk. A crash in between leaves a logged decision the graph lacks, which the next start applies (replay) —
     * never a decision in the graph that the log lacks. A failed commit takes the line back, unless the decision is
     * in the graph after all (a commit whose answer was lost) or the graph cannot be asked: then the line stays and
     * the next start applies it, as the log may hold more than the graph but never less.
     */
    private void commitLogged(Decision d, Consumer<TransactionContext> writes) {
        for (int attempt = 1; ; attempt++) {
            long[] logged = {-1};
            try {
                db.writeOnce(writes, () -> logged[0] = log.append(d));
                return;
            } catch (RuntimeException e) {
                if (logged[0] >= 0) {
                    takeBackUnlessCommitted(d, logged[0], e);
                    return;
                }
                // a deadlock with an import, before anything was logged: tried again, as managed transactions were
                if (!(e instanceof TransientException) || attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private void takeBackUnlessCommitted(Decision d, long length, RuntimeException failure) {
        boolean inGraph;
        try {
            inGraph = db.read(tx -> tx.run(CurationQueries.DECISION_EXISTS, Map.of("id", d.id())).hasNext());
        } catch (RuntimeException unknown) {
            failure.addSuppressed(unknown);
            throw failure;
        }
        if (!inGraph) {
            log.takeBack(length);
            throw failure;
        }
    }

    /**
     * Brings the graph in line with the log at a server's start. A decision the graph holds and the log lacks (a
     * crash between commit and log line under the earlier commit-first order, or a line removed from the log by
     * hand or by a revert) is taken out of the graph, newest first; the replay that follows applies what the log
     * holds and the graph lacks. Taken out, not logged: the log is the record of what analysts decided, as the
     * rules are data (a line removed from it takes its decision out, as a removed file takes its article), and the
     * writer of a lost line never got an answer, so no one was told the decision stands. Only a decision that can
     * no longer be taken back (later decisions changed what it changed) is written to the log instead, so that the
     * log still says what the graph holds.
     */
    public synchronized Reconciled reconcile() {
        // the graph first: a decision committed meanwhile was logged before its commit, so the log read next holds it
        List<Kept> inGraph = db.read(tx -> tx.run(CurationQueries.LOGGED_HERE, Map.of("log", log.name()))
                .list(r -> Kept.of(r.get("json").asString(), r.get("undone").asBoolean())));
        CurationLog.Read read = log.read();
        Set<String> inLog = read.ids();
        List<String> takenOut = new ArrayList<>();
        List<String> logged = new ArrayList<>();
        for (Kept k : inGraph) {
            Decision d = k.decision();
            if (d == null || inLog.contains(d.id()) || read.namedInBrokenLine(d.id())) {
                continue;
            }
            if (takeOut(k)) {
                takenOut.add(d.id() + " (" + d.action() + "): " + describe(d));
            } else {
                log.append(d);
                logged.add(d.id() + " (" + d.action() + "): " + describe(d));
            }
        }
        return new Reconciled(takenOut, logged);
    }

    /** A decision as the graph keeps it (null when unreadable), and whether it was taken back. */
    private record Kept(Decision decision, boolean undone) {
        static Kept of(String json, boolean undone) {
            try {
                return new Kept(CurationLog.parse(json), undone);
            } catch (java.io.IOException | IllegalArgumentException e) {
                return new Kept(null, undone);
            }
        }
    }

    /** Takes an unlogged decision out of the graph; false when what it changed has changed since. */
    private boolean takeOut(Kept k) {
        Decision d = k.decision();
        try {
            db.writeWithoutResult(tx -> {
                // an undo is put right by the replay, which applies its decision again as the log says; a decision
                // taken back has changed nothing that is left
                if (!d.action().equals(Decision.UNDO) && !k.undone()) {
                    undo(tx, d);
                }
                tx.run(CurationQueries.DELETE_DECISION, Map.of("id", d.id())).consume();
            });
            return true;
        } catch (Problem cannot) {
            return false;
        }
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

    /**
     * The newest decisions (not the undo lines), newest first, for the page's list with its undo buttons: each with
     * its data ({@code decision}) and what it did in words ({@code summary}: verb, what, detail; see
     * {@link DecisionSummary}).
     */
    public List<Map<String, Object>> recent(int limit) {
        return db.read(tx -> {
            List<Map<String, Object>> rows = tx.run(CurationQueries.DECISIONS, Map.of("limit", limit)).list(r -> {
                Map<String, Object> m = new LinkedHashMap<>(r.asMap());
                try {
                    m.put("decision", CurationLog.parse((String) m.remove("json")).data());
                } catch (java.io.IOException e) {
                    m.put("decision", Map.of());
                }
                return m;
            });
            Set<String> ids = new HashSet<>();
            rows.forEach(m -> ids.addAll(DecisionSummary.ids((String) m.get("action"), data(m))));
            Map<String, String> names = new java.util.HashMap<>();
            tx.run(CurationQueries.NAMES, Map.of("ids", List.copyOf(ids)))
                    .forEachRemaining(r -> names.put(r.get("id").asString(), r.get("name").asString(null)));
            rows.forEach(m -> m.put("summary", DecisionSummary.of((String) m.get("action"), data(m), names::get)));
            return rows;
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> row) {
        return row.get("decision") instanceof Map<?, ?> d ? (Map<String, Object>) d : Map.of();
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

    private void save(TransactionContext tx, Decision d, boolean undone) {
        tx.run(CurationQueries.SAVE_DECISION, Map.of("id", d.id(), "at", String.valueOf(d.at()), "analyst", d.analyst(),
                "action", d.action(), "json", CurationLog.line(d), "undone", undone, "log", log.name())).consume();
    }

    private static String describe(Decision d) {
        Object what = d.data().containsKey("claim") ? d.data().get("claim") : d.data().getOrDefault("entity", d.data());
        String text = String.valueOf(what);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
