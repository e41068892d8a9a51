package org.sifregistry.common.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.sifregistry.common.UserText;

/**
 * Reads every JSON body that JSON-B is to bind through to its end first. Yasson passes over the properties a body type
 * does not have with Parsson's {@code skipObject} and {@code skipArray}, which never return on an object or array that
 * is left open (eclipse-ee4j/parsson#23): a body of six bytes, <code>{"x":{</code>, would hold a request thread
 * forever, before any check of the caller. Parsson's parser, walked token by token, refuses such a body where it ends;
 * the refusal is a {@link ProcessingException}, answered 400 as any body JSON-B cannot read ("The request body cannot
 * be read: it is not JSON (…)"). The APIs' bodies are small, so reading one twice costs nothing measurable.
 */
@Provider
public class WellFormedJsonBodies implements ReaderInterceptor {

    /** Far above any body of the APIs (they name things), far below what would strain the heap. */
    static final int MAX_BYTES = 1 << 20;
    /** Json.createParser would look the provider up again for every body. */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType()) || isRead(context.getType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readNBytes(MAX_BYTES + 1);
        requireWellFormed(body);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /**
     * @throws ProcessingException if {@code body} is not one whole JSON text of at most {@link #MAX_BYTES}; an empty
     *                             body passes, since binding makes it no value
     */
    public static void requireWellFormed(byte[] body) {
        if (body.length > MAX_BYTES) {
            throw new ProcessingException("it is larger than " + MAX_BYTES + " bytes");
        }
        if (body.length == 0) {
            return;
        }
        try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(body))) {
            while (parser.hasNext()) {
                parser.next();
            }
        } catch (RuntimeException malformed) {
            // Parsson's JsonParsingException, and its plain RuntimeException past its nesting limit
            throw new ProcessingException("it is not JSON (" + UserText.abbreviated(String.valueOf(
                    malformed.getMessage())) + ")", malformed);
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null
                && (MediaType.APPLICATION_JSON_TYPE.isCompatible(type) || type.getSubtype().endsWith("+json"));
    }

    /** Types the resources read themselves, with their own parsers and limits. */
    private static boolean isRead(Class<?> type) {
        return InputStream.class.isAssignableFrom(type) || Reader.class.isAssignableFrom(type) || type == byte[].class
                || type == String.class;
    }
}
