package io.yuma.chain.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * JSON-RPC 2.0 over HTTP POST on the loopback interface: single calls and batches, each request
 * first meeting the fault {@link Faults} has queued. Requests run on virtual threads, so a
 * silenced request holds no other.
 */
final class RpcServer implements AutoCloseable {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ObjectMapper mapper = new ObjectMapper();
    private final RpcMethods methods;
    private final Faults faults;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    RpcServer(RpcMethods methods, Faults faults, int port) throws IOException {
        this.methods = methods;
        this.faults = faults;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (!"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, "Method Not Allowed: JSON-RPC takes POST");
                return;
            }
            switch (faults.next()) {
                case SILENCE -> {
                    try {
                        faults.awaitRelease();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return;
                }
                case HTTP_500 -> {
                    respond(exchange, 500, "Internal Server Error");
                    return;
                }
                case MALFORMED -> {
                    respond(exchange, 200, "{\"jsonrpc\":\"2.0\",\"result\":[0x");
                    return;
                }
                case NONE -> respond(exchange, 200, mapper.writeValueAsString(answer(body)));
            }
        }
    }

    private JsonNode answer(byte[] body) {
        JsonNode request;
        try {
            request = mapper.readTree(body);
        } catch (IOException e) {
            return error(null, new RpcError(RpcError.PARSE_ERROR, "Parse error"));
        }
        if (request == null || request.isMissingNode()) {
            return error(null, new RpcError(RpcError.PARSE_ERROR, "Parse error"));
        }
        if (!request.isArray()) {
            faults.countCalls(1);
            return answerOne(request);
        }
        if (request.isEmpty()) {
            return error(null, new RpcError(RpcError.INVALID_REQUEST, "Invalid request: empty batch"));
        }
        faults.countCalls(request.size());
        ArrayNode answers = JSON.arrayNode();
        request.forEach(call -> answers.add(answerOne(call)));
        return answers;
    }

    private JsonNode answerOne(JsonNode call) {
        JsonNode id = call.get("id");
        JsonNode method = call.get("method");
        if (!call.isObject() || method == null || !method.isTextual()) {
            return error(id, new RpcError(RpcError.INVALID_REQUEST, "Invalid request"));
        }
        try {
            ObjectNode out = JSON.objectNode();
            out.put("jsonrpc", "2.0");
            out.set("result", methods.call(method.asText(), call.get("params")));
            out.set("id", id);
            return out;
        } catch (RpcError e) {
            return error(id, e);
        }
    }

    private static JsonNode error(JsonNode id, RpcError e) {
        ObjectNode out = JSON.objectNode();
        out.put("jsonrpc", "2.0");
        ObjectNode error = out.putObject("error");
        error.put("code", e.code());
        error.put("message", e.getMessage());
        out.set("id", id);
        return out;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        faults.release();
        server.stop(0);
        executor.shutdownNow();
    }
}
