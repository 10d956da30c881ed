package org.newsgraph.curation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.newsgraph.extract.mention.PersonDiscovery;
import org.newsgraph.model.Conflict;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Problem;
import org.newsgraph.model.RelationType;

/**
 * What an analyst may ask, checked before it becomes a decision: verdicts with their reasons, corrections, added
 * relations, entity edits, merges and splits. Each request names the revision ({@code rev}) of the claim or entity
 * it was made on; when someone changed it since, it is refused with the current state (409), never overwritten.
 */
public final class CurationRequests {
    public static final Set<String> REASONS = Set.of("wrong relation type", "wrong direction", "wrong entity",
            "wrong status", "not stated");
    static final int MAX_NAME = 200;
    static final int MAX_ALIASES = 100;

    private final CurationService curation;

    public CurationRequests(CurationService curation) {
        this.curation = curation;
    }

    /** A change to a claim's type, direction or status; null fields stay as they are. */
    public record Correction(String type, Boolean swap, String status) {
    }

    /** Accept or reject a claim, or correct it (a correction is an accept of the corrected claim). */
    public Decision review(String claimId, String verdict, String reason, Correction correction, long rev, String analyst) {
        if (!"accept".equals(verdict) && !"reject".equals(verdict)) {
            throw Problem.invalid("bad verdict", "verdict is \"accept\" or \"reject\"");
        }
        if ("reject".equals(verdict) && (reason == null || !REASONS.contains(reason))) {
            throw Problem.invalid("bad reason", "a rejection needs a reason: " + String.join(", ", REASONS.stream().sorted().toList()));
        }
        if (correction != null && "reject".equals(verdict)) {
            throw Problem.invalid("bad review", "a correction accepts the corrected claim: send verdict \"accept\"");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        return curation.record(CurationService.decision(analyst, Decision.REVIEW, data), tx -> {
            Record c = claim(tx, claimId, rev);
            data.put("claim", key(c));
            Map<String, Object> before = state(c, correction != null);
            before.put("verdict", c.get("verdict").asString().isEmpty() ? null : c.get("verdict").asString());
            before.put("reason", c.get("reason").asString(null));
            Map<String, Object> after = correction == null ? new HashMap<>() : corrected(c, correction);
            after.put("verdict", correction != null ? "corrected" : verdict + "ed");
            after.put("reason", reason);
            data.put("before", before);
            data.put("after", after);
        });
    }

    /** A relation the extractor missed, read from a sentence by the analyst. */
    public Decision addClaim(String sentenceId, String subject, String type, String object, String status, String analyst) {
        relationType(type);
        status(status);
        Map<String, Object> data = new LinkedHashMap<>();
        return curation.record(CurationService.decision(analyst, Decision.ADD, data), tx -> {
            List<Record> s = tx.run(CurationQueries.SENTENCE, Map.of("id", sentenceId)).list();
            if (s.isEmpty()) {
                throw Problem.notFound("no sentence '" + sentenceId + "'");
            }
            String from = existing(tx, subject);
            String to = existing(tx, object);
            if (from.equals(to)) {
                throw Problem.invalid("bad relation", "a relation joins two different entities");
            }
            data.put("sentence", Map.of("article", s.get(0).get("article").asString(), "sentence", s.get(0).get("text").asString()));
            data.put("relation", Map.of("subject", from, "type", type, "object", to, "status", status));
        });
    }

    /** Rename, retype, or set the aliases of an entity (null fields stay). */
    public Decision editEntity(String id, String name, String type, List<String> aliases, long rev, String analyst) {
        if (name != null) {
            name(name);
        }
        if (type != null) {
            entityType(type);
        }
        if (aliases != null) {
            aliases.forEach(CurationRequests::name);
            if (aliases.size() > MAX_ALIASES) {
                throw Problem.invalid("too many aliases", "at most " + MAX_ALIASES + " aliases");
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        return curation.record(CurationService.decision(analyst, Decision.ENTITY, data), tx -> {
            Map<String, Object> e = entity(tx, id, rev);
            Map<String, Object> before = Map.of("name", e.get("name"), "type", e.get("type"), "aliases", e.get("aliases"));
            data.put("entity", id);
            data.put("before", before);
            data.put("after", Map.of("name", name != null ? name.strip() : e.get("name"),
                    "type", type != null ? entityType(type) : e.get("type"),
                    "aliases", aliases != null ? aliases.stream().map(String::strip).distinct().toList() : e.get("aliases")));
        });
    }

    /** Merge the entity into another: all its claims, mentions and aliases go there; its id keeps resolving. */
    public Decision merge(String id, String into, long rev, String analyst) {
        if (id.equals(into)) {
            throw Problem.invalid("bad merge", "an entity cannot be merged into itself");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        return curation.record(CurationService.decision(analyst, Decision.MERGE, data), tx -> {
            Map<String, Object> a = entity(tx, id, rev);
            if (EntityDecisions.entity(tx, into) == null) {
                String now = EntityDecisions.resolve(tx, into);
                throw now == null ? Problem.notFound("no entity '" + into + "'")
                        : Problem.invalid("bad merge", "'" + into + "' was merged into '" + now + "': merge into that");
            }
            data.put("entity", id);
            data.put("into", into);
            data.put("before", Map.of("entity", a, "intoAliases", EntityDecisions.entity(tx, into).get("aliases")));
        });
    }

    /** Give one alias of the entity its own entity (the mentions written so move to it). */
    public Decision split(String id, String alias, long rev, String analyst) {
        name(alias);
        Map<String, Object> data = new LinkedHashMap<>();
        return curation.record(CurationService.decision(analyst, Decision.SPLIT, data), tx -> {
            Map<String, Object> e = entity(tx, id, rev);
            List<String> aliases = EntityDecisions.strings(e.get("aliases"));
            if (aliases.stream().noneMatch(a -> a.equalsIgnoreCase(alias.strip())) || alias.strip().equalsIgnoreCase((String) e.get("name"))) {
                throw Problem.invalid("bad split", "'" + alias + "' is not one of the aliases of " + e.get("name") + " (its name stays)");
            }
            String newId = PersonDiscovery.slug(alias);
            if (newId.isEmpty() || EntityDecisions.resolve(tx, newId) != null) {
                throw Problem.invalid("bad split", "an entity with the id '" + newId + "' exists: merge or rename instead");
            }
            data.put("entity", id);
            data.put("alias", alias.strip());
            data.put("newId", newId);
        });
    }

    private static Record claim(TransactionContext tx, String id, long rev) {
        List<Record> rows = tx.run(CurationQueries.CLAIM, Map.of("id", id)).list();
        if (rows.isEmpty()) {
            throw Problem.notFound("no claim '" + id + "'");
        }
        Record c = rows.get(0);
        if (c.get("rev").asLong() != rev) {
            throw new Conflict("the claim changed since revision " + rev + " (now " + c.get("rev").asLong() + ")", c.asMap());
        }
        return c;
    }

    private static Map<String, Object> entity(TransactionContext tx, String id, long rev) {
        Map<String, Object> e = EntityDecisions.entity(tx, id);
        if (e == null) {
            String now = EntityDecisions.resolve(tx, id);
            throw now == null ? Problem.notFound("no entity '" + id + "'")
                    : Problem.invalid("merged away", "'" + id + "' was merged into '" + now + "'");
        }
        if (((Number) e.get("rev")).longValue() != rev) {
            throw new Conflict("the entity changed since revision " + rev + " (now " + e.get("rev") + ")", e);
        }
        return e;
    }

    private static String existing(TransactionContext tx, String id) {
        String now = EntityDecisions.resolve(tx, id == null ? "" : id);
        if (now == null) {
            throw Problem.notFound("no entity '" + id + "'");
        }
        return now;
    }

    /** The claim's key across re-imports; an analyst's claim is known by its decision. */
    private static Map<String, Object> key(Record c) {
        if (c.get("origin").asString().equals("analyst")) {
            return Map.of("added", c.get("decision").asString());
        }
        return Map.of("article", c.get("article").asString(), "sentence", c.get("sentence").asString(),
                "type", c.get("machineType").asString(), "subject", c.get("machineSubject").asString(),
                "object", c.get("machineObject").asString());
    }

    private static Map<String, Object> state(Record c, boolean withTriple) {
        Map<String, Object> m = new HashMap<>();
        if (withTriple) {
            m.put("type", c.get("type").asString());
            m.put("subject", c.get("subject").asString());
            m.put("object", c.get("object").asString());
            m.put("status", c.get("status").asString(null));
        }
        return m;
    }

    private static Map<String, Object> corrected(Record c, Correction k) {
        Map<String, Object> m = state(c, true);
        if (k.type() != null) {
            m.put("type", relationType(k.type()));
        }
        if (Boolean.TRUE.equals(k.swap())) {
            Object s = m.get("subject");
            m.put("subject", m.get("object"));
            m.put("object", s);
        }
        if (k.status() != null) {
            m.put("status", status(k.status()));
        } else if ("suggested".equals(m.get("status"))) {
            m.put("status", c.get("readStatus").asString("fact")); // a corrected suggestion is accepted as read
        }
        if (m.equals(state(c, true))) {
            throw Problem.invalid("bad correction", "the correction changes nothing");
        }
        return m;
    }

    private static String relationType(String t) {
        if (t == null || !RelationType.isKnown(t)) {
            throw Problem.invalid("bad type", "unknown relation type '" + t + "'");
        }
        return RelationType.parse(t).name();
    }

    private static String status(String s) {
        if (s == null || org.newsgraph.model.Status.OF_EDGES.stream().noneMatch(x -> x.name().equals(s))) {
            throw Problem.invalid("bad status", "status is one of fact, reported, speculative, denied");
        }
        return s;
    }

    private static String entityType(String t) {
        try {
            return EntityType.parse(t).name();
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("bad type", e.getMessage());
        }
    }

    private static void name(String n) {
        if (n == null || n.isBlank() || n.strip().length() > MAX_NAME) {
            throw Problem.invalid("bad name", "a name or alias is 1 to " + MAX_NAME + " characters");
        }
    }
}
