package org.sifregistry.collection.domain;

import java.io.Serializable;
import java.util.StringJoiner;

import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.InvalidInputException;

/**
 * Which images of a collection may go by themselves: all but the last {@code keepLastTags} tags of each container,
 * tags not pulled for {@code unpulledDays} days, images no tag has had for {@code untaggedDays} days. A rule that is
 * null does not apply; frozen tags never go, nor anything of a protected collection. A collection with no rule of
 * its own follows the site's default rules, which admins set.
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

    /** The rules in words, for the audit trail. */
    public String describe() {
        if (isNone()) {
            return "no rules";
        }
        StringJoiner rules = new StringJoiner(", ");
        if (keepLastTags != null) {
            rules.add("keep last " + keepLastTags + " tags");
        }
        if (unpulledDays != null) {
            rules.add("unpulled " + unpulledDays + " days");
        }
        if (untaggedDays != null) {
            rules.add("untagged " + untaggedDays + " days");
        }
        return rules.toString();
    }

    private static void require(String field, Integer value, int max) {
        if (value != null && (value < 1 || value > max)) {
            throw new InvalidInputException(field, ErrorKey.RETENTION_RULE_RANGE, field, max);
        }
    }

    public boolean isNone() {
        return keepLastTags == null && unpulledDays == null && untaggedDays == null;
    }

    /** These rules, or {@code fallback} (the site's default) when there are none: a collection follows the default
     * until its owners give it rules of its own. */
    public RetentionPolicy orElse(RetentionPolicy fallback) {
        return isNone() ? fallback : this;
    }
}
