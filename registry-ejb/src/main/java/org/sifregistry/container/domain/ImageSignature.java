package org.sifregistry.container.domain;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;

/**
 * One signature block of an image, summarised: who signed which objects, whether their digests still match, and
 * whether the signature is genuine ({@link SignatureTrust}, with the keystore's user whose key made it). The signed
 * message itself is kept, so that the signature can be checked again when its signer's key arrives or is revoked.
 * Serializable because the container page's view holds it (in {@code ContainerDetails}), in the HTTP session.
 */
@Embeddable
public class ImageSignature implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An OpenPGP v4 fingerprint is 40 hex digits, v5 and v6 ones 64. */
    public static final int SIGNER_MAX_LENGTH = 64;
    public static final int OBJECTS_MAX_LENGTH = 255;
    public static final int IDENTITY_MAX_LENGTH = 255;
    /** Apptainer's signed metadata is a few kilobytes; a larger message is not kept, nor checked again. */
    public static final int MESSAGE_MAX_LENGTH = 64 * 1024;

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

    /** Null for signatures read before the keystore existed: they count as {@link SignatureTrust#UNKNOWN_KEY}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "trust", length = 16)
    private SignatureTrust trust;

    /** The user whose keystore key made a verified or revoked signature. */
    @Column(name = "signed_by", length = 64)
    private String signedBy;

    /** That key's first user id ("Name &lt;address&gt;"). */
    @Column(name = "signer_identity", length = IDENTITY_MAX_LENGTH)
    private String signerIdentity;

    /** Whether that key carries the e-mail address the directory gave its user. */
    @Column(name = "identity_confirmed", nullable = false)
    private boolean identityConfirmed;

    /** The clearsigned message, for checking the signature again; null when too large. */
    @Lob
    @Column(name = "message")
    private String message;

    protected ImageSignature() {
    }

    public ImageSignature(String signer, String hashType, List<Integer> signedObjects, SignatureCheck check,
                          String message) {
        this.signer = truncate(signer, SIGNER_MAX_LENGTH);
        this.hashType = truncate(hashType, 16);
        this.signedObjects = truncate(signedObjects.stream().map(String::valueOf).collect(Collectors.joining(",")),
                OBJECTS_MAX_LENGTH);
        this.check = check;
        this.message = message == null || message.length() > MESSAGE_MAX_LENGTH ? null : message;
        this.trust = SignatureTrust.UNKNOWN_KEY;
    }

    /** This signature as the keystore now judges it: by {@code signedBy}'s key known as {@code identity}. */
    public ImageSignature judged(SignatureTrust verdict, String signedBy, String identity, boolean confirmed) {
        ImageSignature judged = new ImageSignature();
        judged.signer = signer;
        judged.hashType = hashType;
        judged.signedObjects = signedObjects;
        judged.check = check;
        judged.message = message;
        judged.trust = verdict;
        judged.signedBy = signedBy;
        judged.signerIdentity = truncate(identity, IDENTITY_MAX_LENGTH);
        judged.identityConfirmed = confirmed;
        return judged;
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

    public SignatureTrust trust() {
        return trust == null ? SignatureTrust.UNKNOWN_KEY : trust;
    }

    /** A genuine signature whose digests still match the image: what makes an image signed. */
    public boolean isVerified() {
        return isVerified(trust, check);
    }

    /** Whether a signature so judged (its trust null for one read before the keystore existed) is verified. */
    static boolean isVerified(SignatureTrust trust, SignatureCheck check) {
        return trust == SignatureTrust.VERIFIED && check == SignatureCheck.VERIFIED;
    }

    public String signedBy() {
        return signedBy;
    }

    public String signerIdentity() {
        return signerIdentity;
    }

    public boolean identityConfirmed() {
        return identityConfirmed;
    }

    public String message() {
        return message;
    }
}
