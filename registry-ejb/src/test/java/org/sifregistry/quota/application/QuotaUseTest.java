package org.sifregistry.quota.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sifregistry.common.mail.Mail;
import org.sifregistry.quota.domain.QuotaHolder;
import org.sifregistry.user.domain.ByteQuota;

class QuotaUseTest {

    private static final QuotaHolder ALICE = new QuotaHolder(QuotaHolder.Kind.USER, 1, "alice");
    private static final ByteQuota HUNDRED = new ByteQuota(100);

    @Test
    void onlyThePushThatCrossesNinetyPercentWarns() {
        assertTrue(new QuotaUse(ALICE, HUNDRED, 80).entersWarningWith(10));
        assertFalse(new QuotaUse(ALICE, HUNDRED, 80).entersWarningWith(9), "89 %");
        assertFalse(new QuotaUse(ALICE, HUNDRED, 90).entersWarningWith(5), "warned already");
        assertFalse(new QuotaUse(ALICE, ByteQuota.UNLIMITED, 80).entersWarningWith(1000));
    }

    @Test
    void theWarningSaysWhoseSpaceHowFullAndWhereToLook() {
        Mail mail = QuotaWarning.mail(new QuotaUse(ALICE, HUNDRED, 95), List.of("alice@example.org", ""),
                URI.create("https://registry.example.org/"));

        assertEquals("Images of user alice use 95 % of the quota", mail.subject());
        assertTrue(mail.body().contains("now take 95 bytes of the 100 bytes quota (95 %)"), mail.body());
        assertTrue(mail.body().contains("https://registry.example.org/account/index.xhtml"), mail.body());
        assertEquals(List.of("alice@example.org"), mail.to(), "no blank address");
    }
}
