package org.sifregistry.retention.domain;

/** Why retention lets an image go. */
public enum RetentionRule {
    /** A tag older than the last N tags of its container. */
    KEEP_LAST_TAGS("not among the last tags"),
    /** A tag not pulled (nor pushed) for N days. */
    NOT_PULLED("not pulled"),
    /** An image no tag has had for N days. */
    UNTAGGED("untagged");

    private final String reason;

    RetentionRule(String reason) {
        this.reason = reason;
    }

    /** Why the rule lets an image go, as the owners' notice and the retention pages list it. */
    public String reason() {
        return reason;
    }
}
