package io.yuma.chain.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
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
 * back to its request by the ids it carries. A broken connection fails the requests waiting on it
 * (retryably) and the next request opens a new one.
 */
final class WebSocketTransport implements Transport, WebSocket.Listener {
    private final URI uri;
    private final HttpClient client;
    private final ObjectMapper json;
    private final Duration connectTimeout;
    private final Map<Long, CompletableFuture<String>> waiting = new ConcurrentHashMap<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    WebSocketTransport(URI uri, Duration connectTimeout, ObjectMapper json) {
        this.uri = uri;
        this.connectTimeout = connectTimeout;
        this.json = json;
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
    }

    @Override
    public String exchange(String body, List<Long> ids, Duration timeout) throws TransportFailure, InterruptedException {
        CompletableFuture<String> answer = new CompletableFuture<>();
        ids.forEach(id -> waiting.put(id, answer));
        try {
            WebSocket open = open(timeout);
            synchronized (this) {
                // A WebSocket takes one send at a time.
                open.sendText(body, true).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new TransportFailure("no answer within " + timeout.toMillis() + " ms", true, e);
        } catch (ExecutionException e) {
            throw new TransportFailure(e.getCause().toString(), true, e.getCause());
        } finally {
            ids.forEach(waiting::remove);
        }
    }

    private synchronized WebSocket open(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        if (socket == null || socket.isOutputClosed() || socket.isInputClosed()) {
            partial.setLength(0);
            socket = client.newWebSocketBuilder().connectTimeout(connectTimeout).buildAsync(uri, this)
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        return socket;
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

    /** Hands a message to the request whose ids it answers; a message that names none goes to every waiting request. */
    private void deliver(String message) {
        CompletableFuture<String> answer = null;
        try {
            JsonNode tree = json.readTree(message);
            JsonNode first = tree.isArray() && !tree.isEmpty() ? tree.get(0) : tree;
            if (first.path("id").canConvertToLong()) {
                answer = waiting.get(first.path("id").asLong());
            }
        } catch (IOException e) {
            // Not JSON: the client reports it for whichever request receives it.
        }
        if (answer != null) {
            answer.complete(message);
        } else {
            waiting.values().forEach(future -> future.complete(message));
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        failAll(new IOException("the node closed the WebSocket (" + statusCode + " " + reason + ")"));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        failAll(error);
    }

    private void failAll(Throwable error) {
        waiting.values().forEach(future -> future.completeExceptionally(error));
    }

    @Override
    public synchronized void close() {
        if (socket != null) {
            socket.abort();
        }
        client.close();
    }
}
