package io.crmkit.examples.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmkit.Crm;
import io.crmkit.examples.Json;
import io.crmkit.examples.demo.DemoCompany;
import io.crmkit.memory.InMemoryStorage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A web app over an in-memory crmkit holding a small demo company (fixed seed, printed), with the
 * clock fixed on Friday 2026-03-13 10:00 in Moscow; and an HTTP client for it.
 */
final class WebFixture implements AutoCloseable {
    static final long SEED = 42L;
    static final Instant NOW = Instant.parse("2026-03-13T07:00:00Z");
    final Crm crm;
    final WebApp web;
    final HttpClient http = HttpClient.newHttpClient();

    WebFixture() {
        System.out.println("demo company seed " + SEED);
        crm = Crm.builder().storage(InMemoryStorage.create()).clock(Clock.fixed(NOW, ZoneId.of("Europe/Moscow")))
                .ids(DemoCompany.ids()).build();
        DemoCompany.create(crm, SEED, 40, n -> { });
        web = WebApp.start(crm, "127.0.0.1", 0);
    }

    String base() {
        return "http://127.0.0.1:" + web.port();
    }

    /** A response: status, content type and body. */
    record Response(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
    }

    Response post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private Response send(HttpRequest r) {
        try {
            HttpResponse<String> res = http.send(r, HttpResponse.BodyHandlers.ofString());
            return new Response(res.statusCode(), res.headers().firstValue("Content-Type").orElse(""), res.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        web.close();
        crm.close();
    }
}
