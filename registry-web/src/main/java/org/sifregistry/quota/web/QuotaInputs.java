package org.sifregistry.quota.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.sifregistry.common.web.PageMessages;
import org.sifregistry.quota.application.QuotaUse;
import org.sifregistry.user.domain.ByteQuota;

/**
 * The quotas an admin types into a table of accounts, by account name, each kept until it is set: a quota, or
 * "default" to follow the registry's default for the account's kind again.
 */
public final class QuotaInputs implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> typed = new HashMap<>();

    /** What the table's fields bind to. */
    public Map<String, String> typed() {
        return typed;
    }

    /**
     * Sets the quota typed for {@code account} through {@code setQuota} (given null for "default") and says so with
     * {@code changedKey}, whose parameters are the account and its quota now; a refusal goes to the page instead.
     */
    public void set(String account, Function<ByteQuota, QuotaUse> setQuota, PageMessages messages, String changedKey) {
        String written = typed.remove(account);
        messages.attempt(() -> setQuota.apply(ByteQuota.parseOverride(written).orElse(null)))
                .ifPresent(use -> messages.info(changedKey, account, use.quota()));
    }
}
