package org.sifregistry.container.rest.sregistry;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON of the sregistry client's push, with the field names its code uses; named apart from the library
 * protocol's records of the same names in the API's description.
 */
public final class SregistryModels {

    private SregistryModels() {
    }

    /** Step 1's body; the client has already lowercased the names and stripped the file extension. */
    @Schema(name = "SregistryUploadRequest")
    public record UploadRequest(String collection, String name, String tag) {
    }

    /** Step 1's answer: the ticket the client sends back in the {@code collection} field of its upload. */
    public record UploadTicket(long cid) {
    }

    /** Step 2's answer; the client prints it. */
    @Schema(name = "SregistryUploadComplete")
    public record UploadComplete(String message) {

        static final UploadComplete DONE = new UploadComplete("Upload Complete");
    }

    /** Every refusal: the client prints {@code detail} when a failed answer has one. */
    public record Refusal(String detail) {
    }
}
