package org.sifregistry.retention.web;

import java.io.Serializable;

import org.sifregistry.collection.domain.RetentionPolicy;

/** The three rule fields of a retention form as typed: an empty field is no such rule. */
public class RulesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer keepLastTags;
    private Integer unpulledDays;
    private Integer untaggedDays;

    public void show(RetentionPolicy policy) {
        keepLastTags = policy.keepLastTags();
        unpulledDays = policy.unpulledDays();
        untaggedDays = policy.untaggedDays();
    }

    /** The rules typed; refused with the field named when one is out of range. */
    public RetentionPolicy policy() {
        return new RetentionPolicy(keepLastTags, unpulledDays, untaggedDays);
    }

    public Integer getKeepLastTags() {
        return keepLastTags;
    }

    public void setKeepLastTags(Integer keepLastTags) {
        this.keepLastTags = keepLastTags;
    }

    public Integer getUnpulledDays() {
        return unpulledDays;
    }

    public void setUnpulledDays(Integer unpulledDays) {
        this.unpulledDays = unpulledDays;
    }

    public Integer getUntaggedDays() {
        return untaggedDays;
    }

    public void setUntaggedDays(Integer untaggedDays) {
        this.untaggedDays = untaggedDays;
    }
}
