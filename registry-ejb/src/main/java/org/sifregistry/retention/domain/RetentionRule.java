package org.sifregistry.retention.domain;

/** Why retention lets an image go. */
public enum RetentionRule {
    /** A tag older than the last N tags of its container. */
    KEEP_LAST_TAGS,
    /** A tag not pulled (nor pushed) for N days. */
    NOT_PULLED,
    /** An image no tag has had for N days. */
    UNTAGGED
}
