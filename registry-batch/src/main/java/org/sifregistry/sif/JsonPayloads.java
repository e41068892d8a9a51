package org.sifregistry.sif;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.util.Map;

/** JSON parsing (Jakarta JSON-P) and label flattening for the Labels and generic JSON objects. */
final class JsonPayloads {
    /** Deeper objects are kept as JSON text rather than flattened further. */
    private static final int MAX_FLATTEN_DEPTH = 16;

    private JsonPayloads() {
    }

    /** Looking the provider up costs a ServiceLoader scan, so it is done once. */
    private static volatile JsonParserFactory parserFactory;

    private static JsonParserFactory parserFactory() {
        JsonParserFactory factory = parserFactory;
        if (factory == null) {
            try {
                factory = Json.createParserFactory(Map.of());
            } catch (JsonException e) {
                throw new IllegalStateException("no Jakarta JSON-P implementation (such as Parsson) is available", e);
            }
            parserFactory = factory;
        }
        return factory;
    }

    /** Parses {@code text} as one JSON value, or null when it is not valid JSON. */
    static JsonValue parseOrNull(String text) {
        try {
            return parse(text, "JSON");
        } catch (SifFormatException e) {
            return null;
        }
    }

    /** Parses {@code text} as exactly one JSON value; anything after it is an error too. */
    static JsonValue parse(String text, String what) throws SifFormatException {
        JsonParserFactory factory = parserFactory();
        try (JsonParser parser = factory.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new SifFormatException(what + " is not valid JSON: it holds no value");
            }
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw new SifFormatException(what + " is not valid JSON: more follows the first value");
            }
            return value;
        } catch (RuntimeException e) {
            // The provider's exception types for bad input vary (JsonException, NumberFormatException, ...).
            String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            throw new SifFormatException(what + " is not valid JSON: " + reason, e);
        }
    }

    /**
     * Adds the members of {@code object} to {@code labels}: nested objects as dotted keys, arrays as JSON text.
     * Long keys repeated over many nested members could multiply the input's size, so the characters added are
     * capped at a few times {@code inputLength}.
     */
    static void flattenInto(JsonObject object, Map<String, String> labels, int inputLength, String what)
            throws SifFormatException {
        long[] budget = {4L * inputLength + 64 * 1024};
        flatten("", object, labels, 0, budget, what);
    }

    private static void flatten(String prefix, JsonObject object, Map<String, String> labels, int depth,
            long[] budget, String what) throws SifFormatException {
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            String key = prefix + Text.clean(member.getKey());
            JsonValue value = member.getValue();
            if (value.getValueType() == JsonValue.ValueType.OBJECT && depth < MAX_FLATTEN_DEPTH) {
                flatten(key + ".", value.asJsonObject(), labels, depth + 1, budget, what);
                continue;
            }
            String text = stringify(value);
            if (text == null) {
                continue;
            }
            budget[0] -= key.length() + text.length();
            if (budget[0] < 0) {
                throw new SifFormatException("the labels of " + what + " grow far beyond its size when nested"
                        + " keys are flattened");
            }
            labels.put(key, text);
        }
    }

    /** The label text of a JSON value; null for JSON null, which carries no label. */
    static String stringify(JsonValue value) {
        switch (value.getValueType()) {
            case STRING:
                return Text.clean(((JsonString) value).getString());
            case NUMBER:
                return ((JsonNumber) value).toString();
            case TRUE:
                return "true";
            case FALSE:
                return "false";
            case NULL:
                return null;
            default:
                return Text.clean(value.toString());
        }
    }

    /** A string member of {@code object}, or null when absent or not a string. */
    static String string(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.STRING
                ? Text.clean(((JsonString) value).getString())
                : null;
    }

    /** An object member of {@code object}, or null when absent or not an object. */
    static JsonObject object(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
    }
}
