package org.sifregistry.testing;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server in the test JVM (GreenMail), on the address the ldap failsafe execution gives the server's mail
 * session in REGISTRY_SMTP_HOST and REGISTRY_SMTP_PORT; it keeps what it receives for the test to read.
 */
public final class MailServer implements AutoCloseable {

    public static final int PORT = 10025;

    /** One received e-mail, as its reader sees it. */
    public record Received(List<String> to, String from, String subject, String body) {
    }

    private final GreenMail server;

    private MailServer(GreenMail server) {
        this.server = server;
    }

    public static MailServer start() {
        GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return new MailServer(server);
    }

    /** The e-mails received so far, once there are at least {@code count}; fails after {@code timeout}. */
    public List<Received> await(int count, Duration timeout) {
        if (!server.waitForIncomingEmail(timeout.toMillis(), count)) {
            throw new AssertionError("Fewer than " + count + " e-mails arrived within " + timeout + ": "
                    + received());
        }
        return received();
    }

    public List<Received> received() {
        return Arrays.stream(server.getReceivedMessages()).map(MailServer::read).toList();
    }

    private static Received read(MimeMessage message) {
        try {
            return new Received(Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(Object::toString).toList(), message.getFrom()[0].toString(), message.getSubject(),
                    GreenMailUtil.getBody(message));
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot read a received e-mail", e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
