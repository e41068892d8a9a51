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

    /** The quota in bytes as the library protocol reports it: 0 when there is none. */
    public long total() {
        return quota.isUnlimited() ? 0 : quota.limit();
    }
}
