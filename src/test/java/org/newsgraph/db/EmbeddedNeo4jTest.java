package org.newsgraph.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;

class EmbeddedNeo4jTest {
    @TempDir
    Path dir;

    @Test
    void startsAppliesSchemaKeepsDataAcrossRestart() {
        DbSettings settings = DbSettings.embedded(dir);
        try (Neo4jConnection db = Neo4jConnection.open(settings)) {
            Schema.apply(db);
            Schema.apply(db); // idempotent
            try (Session s = db.driver().session(db.sessionConfig())) {
                List<String> constraints = s.run("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name")
                        .list(r -> r.get("name").asString());
                assertTrue(constraints.containsAll(List.of("article_id", "claim_id", "entity_id", "sentence_id")), constraints.toString());
                String ft = s.run("SHOW FULLTEXT INDEXES YIELD name RETURN collect(name) AS n").single().get("n").toString();
                assertTrue(ft.contains("entity_names"), ft);
                s.run("CREATE (:Entity {id: $id, name: $name})", Map.of("id", "x", "name", "Kim Jong-un")).consume();
                assertThrows(ClientException.class,
                        () -> s.run("CREATE (:Entity {id: 'x'})").consume(), "unique id constraint");
            }
        }
        try (Neo4jConnection db = Neo4jConnection.open(settings)) {
            try (Session s = db.driver().session(db.sessionConfig())) {
                assertEquals("Kim Jong-un", s.run("MATCH (e:Entity {id:'x'}) RETURN e.name AS n").single().get("n").asString());
            }
        }
    }

    @Test
    void fileUrlsInLoadCsvAreRefused() {
        try (Neo4jConnection db = Neo4jConnection.open(DbSettings.embedded(dir))) {
            try (Session s = db.driver().session(db.sessionConfig())) {
                assertThrows(ClientException.class,
                        () -> s.run("LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l").consume());
                assertThrows(ClientException.class,
                        () -> s.run("LOAD CSV FROM 'http://127.0.0.1:1/x.csv' AS l RETURN l").consume());
            }
        }
    }

    @Test
    void unreachableExternalServerGivesClearError() {
        DbSettings bad = new DbSettings(dir, "bolt://127.0.0.1:1", "neo4j", "x", null);
        DatabaseException e = assertThrows(DatabaseException.class, () -> Neo4jConnection.open(bad));
        assertTrue(e.getMessage().contains("cannot connect to Neo4j at bolt://127.0.0.1:1"), e.getMessage());
    }
}
