package org.sifregistry.quota.domain;

import org.sifregistry.common.ByteSize;
import org.sifregistry.common.ErrorKey;
import org.sifregistry.common.RegistryException;
import org.sifregistry.user.domain.ByteQuota;

/** An image that would take an account past its quota: refused with what is used, the quota and what it needs. */
public class QuotaExceededException extends RegistryException {

    public QuotaExceededException(QuotaHolder holder, ByteQuota quota, long usage, long added) {
        super(holder.kind() == QuotaHolder.Kind.USER ? ErrorKey.QUOTA_EXCEEDED_USER : ErrorKey.QUOTA_EXCEEDED_TEAM,
                holder.name(), quota, ByteSize.readable(usage), ByteSize.readable(added));
    }
}
