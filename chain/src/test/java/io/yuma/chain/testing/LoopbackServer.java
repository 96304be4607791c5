package io.yuma.chain.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * An HTTP server on the loopback interface that answers each POST body with what a handler says,
 * counting the requests and the most it had in progress at once.
 */
public final class LoopbackServer implements AutoCloseable {
    /**
     * An answer.
     *
     * @param status the HTTP status
     * @param body the body
     * @param delayMillis how long to wait before answering
     */
    public record Reply(int status, String body, long delayMillis) {
        /**
         * {@return a 200 answer with {@code body}}
         *
         * @param body the JSON text
         */
        public static Reply ok(String body) {
            return new Reply(200, body, 0);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger inProgress = new AtomicInteger();
    private final AtomicInteger mostInProgress = new AtomicInteger();

    /**
     * Starts a server answering with {@code handler}.
     *
     * @param handler the answer to each request body
     * @throws IOException when the server cannot start
     */
    public LoopbackServer(Function<String, Reply> handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> answer(exchange, handler));
        server.setExecutor(threads);
        server.start();
    }

    private void answer(HttpExchange exchange, Function<String, Reply> handler) throws IOException {
        requests.incrementAndGet();
        mostInProgress.accumulateAndGet(inProgress.incrementAndGet(), Math::max);
        try (exchange) {
            Reply reply = handler.apply(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (reply.delayMillis() > 0) {
                Thread.sleep(reply.delayMillis());
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The client gave up (a timeout test): nothing to answer.
        } finally {
            inProgress.decrementAndGet();
        }
    }

    /** {@return the server's URL} */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** {@return how many requests it received} */
    public int requests() {
        return requests.get();
    }

    /** {@return the most requests it had in progress at once} */
    public int mostInProgress() {
        return mostInProgress.get();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
