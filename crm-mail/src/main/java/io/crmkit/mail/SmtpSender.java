package io.crmkit.mail;

import io.crmkit.CrmException;
import io.crmkit.InvalidInputException;
import io.crmkit.NotFoundException;
import io.crmkit.StorageException;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends outbox letters over SMTP with Jakarta Mail. Every header value is checked to be a single
 * line first (a value carrying CR or LF is refused, never silently cleaned), and the letter keeps
 * the Message-ID it was given when it was queued.
 */
final class SmtpSender implements MailSender {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpSender.class);
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s\"@]+@[^<>\\s\"@]+>");

    private final MailServerConfig config;
    private final Clock clock;
    private final Session session;

    SmtpSender(MailServerConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.session = Session.getInstance(config.sessionProperties("smtp"));
    }

    @Override
    public void send(OutgoingLetter letter, AttachmentStore attachments) {
        MimeMessage m = build(letter, attachments);
        try (Transport t = session.getTransport("smtp")) {
            if (config.hasCredentials()) {
                t.connect(config.host(), config.port(), config.username(), config.password());
            } else {
                t.connect(config.host(), config.port(), null, null);
            }
            t.sendMessage(m, m.getAllRecipients());
            LOG.info("Sent letter {} {} to {} recipient(s) via {}:{}", letter.id(), letter.messageId(),
                    letter.to().size() + letter.cc().size(), config.host(), config.port());
        } catch (MessagingException e) {
            throw new StorageException("mail.send", "SMTP server " + config.host() + ":" + config.port()
                    + " did not take letter " + letter.id() + ": " + CrmException.render(e.getMessage()), e);
        }
    }

    /** The MIME message for a letter; refuses header values with line breaks. */
    MimeMessage build(OutgoingLetter l, AttachmentStore store) {
        singleLine("messageId", l.messageId());
        if (!MESSAGE_ID.matcher(l.messageId()).matches()) {
            throw new InvalidInputException("messageId", l.messageId(), "is not a Message-ID like <id@host>");
        }
        singleLine("subject", l.subject());
        address("from", l.from());
        for (int i = 0; i < l.to().size(); i++) {
            address("to[" + i + "]", l.to().get(i));
        }
        for (int i = 0; i < l.cc().size(); i++) {
            address("cc[" + i + "]", l.cc().get(i));
        }
        for (int i = 0; i < l.attachments().size(); i++) {
            AttachmentRef a = l.attachments().get(i);
            singleLine("attachments[" + i + "].declaredName", a.declaredName());
            singleLine("attachments[" + i + "].contentType", a.contentType());
        }
        try {
            String messageId = l.messageId();
            MimeMessage m = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            m.setFrom(internet(l.from()));
            m.setRecipients(Message.RecipientType.TO, internet(l.to()));
            if (!l.cc().isEmpty()) {
                m.setRecipients(Message.RecipientType.CC, internet(l.cc()));
            }
            m.setSubject(l.subject() == null ? "" : l.subject(), StandardCharsets.UTF_8.name());
            m.setSentDate(Date.from(clock.instant()));
            String text = l.text() == null ? "" : l.text();
            boolean html = l.html() != null && !l.html().isBlank();
            if (l.attachments().isEmpty() && !html) {
                m.setText(text, StandardCharsets.UTF_8.name());
            } else if (l.attachments().isEmpty()) {
                m.setContent(alternative(text, l.html()));
            } else {
                MimeMultipart mixed = new MimeMultipart("mixed");
                MimeBodyPart body = new MimeBodyPart();
                if (html) {
                    body.setContent(alternative(text, l.html()));
                } else {
                    body.setText(text, StandardCharsets.UTF_8.name());
                }
                mixed.addBodyPart(body);
                for (int i = 0; i < l.attachments().size(); i++) {
                    AttachmentRef a = l.attachments().get(i);
                    byte[] content = store.content(a.id())
                            .orElseThrow(() -> new NotFoundException("attachment", a.id()));
                    MimeBodyPart part = new MimeBodyPart();
                    part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, a.contentType())));
                    part.setFileName(a.declaredName().isEmpty() ? "attachment-" + (i + 1) : a.declaredName());
                    part.setDisposition(MimeBodyPart.ATTACHMENT);
                    mixed.addBodyPart(part);
                }
                m.setContent(mixed);
            }
            m.saveChanges();
            return m;
        } catch (MessagingException e) {
            throw new InvalidInputException("letter", l.id(), "cannot be written as MIME: " + e.getMessage());
        }
    }

    private static MimeMultipart alternative(String text, String html) throws MessagingException {
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, StandardCharsets.UTF_8.name());
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html, StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alt = new MimeMultipart("alternative");
        alt.addBodyPart(plain);
        alt.addBodyPart(rich);
        return alt;
    }

    private static InternetAddress[] internet(List<MailAddress> as) {
        InternetAddress[] out = new InternetAddress[as.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = internet(as.get(i));
        }
        return out;
    }

    private static InternetAddress internet(MailAddress a) {
        try {
            return new InternetAddress(a.email().value(), a.name(), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is missing from the JDK", e);
        }
    }

    private static void address(String field, MailAddress a) {
        singleLine(field, a.email().value());
        singleLine(field + ".name", a.name());
    }

    /** Refuses a header value that carries CR, LF or another control character. */
    static void singleLine(String field, String value) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || (Character.isISOControl(c) && c != '\t')) {
                throw new InvalidInputException(field, value, "must be a single line: CR, LF and control characters"
                        + " are refused in mail headers");
            }
        }
    }
}
