package org.sifregistry.common.mail;

import java.util.List;

/** One plain-text e-mail to some addresses; fired as a CDI event, it is sent if its transaction commits. */
public record Mail(List<String> to, String subject, String body) {

    public Mail {
        to = to.stream().filter(address -> address != null && !address.isBlank()).distinct().toList();
    }

    /** Whether anyone would get it: people without an e-mail address are not written to. */
    public boolean hasRecipients() {
        return !to.isEmpty();
    }
}
