package org.sifregistry.container;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.sifregistry.testing.Api;
import org.sifregistry.testing.Eventually;
import org.sifregistry.testing.LibraryPush;
import org.sifregistry.testing.RowLocks;
import org.sifregistry.testing.TestUser;
import org.sifregistry.testing.Tools;

/**
 * The images of a test that kills the server while pushes stand at several steps: one SIF of its own for each step,
 * its label {@code org.example.note} saying whose step it is, so that what parse-image read after the restart can be
 * told apart.
 */
final class StepImages {

    private static final String LABEL = RowLocks.LABEL;
    private static final Duration READ_WITHIN = Duration.ofMinutes(2);

    private final String owner;
    private final Map<String, Path> images = new LinkedHashMap<>();

    /** Makes an image of 4 MiB for each step, labelled {@code "<owner> <step>"}. */
    StepImages(String owner, List<String> steps) {
        this.owner = owner;
        for (String step : steps) {
            images.put(step, Tools.sif(4 << 20, owner + " " + step));
        }
    }

    Path path(String step) {
        return images.get(step);
    }

    byte[] bytes(String step) {
        try {
            return Files.readAllBytes(path(step));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String sha256(String step) {
        return Api.sha256(path(step));
    }

    /** The step's image as an OCI digest. */
    String digest(String step) {
        return "sha256:" + sha256(step);
    }

    /** Where the library client pulls the step's image in Alice's {@code collection}. */
    String imageFile(String collection, String step) {
        return "v1/imagefile/" + TestUser.ALICE.username() + "/" + collection + "/" + step + ":sha256."
                + sha256(step) + "?arch=" + LibraryPush.ARCH;
    }

    /** The image of {@code step}, tagged v1 in {@code collection}, pulls whole and has been read by parse-image. */
    void assertRead(Api api, String collection, String step) {
        String shub = "api/container/" + collection + "/" + step + ":v1";
        JsonObject metadata = Eventually.await(READ_WITHIN, () -> api.get(shub).expect(200).json()
                .getJsonObject("metadata"), read -> "PARSED".equals(read.getString("parseStatus")),
                "the image of " + step + " to be read");
        assertEquals(owner + " " + step, metadata.getJsonObject("labels").getString(LABEL));
        String image = api.get(shub).expect(200).json().getString("image");
        assertEquals(sha256(step), Api.sha256(api.get(image).expect(200).body()));
    }

    void deleteAll() {
        images.values().forEach(Tools::deleteQuietly);
    }
}
