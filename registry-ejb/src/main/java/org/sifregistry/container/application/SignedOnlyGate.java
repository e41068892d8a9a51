package org.sifregistry.container.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SeekableByteChannel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.sifregistry.collection.domain.Collection;
import org.sifregistry.collection.domain.SignedOnly;
import org.sifregistry.key.application.SignatureJudge;

/**
 * Lets an image into a collection only if its signatures satisfy the collection's {@link SignedOnly} rule, judged
 * with the keystore as {@code parse-image} will judge them; read at completion, on every protocol, before anything
 * of the push is kept. Joins the caller's transaction.
 */
@ApplicationScoped
public class SignedOnlyGate {

    /** Opens the image's bytes: a staged upload, or content already stored. */
    @FunctionalInterface
    public interface Content {
        SeekableByteChannel open() throws IOException;
    }

    /** Unsatisfied in a deployment without the batch module (the services' tests): nothing there is signed-only. */
    @Inject
    private Instance<ImageSignatureReader> readers;

    @Inject
    private SignatureJudge judge;

    public void admit(Collection collection, Content content) {
        SignedOnly rule = collection.signedOnly();
        if (rule == SignedOnly.OFF) {
            return;
        }
        try (SeekableByteChannel image = content.open()) {
            rule.require(collection.name().value(), readers.get().signatures(image).stream().map(judge.newRun())
                    .toList(), collection::hasMember);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signatures of an image for " + collection.name(), e);
        }
    }
}
