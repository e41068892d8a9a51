package org.sifregistry.container.domain;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One signature block of an image, summarised: who signed which objects and whether their digests still match.
 * Serializable because the container page's view holds it (in {@code ContainerDetails}), in the HTTP session.
 */
@Embeddable
public class ImageSignature implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An OpenPGP v4 fingerprint is 40 hex digits, v5 and v6 ones 64. */
    public static final int SIGNER_MAX_LENGTH = 64;
    public static final int OBJECTS_MAX_LENGTH = 255;

    @Column(name = "signer", length = SIGNER_MAX_LENGTH)
    private String signer;

    @Column(name = "hash_type", length = 16)
    private String hashType;

    /** The signed objects' ids in the image, comma-separated: "1,2". */
    @Column(name = "signed_objects", length = OBJECTS_MAX_LENGTH)
    private String signedObjects;

    @Enumerated(EnumType.STRING)
    @Column(name = "digest_check", nullable = false, length = 16)
    private SignatureCheck check;

    protected ImageSignature() {
    }

    public ImageSignature(String signer, String hashType, List<Integer> signedObjects, SignatureCheck check) {
        this.signer = truncate(signer, SIGNER_MAX_LENGTH);
        this.hashType = truncate(hashType, 16);
        this.signedObjects = truncate(signedObjects.stream().map(String::valueOf).collect(Collectors.joining(",")),
                OBJECTS_MAX_LENGTH);
        this.check = check;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public String signer() {
        return signer;
    }

    public String hashType() {
        return hashType;
    }

    public String signedObjects() {
        return signedObjects;
    }

    public SignatureCheck check() {
        return check;
    }
}
