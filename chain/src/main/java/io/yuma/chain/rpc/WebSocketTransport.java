package io.yuma.chain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * JSON-RPC over one WebSocket: each request or batch is a text message, and each answer is routed
 * back to its request by the ids it carries. A broken connection fails the requests sent on it
 * (retryably) and the next request opens a new one.
 */
final class WebSocketTransport implements Transport {
    private final URI uri;
    private final HttpClient client;
    private final ObjectMapper json;
    private final Duration connectTimeout;
    private Connection current;

    WebSocketTransport(URI uri, Duration connectTimeout, ObjectMapper json) {
        this.uri = uri;
        this.connectTimeout = connectTimeout;
        this.json = json;
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
    }

    @Override
    public String exchange(String body, List<Long> ids, Duration timeout) throws TransportFailure, InterruptedException {
        Connection connection = null;
        try {
            connection = connection(timeout);
            CompletableFuture<String> answer = connection.expect(ids);
            connection.send(body, timeout);
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new TransportFailure("no answer within " + timeout.toMillis() + " ms", true, e);
        } catch (ExecutionException e) {
            throw new TransportFailure(e.getCause().toString(), true, e.getCause());
        } finally {
            if (connection != null) {
                connection.forget(ids);
            }
        }
    }

    /** The open connection, or a new one when there is none or it broke. */
    private synchronized Connection connection(Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (current == null || current.broken()) {
            Connection fresh = new Connection();
            fresh.socket = client.newWebSocketBuilder().connectTimeout(connectTimeout).buildAsync(uri, fresh)
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            current = fresh;
        }
        return current;
    }

    @Override
    public synchronized void close() {
        if (current != null) {
            current.socket.abort();
        }
        // close() would wait for every operation the client ever started, which a WebSocket that
        // saw a request time out can keep from ever ending.
        client.shutdownNow();
    }

    /**
     * One WebSocket and the requests sent on it: its failure fails only them, so a connection
     * that closes late cannot fail requests already sent on its successor.
     */
    private final class Connection implements WebSocket.Listener {
        private final Map<Long, CompletableFuture<String>> waiting = new ConcurrentHashMap<>();
        private final StringBuilder partial = new StringBuilder();
        private volatile WebSocket socket;
        private volatile Throwable failure;

        CompletableFuture<String> expect(List<Long> ids) {
            CompletableFuture<String> answer = new CompletableFuture<>();
            ids.forEach(id -> waiting.put(id, answer));
            if (failure != null) {
                answer.completeExceptionally(failure);
            }
            return answer;
        }

        void forget(List<Long> ids) {
            ids.forEach(waiting::remove);
        }

        void send(String body, Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
            synchronized (this) {
                // A WebSocket takes one send at a time.
                socket.sendText(body, true).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        }

        boolean broken() {
            return failure != null || socket.isInputClosed() || socket.isOutputClosed();
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                deliver(message);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            // A JSON-RPC node answers in text frames; a binary one is read as its UTF-8 text, so
            // that whatever it holds is judged (and reported) as an answer.
            return onText(webSocket, StandardCharsets.UTF_8.decode(data), last);
        }

        /**
         * Hands a message to the request whose ids it answers. A message with an id no request
         * waits for (a late answer to a request that timed out) is dropped; one that names no id
         * (not JSON, or an error about the request itself) goes to every waiting request, each
         * of which then reports it.
         */
        private void deliver(String message) {
            JsonNode first = null;
            try {
                JsonNode tree = json.readTree(message);
                first = tree.isArray() && !tree.isEmpty() ? tree.get(0) : tree;
            } catch (IOException e) {
                // Not JSON: the client reports it for whichever request receives it.
            }
            if (first != null && first.path("id").canConvertToLong()) {
                CompletableFuture<String> answer = waiting.get(first.path("id").asLong());
                if (answer != null) {
                    answer.complete(message);
                }
            } else {
                waiting.values().forEach(future -> future.complete(message));
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            fail(new IOException("the node closed the WebSocket (" + statusCode + " " + reason + ")"));
            webSocket.abort(); // the node is gone: no closing handshake to wait for
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            fail(error);
        }

        private void fail(Throwable error) {
            failure = error;
            waiting.values().forEach(future -> future.completeExceptionally(error));
        }
    }
}
