package org.sifregistry.common.mail;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import javax.naming.InitialContext;
import javax.naming.NamingException;

import org.sifregistry.site.application.RegistryConfig;

/**
 * Sends e-mail through the mail session {@value #SESSION} (mail.cli), off the request's thread, so that a slow or
 * absent SMTP server delays and fails nothing but the e-mail; sends nothing while no SMTP server is configured.
 */
@Stateless
public class MailSender {

    static final String SESSION = "java:jboss/mail/Registry";
    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Inject
    private RegistryConfig config;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void send(Mail mail) {
        if (!config.mailEnabled()) {
            return;
        }
        try {
            Session session = InitialContext.doLookup(SESSION);
            MimeMessage message = new MimeMessage(session);
            message.setFrom();
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", mail.to())));
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.body(), "UTF-8");
            Transport.send(message);
        } catch (NamingException | MessagingException e) {
            LOG.log(Level.WARNING, e, () -> "Could not send \"" + mail.subject() + "\" to " + mail.to());
        }
    }
}
