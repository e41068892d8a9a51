package org.sifregistry.quota.application;

import java.net.URI;
import java.util.List;

import org.sifregistry.common.ByteSize;
import org.sifregistry.common.mail.Mail;
import org.sifregistry.quota.domain.QuotaHolder;

/** The e-mail to the people of an account whose images have just passed the warning part of its quota. */
final class QuotaWarning {

    private QuotaWarning() {
    }

    static Mail mail(QuotaUse use, List<String> to, URI baseUrl) {
        String account = (use.holder().kind() == QuotaHolder.Kind.USER ? "user " : "team ") + use.holder().name();
        return new Mail(to, "Images of " + account + " use " + use.percentUsed() + " % of the quota", """
                The images of %s now take %s of the %s quota (%d %%).

                Pushes that do not fit in the quota are refused. Delete images that are no longer needed, let
                retention rules delete old ones, or ask an administrator for a larger quota.

                %s
                """.formatted(account, ByteSize.readable(use.usage()), use.quota(), use.percentUsed(),
                baseUrl.resolve("account/index.xhtml")));
    }
}
