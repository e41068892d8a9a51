package org.sifregistry.common.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ProcessingException;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sifregistry.container.rest.library.LibraryModels;
import org.sifregistry.container.rest.sregistry.SregistryModels;
import org.sifregistry.user.rest.TokenResource;

/**
 * Every JSON request body of the APIs, checked by {@link WellFormedJsonBodies} and bound by Yasson as WildFly binds
 * it: each input is refused by the check, or bound to a value, or refused by Yasson with a {@link RuntimeException},
 * which RESTEasy reports as a {@code ProcessingException} and {@link UnexpectedExceptionMapper} answers 400; never an
 * {@link Error} (a stack overflow on deep nesting, memory on a long array), never unbounded time. What it binds it
 * writes back as JSON that binds to the same value. Its first run found Parsson's endless skip of an open object.
 */
class JsonBodiesFuzzTest {
    /** Far more than any input needs: one that takes longer is a finding, saved like a crash. */
    private static final Duration PER_INPUT = Duration.ofSeconds(2);
    private static final List<Class<? extends Record>> BODIES = List.of(
            LibraryModels.EntityRequest.class, LibraryModels.CollectionRequest.class,
            LibraryModels.ContainerRequest.class, LibraryModels.ImageRequest.class, LibraryModels.TagV1.class,
            LibraryModels.TagV2.class, LibraryModels.UploadRequest.class, LibraryModels.MultipartStart.class,
            LibraryModels.PartRequest.class, LibraryModels.MultipartComplete.class,
            LibraryModels.MultipartAbort.class, SregistryModels.UploadRequest.class,
            TokenResource.TokenRequest.class);
    private static final Jsonb JSONB = JsonbBuilder.create();

    @FuzzTest(maxDuration = "20s")
    void everyBodyBindsOrIsRefusedAsTheClientsMistake(FuzzedDataProvider data) {
        assertTimeout(PER_INPUT, () -> check(data));
    }

    private void check(FuzzedDataProvider data) {
        Class<? extends Record> body = data.pickValue(BODIES);
        byte[] json = data.consumeRemainingAsBytes();
        try {
            WellFormedJsonBodies.requireWellFormed(json);
        } catch (ProcessingException refused) {
            return;
        }
        Record bound;
        try {
            bound = JSONB.fromJson(new ByteArrayInputStream(json), body);
        } catch (RuntimeException refused) {
            return;
        }
        if (bound != null) {
            assertEquals(bound, JSONB.fromJson(JSONB.toJson(bound), body), "what is bound reads back the same");
        }
    }
}
