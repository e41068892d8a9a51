package org.sifregistry.container.domain;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.common.UserText;

/** Reading a pushed OCI manifest's JSON, for the SIF rules ({@link PushedManifest}) and all others ({@link OciManifest}). */
final class ManifestJson {

    static final Pattern SHA256 = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final String FIELD = "manifest";

    private ManifestJson() {
    }

    /** The manifest's JSON object; anything else is refused. */
    static JsonObject read(byte[] content) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(content))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object) {
                return object;
            }
        } catch (RuntimeException e) {
            // Not only JsonException: Parsson refuses JSON nested over 1000 deep with a plain RuntimeException.
            throw invalid(ErrorKey.MANIFEST_NOT_JSON, UserText.abbreviated(String.valueOf(e.getMessage())));
        }
        throw invalid(ErrorKey.MANIFEST_NOT_OBJECT);
    }

    static JsonObject object(JsonObject parent, String key) {
        if (parent.get(key) instanceof JsonObject object) {
            return object;
        }
        throw invalid(ErrorKey.MANIFEST_MISSING, key);
    }

    /** The string at {@code key}, or null when there is none or it is no string. */
    static String string(JsonObject object, String key) {
        return object.get(key) instanceof JsonString text ? text.getString() : null;
    }

    /** The media type of a Content-Type header, without its parameters. */
    static String baseType(String contentType) {
        return contentType == null ? null : contentType.split(";")[0].strip();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    static InvalidInputException invalid(ErrorKey key, Object... arguments) {
        return new InvalidInputException(FIELD, key, arguments);
    }
}
