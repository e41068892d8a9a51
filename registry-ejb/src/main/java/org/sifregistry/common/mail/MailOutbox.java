package org.sifregistry.common.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Hands each e-mail a service fired to the sender once its transaction has committed: none for a rolled-back push. */
@ApplicationScoped
public class MailOutbox {

    @Inject
    private MailSender sender;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mail mail) {
        if (mail.hasRecipients()) {
            sender.send(mail);
        }
    }
}
