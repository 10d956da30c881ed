package org.newsgraph.db;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;
import org.neo4j.bolt.BoltServer;
import org.neo4j.bolt.protocol.common.connector.Connector;
import org.neo4j.bolt.protocol.common.connector.connection.Connection;
import org.neo4j.bolt.protocol.common.connector.listener.ConnectorListener;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * The embedded Bolt port speaks Bolt and nothing else. Neo4j's connector also answers HTTP on the same port and
 * upgrades it to a WebSocket, whatever the {@code Origin}: any web page the user opens could reach the store that
 * way. Neo4j has no setting to turn that off, so every new connection gets a first handler that reads the four
 * bytes every Bolt client sends first (the Bolt magic {@code 60 60 B0 17}) and closes the connection on anything
 * else (an HTTP request line, a WebSocket upgrade, TLS, noise) before Neo4j's transport selection sees a byte.
 */
final class BoltOnlyDoor implements ConnectorListener {
    static final int BOLT_MAGIC = 0x6060B017;
    private static final String NAME = "newsgraph-bolt-only";

    private BoltOnlyDoor() {
    }

    /** Puts the door on every Bolt connector of the DBMS that {@code db} belongs to. */
    static void install(GraphDatabaseAPI db) {
        BoltServer server = db.getDependencyResolver().resolveDependency(BoltServer.class);
        List<Connector> connectors = server.getConnectors();
        if (connectors.isEmpty()) {
            throw new DatabaseException("the embedded Neo4j has no Bolt connector to guard", null);
        }
        BoltOnlyDoor door = new BoltOnlyDoor();
        connectors.forEach(c -> c.registerListener(door));
    }

    @Override
    public void onConnectionCreated(Connection connection) {
        connection.modifyPipeline(p -> p.addFirst(NAME, new MagicCheck()));
    }

    /** Waits for the first four bytes; lets a Bolt client through (and steps aside), closes on anything else. */
    private static final class MagicCheck extends ByteToMessageDecoder {
        @Override
        protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
            if (in.readableBytes() < 4) {
                return;
            }
            if (in.getInt(in.readerIndex()) == BOLT_MAGIC) {
                ctx.pipeline().remove(this); // hands the bytes read so far on to Neo4j's own handlers
            } else {
                in.skipBytes(in.readableBytes());
                ctx.close();
            }
        }
    }
}
