package org.sifregistry.retention.application;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.sifregistry.common.ByteSize;
import org.sifregistry.common.mail.Mail;
import org.sifregistry.retention.domain.RetentionCandidate;

/** The e-mail that tells an owner which of their tags and images retention rules delete, and from when. */
final class RetentionNotice {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private RetentionNotice() {
    }

    static Mail mail(String to, List<RetentionCandidate> items, Duration notice, URI baseUrl) {
        String list = items.stream()
                .map(item -> "  " + item.ref() + "  (" + ByteSize.readable(item.size()) + ", " + item.rule().reason()
                        + ", from " + DAY.format(item.dueAt()) + ")")
                .collect(Collectors.joining("\n"));
        return new Mail(List.of(to), items.size() + (items.size() == 1 ? " image goes" : " images go") + " in "
                + notice.toDays() + " days by retention rules", """
                The retention rules of your collections delete these in %d days:

                %s

                To keep one, freeze its tag, protect its collection or change the collection's rules. What goes
                soon is also listed on your account page:

                %s
                """.formatted(notice.toDays(), list, baseUrl.resolve("account/index.xhtml")));
    }
}
