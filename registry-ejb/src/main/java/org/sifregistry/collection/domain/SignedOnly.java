package org.sifregistry.collection.domain;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;
import org.sifregistry.container.domain.ImageSignature;

/** Which images a collection takes: any, or only those its owners require a verified signature on. */
public enum SignedOnly {
    /** Any image, signed or not. */
    OFF,
    /** Images with a verified signature (a keystore key's, digests matching) by anyone. */
    VERIFIED,
    /** Images with a verified signature by a key of someone who belongs to the collection. */
    MEMBERS;

    /** The rule named {@code text}, in any case. */
    public static SignedOnly parse(String text) {
        try {
            return valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("rule", ErrorKey.SIGNED_ONLY_RULE, text);
        }
    }

    /**
     * Refuses an image whose signatures, judged by the keystore, do not satisfy this rule, saying what is missing.
     *
     * @param isMember whether a user belongs to the collection (owner, contributor, member of one of its teams)
     */
    public void require(String collection, List<ImageSignature> judged, Predicate<String> isMember) {
        if (this == OFF) {
            return;
        }
        if (judged.isEmpty()) {
            throw new UnsignedImageException(ErrorKey.SIGNED_ONLY_UNSIGNED, collection);
        }
        List<ImageSignature> verified = judged.stream().filter(ImageSignature::isVerified).toList();
        if (verified.isEmpty()) {
            throw new UnsignedImageException(ErrorKey.SIGNED_ONLY_UNVERIFIED, collection, verdicts(judged));
        }
        if (this == MEMBERS && verified.stream().noneMatch(s -> isMember.test(s.signedBy()))) {
            throw new UnsignedImageException(ErrorKey.SIGNED_ONLY_NOT_MEMBER, collection,
                    String.join(", ", verified.stream().map(ImageSignature::signedBy).distinct().toList()));
        }
    }

    /** "unknown key 0x…, bad signature by alice": what the pusher has to put right. */
    private static String verdicts(List<ImageSignature> judged) {
        return String.join(", ", judged.stream().map(s -> switch (s.trust()) {
            case UNKNOWN_KEY -> "a key the keystore does not have (" + s.signer() + ")";
            case BAD_SIGNATURE -> "a bad signature by " + s.signedBy() + "'s key";
            case REVOKED_KEY -> "a revoked key of " + s.signedBy();
            case VERIFIED -> "a signature by " + s.signedBy() + " over objects that changed since";
            case NO_CERTIFICATE -> "an X.509 or PEM-key signature that no trusted certificate uploaded here made";
        }).toList());
    }
}
