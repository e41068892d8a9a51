package org.sifregistry.container.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.sifregistry.container.application.ImageReading;
import org.sifregistry.container.application.ParseTarget;
import org.sifregistry.container.domain.Container;
import org.sifregistry.container.domain.ImageSignature;
import org.sifregistry.container.domain.Label;
import org.sifregistry.container.domain.SignatureCheck;
import org.sifregistry.container.domain.TopicName;
import org.sifregistry.sif.DefinitionFile;
import org.sifregistry.sif.SifImage;
import org.sifregistry.sif.SifSignature;

/** Turns what the SIF reader found into what the registry records, within the database's limits. */
final class ImageReadings {

    /** More labels than any build writes; an image with thousands is not browsed by label. */
    static final int MAX_LABELS = 256;

    private ImageReadings() {
    }

    static ImageReading of(ParseTarget target, SifImage image) {
        DefinitionFile definition = DefinitionFile.parse(image.definitionFile() == null ? "" : image.definitionFile());
        // Images built without the generic JSON object still carry both in their definition file
        return new ImageReading(target.containerId(), target.version(), image.definitionFile(),
                Optional.ofNullable(image.runscript()).or(() -> definition.section("runscript")).orElse(null),
                Optional.ofNullable(image.help()).or(() -> definition.section("help")).orElse(null),
                fit(image.architecture(), Container.ARCHITECTURE_MAX_LENGTH),
                labels(definition.labels(), image.labels()),
                definition.operatingSystem().map(TopicName::new).orElse(null),
                image.signatures().stream().map(ImageReadings::signature).toList(),
                null);
    }

    /**
     * The definition file's {@code %labels}, overridden by the image's label objects (what the build actually
     * wrote). A key too long to index is dropped, a value too long is cut.
     */
    static Map<String, String> labels(Map<String, String> fromDefinition, Map<String, String> fromImage) {
        Map<String, String> merged = new LinkedHashMap<>(fromDefinition);
        merged.putAll(fromImage);
        Map<String, String> labels = new LinkedHashMap<>();
        merged.forEach((key, value) -> {
            if (!key.isBlank() && key.length() <= Label.KEY_MAX_LENGTH && labels.size() < MAX_LABELS) {
                labels.put(key, fit(value == null ? "" : value, Label.VALUE_MAX_LENGTH));
            }
        });
        return labels;
    }

    static ImageSignature signature(SifSignature signature) {
        return new ImageSignature(signature.signerFingerprint(), signature.hashType(), signature.signedObjectIds(),
                switch (signature.digestCheck()) {
                    case VERIFIED -> SignatureCheck.VERIFIED;
                    case MISMATCH -> SignatureCheck.MISMATCH;
                    case NOT_CHECKED -> SignatureCheck.NOT_CHECKED;
                }, signature.message());
    }

    private static String fit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
