package io.yuma.chain.testing;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.TextFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A WebSocket server on the loopback interface (Java-WebSocket) whose handler sees each text
 * message and decides what goes back on that connection: answers in any order, nothing, a
 * dropped connection or a frame that breaks the protocol. Counts connections and messages.
 */
public final class WebSocketNode implements AutoCloseable {
    /** What the node does with one message. */
    @FunctionalInterface
    public interface Handler {
        /**
         * Handles {@code text}, which arrived on {@code peer}'s connection.
         *
         * @param text the message
         * @param peer the connection it came on
         */
        void message(String text, Peer peer);
    }

    /** One client connection, as a handler acts on it. */
    public static final class Peer {
        private final WebSocket socket;

        private Peer(WebSocket socket) {
            this.socket = socket;
        }

        /**
         * Sends a text message.
         *
         * @param text the message
         */
        public void send(String text) {
            socket.send(text);
        }

        /** Closes the TCP connection with no closing handshake, as a crashed node or a cut network does. */
        public void drop() {
            socket.closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped");
        }

        /**
         * Sends a text frame with a reserved bit set, which no extension was agreed for: a frame
         * the client must refuse.
         *
         * @param text the frame's payload
         */
        public void sendMalformedFrame(String text) {
            TextFrame frame = new TextFrame();
            frame.setPayload(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
            frame.setFin(true);
            frame.setRSV1(true);
            socket.sendFrame(frame);
        }
    }

    private final Server server;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger messages = new AtomicInteger();

    /**
     * Starts a node handling each message with {@code handler}.
     *
     * @param handler what it does with a message
     * @throws InterruptedException when interrupted while it starts
     */
    public WebSocketNode(Handler handler) throws InterruptedException {
        server = new Server(handler);
        server.setReuseAddr(true);
        server.start();
        if (!server.started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the WebSocket node did not start within 10 s");
        }
    }

    /**
     * {@return a handler answering each message with {@code answer} of it, on the same connection}
     *
     * @param answer the answer's text for a message's text
     */
    public static Handler answering(Function<String, String> answer) {
        return (text, peer) -> peer.send(answer.apply(text));
    }

    /** {@return the node's URL} */
    public String url() {
        return "ws://127.0.0.1:" + server.getPort() + "/";
    }

    /** {@return how many connections clients opened} */
    public int connections() {
        return connections.get();
    }

    /** {@return how many messages it received} */
    public int messages() {
        return messages.get();
    }

    @Override
    public void close() {
        try {
            server.stop(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Server extends WebSocketServer {
        private final Handler handler;
        private final CountDownLatch started = new CountDownLatch(1);

        Server(Handler handler) {
            super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
            this.handler = handler;
        }

        @Override
        public void onOpen(WebSocket socket, ClientHandshake handshake) {
            connections.incrementAndGet();
        }

        @Override
        public void onClose(WebSocket socket, int code, String reason, boolean remote) {
            // Nothing kept per connection.
        }

        @Override
        public void onMessage(WebSocket socket, String message) {
            messages.incrementAndGet();
            handler.message(message, new Peer(socket));
        }

        @Override
        public void onError(WebSocket socket, Exception error) {
            // A client that went away mid-test: the test's assertions say what matters.
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }
}
