package org.newsgraph.curation;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.newsgraph.model.EntityType;

/**
 * The analyst's writes, parameterised: verdicts, corrections, added claims, entity edits, merges and splits, and
 * the decisions themselves. A claim keeps what the machine said ({@code machineType/Subject/Object/Status}) the
 * first time curation changes it, so a decision finds its claim again after a re-import by that key (article
 * content hash, sentence text, machine triple). Labels come only from {@link EntityType}.
 */
final class CurationQueries {
    private CurationQueries() {
    }

    /** A claim with what identifies it across re-imports. */
    static final String CLAIM = """
            MATCH (c:Claim {id: $id})-[:STATED_IN]->(s:Sentence)-[:IN]->(a:Article)
            RETURN c.id AS id, c.type AS type, c.subject AS subject, c.object AS object, c.status AS status,
                   coalesce(c.verdict, '') AS verdict, c.reviewReason AS reason, coalesce(c.rev, 0) AS rev,
                   coalesce(c.origin, 'machine') AS origin, c.decision AS decision, c.rule AS rule,
                   coalesce(c.machineType, c.type) AS machineType, coalesce(c.machineSubject, c.subject) AS machineSubject,
                   coalesce(c.machineObject, c.object) AS machineObject, a.sha256 AS article, s.text AS sentence,
                   s.id AS sentenceId, c.readStatus AS readStatus""";

    /** The claims a decision meant, by their key: article content hash, sentence text, what the machine said. */
    static final String CLAIMS_BY_KEY = """
            MATCH (a:Article {sha256: $article})<-[:IN]-(s:Sentence {text: $sentence})<-[:STATED_IN]-(c:Claim)
            WHERE coalesce(c.machineType, c.type) = $type AND coalesce(c.machineSubject, c.subject) = $subject
              AND coalesce(c.machineObject, c.object) = $object
            RETURN collect(c.id) AS ids""";

    static final String SENTENCE_BY_KEY = """
            MATCH (a:Article {sha256: $article})<-[:IN]-(s:Sentence {text: $sentence}) RETURN s.id AS id LIMIT 1""";

    static final String SENTENCE = """
            MATCH (s:Sentence {id: $id})-[:IN]->(a:Article) RETURN s.text AS text, a.sha256 AS article""";

    /**
     * The revision goes up only when the verdict changes (a replay that changes nothing leaves it); an undo back to
     * no verdict also forgets who and which decision.
     */
    static final String SET_VERDICT = """
            MATCH (c:Claim {id: $id})
            WITH c, coalesce(c.verdict, '') <> coalesce($verdict, '') OR coalesce(c.reviewReason, '') <> coalesce($reason, '')
                 AS changed
            SET c.verdict = $verdict, c.reviewReason = $reason,
                c.reviewedBy = CASE WHEN $verdict IS NULL THEN null ELSE $analyst END,
                c.decision = CASE WHEN $verdict IS NULL THEN null ELSE $decision END,
                c.rev = coalesce(c.rev, 0) + CASE WHEN changed THEN 1 ELSE 0 END,
                // a suggestion (readStatus kept) takes its reading when accepted and is a suggestion again otherwise
                c.status = CASE WHEN c.readStatus IS NULL THEN c.status
                                WHEN $verdict = 'accepted' AND c.status = 'suggested' THEN c.readStatus
                                WHEN $verdict IS NULL OR $verdict = 'rejected' THEN 'suggested'
                                ELSE c.status END""";

    /** Type, direction and status as given; what the machine said is kept the first time. */
    static final String CORRECT = """
            MATCH (c:Claim {id: $id})
            SET c.machineType = coalesce(c.machineType, c.type), c.machineSubject = coalesce(c.machineSubject, c.subject),
                c.machineObject = coalesce(c.machineObject, c.object), c.machineStatus = coalesce(c.machineStatus, c.status)
            SET c.type = $type, c.subject = $subject, c.object = $object, c.status = $status
            WITH c
            CALL { WITH c MATCH (c)-[r:SUBJECT|OBJECT]->() DELETE r }
            WITH c
            MATCH (s:Entity {id: c.subject})
            MATCH (o:Entity {id: c.object})
            CREATE (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)""";

    static final String ADD_CLAIM = """
            MATCH (s:Sentence {id: $sentence})-[:IN]->(a:Article)
            MATCH (src:Entity {id: $subject})
            MATCH (tgt:Entity {id: $object})
            MERGE (c:Claim {id: $id})
            ON CREATE SET c.type = $type, c.subject = $subject, c.object = $object, c.status = $status, c.article = a.id,
                          c.outlet = a.outlet, c.origin = 'analyst', c.confidence = 1.0, c.verdict = 'accepted',
                          c.rev = 0, c.decision = $decision, c.reviewedBy = $analyst, c.zone = s.zone, c.rule = 'analyst',
                          c.reported = a.published
            MERGE (c)-[:STATED_IN]->(s)
            MERGE (c)-[:SUBJECT]->(src)
            MERGE (c)-[:OBJECT]->(tgt)""";

    static final String DELETE_CLAIM = "MATCH (c:Claim {id: $id}) DETACH DELETE c";

    static final String ENTITY = """
            MATCH (e:Entity {id: $id})
            RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases, e.role AS role,
                   coalesce(e.discovered, false) AS discovered, coalesce(e.rev, 0) AS rev""";

    /** Name, aliases and type; every other entity label is removed first; the revision goes up on a change. */
    static final String UPDATE_ENTITY = """
            MATCH (e:Entity {id: $id})
            WITH e, e.name <> $name OR e.type <> $type OR coalesce(e.aliases, []) <> $aliases AS changed
            REMOVE e:%s
            SET e:$($type), e.type = $type, e.name = $name, e.aliases = $aliases, e.aliasText = $aliasText,
                e.rev = coalesce(e.rev, 0) + CASE WHEN changed THEN 1 ELSE 0 END""".formatted(Arrays.stream(EntityType.values()).map(Enum::name)
            .collect(Collectors.joining(":")));

    static final String CREATE_ENTITY = """
            MERGE (e:Entity {id: $id})
            SET e:$($type), e.type = $type, e.name = $name, e.aliases = $aliases, e.aliasText = $aliasText,
                e.role = $role, e.discovered = $discovered, e.rev = coalesce(e.rev, 0) + 1""";

    /** The triples of every claim that names the entity as subject or object. */
    static final String TRIPLES_OF = """
            MATCH (c:Claim)-[:SUBJECT|OBJECT]->(:Entity {id: $id})
            RETURN DISTINCT c.subject AS source, c.type AS type, c.object AS target""";

    /**
     * Moves claims, roles and mentions from entity {@code $from} to {@code $into}, marking each with where it came
     * from ({@code subjectWas}, {@code objectWas}, {@code was}) so the merge can be undone.
     */
    static final String MOVE_ALL = """
            MATCH (a:Entity {id: $from})
            MATCH (b:Entity {id: $into})
            CALL { WITH a, b
              MATCH (c:Claim)-[r:SUBJECT]->(a) DELETE r CREATE (c)-[:SUBJECT]->(b)
              SET c.machineSubject = coalesce(c.machineSubject, c.subject), c.subject = b.id, c.subjectWas = a.id }
            CALL { WITH a, b
              MATCH (c:Claim)-[r:OBJECT]->(a) DELETE r CREATE (c)-[:OBJECT]->(b)
              SET c.machineObject = coalesce(c.machineObject, c.object), c.object = b.id, c.objectWas = a.id }
            CALL { WITH a, b
              MATCH (c:Claim)-[r:ITEM|AT|ASSERTED_BY]->(a) CREATE (c)-[x:$(type(r))]->(b) SET x.was = a.id DELETE r }
            CALL { WITH a, b
              MATCH (s:Sentence)-[m:MENTIONS]->(a)
              CREATE (s)-[x:MENTIONS]->(b) SET x = properties(m), x.was = a.id DELETE m }""";

    /** Undoes {@link #MOVE_ALL}: what came from {@code $from} and is on {@code $into} goes back. */
    static final String MOVE_BACK = """
            MATCH (a:Entity {id: $from})
            MATCH (b:Entity {id: $into})
            CALL { WITH a, b
              MATCH (c:Claim {subjectWas: a.id})-[r:SUBJECT]->(b) DELETE r CREATE (c)-[:SUBJECT]->(a)
              SET c.subject = a.id REMOVE c.subjectWas }
            CALL { WITH a, b
              MATCH (c:Claim {objectWas: a.id})-[r:OBJECT]->(b) DELETE r CREATE (c)-[:OBJECT]->(a)
              SET c.object = a.id REMOVE c.objectWas }
            CALL { WITH a, b
              MATCH (c:Claim)-[r:ITEM|AT|ASSERTED_BY]->(b) WHERE r.was = a.id
              CREATE (c)-[:$(type(r))]->(a) DELETE r }
            CALL { WITH a, b
              MATCH (s:Sentence)-[m:MENTIONS]->(b) WHERE m.was = a.id
              CREATE (s)-[x:MENTIONS]->(a) SET x = properties(m) REMOVE x.was DELETE m }""";

    /** A split: the mentions of {@code $from} written as the alias move to {@code $into}, with the claims of those sentences. */
    static final String MOVE_ALIAS = """
            MATCH (a:Entity {id: $from})
            MATCH (b:Entity {id: $into})
            CALL { WITH a, b
              MATCH (s:Sentence)-[m:MENTIONS]->(a) WHERE toLower(m.surface) IN $surfaces
              CREATE (s)-[x:MENTIONS]->(b) SET x = properties(m), x.was = a.id DELETE m }
            CALL { WITH a, b
              MATCH (c:Claim)-[r:SUBJECT]->(a), (c)-[:STATED_IN]->(s:Sentence)-[:MENTIONS]->(b)
              WHERE NOT (s)-[:MENTIONS]->(a)
              DELETE r CREATE (c)-[:SUBJECT]->(b)
              SET c.machineSubject = coalesce(c.machineSubject, c.subject), c.subject = b.id, c.subjectWas = a.id }
            CALL { WITH a, b
              MATCH (c:Claim)-[r:OBJECT]->(a), (c)-[:STATED_IN]->(s:Sentence)-[:MENTIONS]->(b)
              WHERE NOT (s)-[:MENTIONS]->(a)
              DELETE r CREATE (c)-[:OBJECT]->(b)
              SET c.machineObject = coalesce(c.machineObject, c.object), c.object = b.id, c.objectWas = a.id }""";

    static final String DELETE_ENTITY = "MATCH (e:Entity {id: $id}) DETACH DELETE e";

    /** A merged-away id keeps resolving (search, links); redirects that pointed at it follow it. */
    static final String REDIRECT_TO = """
            MERGE (r:Redirect {id: $from}) SET r.into = $into
            WITH r
            MATCH (older:Redirect {into: $from}) SET older.into = $into""";

    static final String DROP_REDIRECT = "MATCH (r:Redirect {id: $id}) DELETE r";

    /** A decision as the graph keeps it; {@code log} names the log file it is written to (see {@link #LOGGED_HERE}). */
    static final String SAVE_DECISION = """
            MERGE (d:Decision {id: $id})
            SET d.at = $at, d.analyst = $analyst, d.action = $action, d.json = $json, d.undone = $undone, d.log = $log""";

    /**
     * The decisions of this log (or of no named log: kept before decisions named theirs), newest first. Another
     * server on the same Neo4j writes to its own log, and what it decided is not this log's to reconcile.
     */
    static final String LOGGED_HERE = """
            MATCH (d:Decision) WHERE d.log IS NULL OR d.log = $log
            RETURN d.json AS json, coalesce(d.undone, false) AS undone
            ORDER BY d.at DESC, d.id DESC""";

    static final String DECISION_EXISTS = "MATCH (d:Decision {id: $id}) RETURN d.id AS id";

    static final String DELETE_DECISION = "MATCH (d:Decision {id: $id}) DELETE d";

    /** Entities' names by id, for the words of decisions; a merged-away id by the entity it went into. */
    static final String NAMES = """
            UNWIND $ids AS id
            OPTIONAL MATCH (e:Entity {id: id})
            OPTIONAL MATCH (r:Redirect {id: id})
            OPTIONAL MATCH (m:Entity {id: r.into})
            RETURN id, coalesce(e.name, m.name) AS name""";

    static final String DECISIONS = """
            MATCH (d:Decision) WHERE d.action <> 'undo'
            RETURN d.id AS id, d.at AS at, d.analyst AS analyst, d.action AS action, d.json AS json, d.undone AS undone
            ORDER BY d.at DESC, d.id DESC LIMIT $limit""";
}
