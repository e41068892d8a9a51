package org.sifregistry.container.batch;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.sifregistry.container.application.ImageSignatureReader;
import org.sifregistry.container.domain.ImageSignature;
import org.sifregistry.sif.SifFormatException;
import org.sifregistry.sif.SifLimits;
import org.sifregistry.sif.SifReader;

/** The signatures of a SIF, read as {@code parse-image} reads them, for a collection that takes signed images only. */
@ApplicationScoped
public class SifSignatureReader implements ImageSignatureReader {

    private static final SifReader READER = new SifReader(SifLimits.DEFAULTS);

    @Override
    public List<ImageSignature> signatures(SeekableByteChannel image) throws IOException {
        try {
            return READER.read(image).signatures().stream().map(ImageReadings::signature).toList();
        } catch (SifFormatException e) {
            return List.of();
        }
    }
}
