package io.yuma.chain.rpc;

import io.yuma.chain.scale.Hex;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;

/** JSON-RPC over HTTP: one POST a request or batch. */
final class HttpTransport implements Transport {
    private static final int TOO_MANY_REQUESTS = 429;

    private final URI uri;
    private final HttpClient client;

    HttpTransport(URI uri, Duration connectTimeout) {
        this.uri = uri;
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
    }

    @Override
    public String exchange(String body, List<Long> ids, Duration timeout) throws TransportFailure, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new TransportFailure("no answer within " + timeout.toMillis() + " ms", true, e);
        } catch (IOException e) {
            throw new TransportFailure(e.toString(), true, e);
        }
        int status = response.statusCode();
        if (status == 200) {
            return response.body();
        }
        boolean retryable = status >= 500 || status == TOO_MANY_REQUESTS;
        throw new TransportFailure("HTTP " + status + " " + Hex.abbreviate(response.body().strip()), retryable, null);
    }

    @Override
    public void close() {
        client.close();
    }
}
