package org.sifregistry.quota.application;

import java.io.Serializable;

import org.sifregistry.quota.domain.QuotaHolder;
import org.sifregistry.user.domain.ByteQuota;

/** What an account holds against its quota. */
public record QuotaUse(QuotaHolder holder, ByteQuota quota, long usage) implements Serializable {

    /** From this part of the quota on, its account is warned. */
    public static final int WARNING_PERCENT = 90;

    public int percentUsed() {
        return quota.percentUsed(usage);
    }

    public boolean isNearlyFull() {
        return percentUsed() >= WARNING_PERCENT;
    }

    /** The use once {@code added} bytes more are in. */
    public QuotaUse plus(long added) {
        return new QuotaUse(holder, quota, usage + added);
    }

    /** Whether {@code added} bytes more take the account into the warning: its people are told once, then. */
    public boolean entersWarningWith(long added) {
        return !quota.isUnlimited() && !isNearlyFull() && plus(added).isNearlyFull();
    }

    /** The quota in bytes as the library protocol reports it: 0 when there is none. */
    public long total() {
        return quota.isUnlimited() ? 0 : quota.limit();
    }
}
