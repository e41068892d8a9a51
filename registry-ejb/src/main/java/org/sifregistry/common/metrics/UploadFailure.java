package org.sifregistry.common.metrics;

import java.util.Locale;
import java.util.Set;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.RegistryException;

/** Why an upload failed: the {@code reason} tag of {@code registry_upload_failures_total}, a handful of values. */
public enum UploadFailure {
    /** Beyond the registry's size limit, or larger than the client announced. */
    TOO_LARGE,
    /** The connection ended before the bytes did. */
    BROKE_OFF,
    /** The bytes are not what the client announced: another digest or size. */
    MISMATCH,
    /** Not a SIF or Singularity image. */
    NOT_AN_IMAGE,
    /** The image store had no room left for it. */
    STORE_FULL,
    /** It would have taken an account past its quota. */
    OVER_QUOTA,
    /** Refused for who asked or what is there: no rights, a frozen tag, an unknown collection or upload. */
    REFUSED,
    /** Anything else: the server's fault. */
    ERROR;

    private static final Set<ErrorKey> TOO_LARGE_KEYS = Set.of(ErrorKey.IMAGE_TOO_LARGE,
            ErrorKey.UPLOAD_LARGER_THAN_ANNOUNCED, ErrorKey.UPLOAD_PART_BEYOND_LIMIT, ErrorKey.UPLOAD_PART_LONG);
    private static final Set<ErrorKey> BROKE_OFF_KEYS = Set.of(ErrorKey.UPLOAD_BROKE_OFF,
            ErrorKey.UPLOAD_PART_BROKE_OFF, ErrorKey.UPLOAD_PART_SHORT);
    private static final Set<ErrorKey> MISMATCH_KEYS = Set.of(ErrorKey.UPLOAD_DIGEST_MISMATCH,
            ErrorKey.UPLOAD_SIZE_MISMATCH, ErrorKey.SREGISTRY_UPLOAD_MISMATCH);
    private static final Set<ErrorKey> NOT_AN_IMAGE_KEYS = Set.of(ErrorKey.IMAGE_FORMAT, ErrorKey.IMAGE_EMPTY);

    /** The reason a refusal of the registry's own gives; anything outside its exceptions is an error. */
    public static UploadFailure of(RuntimeException failure) {
        if (!(failure instanceof RegistryException refusal)) {
            return ERROR;
        }
        ErrorKey key = refusal.key();
        if (TOO_LARGE_KEYS.contains(key)) {
            return TOO_LARGE;
        }
        if (BROKE_OFF_KEYS.contains(key)) {
            return BROKE_OFF;
        }
        if (MISMATCH_KEYS.contains(key)) {
            return MISMATCH;
        }
        if (key == ErrorKey.STORE_FULL) {
            return STORE_FULL;
        }
        if (key == ErrorKey.QUOTA_EXCEEDED_USER || key == ErrorKey.QUOTA_EXCEEDED_TEAM) {
            return OVER_QUOTA;
        }
        return NOT_AN_IMAGE_KEYS.contains(key) ? NOT_AN_IMAGE : REFUSED;
    }

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
