package org.sifregistry.testing;

import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * One answer of the registry, read whole. The expect methods fail with the status and body, so that a failing test
 * shows what the server said rather than just the wrong number.
 */
public record Reply(String request, int status, HttpHeaders headers, byte[] body) {

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public JsonObject json() {
        try (JsonReader reader = Json.createReader(new StringReader(text()))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw new AssertionError(request + " answered " + status + " with a body that is not a JSON object: "
                    + abbreviated(), e);
        }
    }

    public JsonArray jsonArray() {
        try (JsonReader reader = Json.createReader(new StringReader(text()))) {
            return reader.readArray();
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw new AssertionError(request + " answered " + status + " with a body that is not a JSON array: "
                    + abbreviated(), e);
        }
    }

    /** The library API's payload: the answer is {@code {"data": ...}}. */
    public JsonObject data() {
        JsonObject json = json();
        if (!json.containsKey("data") || json.isNull("data")) {
            throw new AssertionError(request + " answered without \"data\": " + abbreviated());
        }
        return json.getJsonObject("data");
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public Reply expect(int expected) {
        if (status != expected) {
            throw new AssertionError(request + ": expected " + expected + " but got " + status + ": " + abbreviated());
        }
        return this;
    }

    /**
     * Checks the error envelope every API uses, {@code {"error":{"code":N,"message":"..."}}}, and returns the
     * message, which is what the command-line client shows its user.
     */
    public String expectError(int expected) {
        expect(expected);
        JsonObject error = json().getJsonObject("error");
        if (error == null) {
            throw new AssertionError(request + ": a " + status + " without the error envelope: " + abbreviated());
        }
        if (error.getInt("code", -1) != expected) {
            throw new AssertionError(request + ": error.code is not " + expected + ": " + abbreviated());
        }
        String message = error.getString("message", "");
        if (message.isBlank()) {
            throw new AssertionError(request + ": the error says nothing a human could act on: " + abbreviated());
        }
        return message;
    }

    private String abbreviated() {
        String text = text();
        return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
    }
}
