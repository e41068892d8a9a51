package org.sifregistry.container.application;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.util.List;

import org.sifregistry.container.domain.ImageSignature;

/**
 * Reads the signatures of an image as {@code parse-image} does, not yet judged: for a push into a collection that
 * takes signed images only, before the image is kept. The batch module, which has the SIF reader, provides it.
 */
public interface ImageSignatureReader {

    /** The image's signatures; none for an image that is not a readable SIF. */
    List<ImageSignature> signatures(SeekableByteChannel image) throws IOException;
}
