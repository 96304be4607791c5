package io.yuma.chain.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A bare JSON-RPC caller for the tests, on the JDK's HTTP client. */
final class TestRpc {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI uri;
    private final Duration timeout;

    TestRpc(String url, Duration timeout) {
        this.uri = URI.create(url);
        this.timeout = timeout;
    }

    /** {@return the HTTP response to a raw body} */
    HttpResponse<String> post(String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** {@return the whole JSON-RPC answer object of one call} */
    JsonNode answer(String method, Object... params) throws IOException, InterruptedException {
        String body = MAPPER.writeValueAsString(java.util.Map.of("jsonrpc", "2.0", "id", 1, "method", method,
                "params", java.util.Arrays.asList(params)));
        return MAPPER.readTree(post(body).body());
    }

    /** {@return the result of one call} */
    JsonNode call(String method, Object... params) throws IOException, InterruptedException {
        JsonNode answer = answer(method, params);
        if (answer.has("error")) {
            throw new IllegalStateException(method + ": " + answer.get("error"));
        }
        return answer.get("result");
    }

    static JsonNode parse(String json) throws IOException {
        return MAPPER.readTree(json);
    }
}
