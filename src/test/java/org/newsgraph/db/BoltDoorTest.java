package org.newsgraph.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.SecurityException;

/**
 * Security round 3, finding 1: the embedded Bolt port took a HELLO with scheme {@code none} and a WebSocket upgrade
 * from any web page's origin. Both are probed here on the raw socket, as a hostile page or local process would.
 */
class BoltDoorTest {
    @TempDir
    static Path dir;
    static EmbeddedNeo4j neo;
    static int port;

    @BeforeAll
    static void start() {
        neo = EmbeddedNeo4j.start(dir.resolve("neo4j"));
        port = Integer.parseInt(neo.boltUri().substring(neo.boltUri().lastIndexOf(':') + 1));
    }

    @AfterAll
    static void stop() {
        neo.close();
    }

    @Test
    void rawHelloWithSchemeNoneIsRefused() throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            DataInputStream in = new DataInputStream(s.getInputStream());
            // handshake: the Bolt magic, then version 4.4 (whose HELLO carries the auth token) and nothing else
            out.write(new byte[] {0x60, 0x60, (byte) 0xB0, 0x17, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
            out.flush();
            assertEquals(0x0404, in.readInt(), "the server agreed to Bolt 4.4");
            out.write(chunk(hello()));
            out.flush();
            int size = in.readUnsignedShort();
            byte[] reply = in.readNBytes(size);
            assertEquals((byte) 0xB1, reply[0]);
            assertEquals((byte) 0x7F, reply[1], "HELLO with scheme none must get FAILURE, got signature " + reply[1]);
        }
    }

    @Test
    void webSocketUpgradeFromAForeignOriginIsNotAnswered() throws IOException {
        String upgrade = "GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                + "Origin: http://evil.example\r\n\r\n";
        String answer = sendAndReadAll(upgrade);
        assertFalse(answer.contains("101"), "a WebSocket upgrade was answered: " + answer);
        assertEquals("", answer, "the port answers no HTTP at all");
        assertEquals("", sendAndReadAll("GET /db/neo4j/tx HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
    }

    @Test
    void onlyTheStorePasswordLogsIn() throws IOException {
        try (Driver none = GraphDatabase.driver(neo.boltUri(), AuthTokens.none())) {
            assertThrows(SecurityException.class, none::verifyConnectivity);
        }
        try (Driver wrong = GraphDatabase.driver(neo.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
            assertThrows(AuthenticationException.class, wrong::verifyConnectivity);
        }
        try (Driver right = GraphDatabase.driver(neo.boltUri(), AuthTokens.basic(neo.user(), neo.password()))) {
            right.verifyConnectivity();
        }
        Path file = dir.resolve("neo4j").resolve(StorePassword.FILE);
        assertEquals(neo.password(), Files.readString(file).strip());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertNotEquals("neo4j", neo.password());
        assertTrue(neo.password().length() >= 16);
    }

    /** Sends {@code request} and reads until the server closes (the door closes at once) or 30 s pass. */
    private static String sendAndReadAll(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    /** HELLO {user_agent: "probe/1", scheme: "none"} in PackStream. */
    private static byte[] hello() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(0xB1);
        b.write(0x01);
        b.write(0xA2);
        tinyString(b, "user_agent");
        tinyString(b, "probe/1");
        tinyString(b, "scheme");
        tinyString(b, "none");
        return b.toByteArray();
    }

    private static void tinyString(ByteArrayOutputStream b, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        b.write(0x80 | bytes.length);
        b.writeBytes(bytes);
    }

    private static byte[] chunk(byte[] message) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(message.length >> 8);
        b.write(message.length & 0xFF);
        b.writeBytes(message);
        b.write(0);
        b.write(0);
        return b.toByteArray();
    }
}
