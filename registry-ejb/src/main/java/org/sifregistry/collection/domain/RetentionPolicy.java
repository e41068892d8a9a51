package org.sifregistry.collection.domain;

import java.io.Serializable;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;

/**
 * Which images of a collection may go by themselves: all but the last {@code keepLastTags} tags of each container,
 * tags not pulled for {@code unpulledDays} days, images no tag has had for {@code untaggedDays} days. A rule that is
 * null does not apply; frozen tags never go, nor anything of a protected collection.
 */
public record RetentionPolicy(Integer keepLastTags, Integer unpulledDays, Integer untaggedDays)
        implements Serializable {

    public static final RetentionPolicy NONE = new RetentionPolicy(null, null, null);
    /** Ten years: a longer rule is a typo, not a policy. */
    public static final int MAX_DAYS = 3650;
    public static final int MAX_TAGS = 10_000;

    public RetentionPolicy {
        require("keepLastTags", keepLastTags, MAX_TAGS);
        require("unpulledDays", unpulledDays, MAX_DAYS);
        require("untaggedDays", untaggedDays, MAX_DAYS);
    }

    private static void require(String field, Integer value, int max) {
        if (value != null && (value < 1 || value > max)) {
            throw new InvalidInputException(field, ErrorKey.RETENTION_RULE_RANGE, field, max);
        }
    }

    public boolean isNone() {
        return keepLastTags == null && unpulledDays == null && untaggedDays == null;
    }
}
