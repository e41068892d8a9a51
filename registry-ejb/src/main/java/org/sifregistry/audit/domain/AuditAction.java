package org.sifregistry.audit.domain;

/** What an audit event records. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_BLOCKED,
    TOKEN_CREATED,
    TOKEN_REVOKED,
    TOKEN_FIRST_USED,
    PUSH,
    TAG_MOVED,
    FREEZE,
    UNFREEZE,
    DELETE,
    COLLECTION_CREATED,
    COLLECTION_DELETED,
    PRIVACY_CHANGED,
    MEMBERSHIP_CHANGED,
    SHARE_CREATED,
    SHARE_USED,
    SHARE_REVOKED,
    PRIVATE_PULL,
    ROLE_GRANTED,
    ROLE_REVOKED,
    SETTINGS_CHANGED,
    QUOTA_SET
}
