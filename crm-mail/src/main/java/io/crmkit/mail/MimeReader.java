package io.crmkit.mail;

import io.crmkit.CrmException;
import io.crmkit.client.Email;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one raw RFC 5322 message into a {@link ParsedLetter}: addresses, decoded headers (RFC 2047),
 * plain and HTML bodies in their declared charsets (UTF-8, windows-1251, KOI8-R, …), sanitized HTML,
 * attachments with their declared names as data, thread references and auto-reply markers. It works
 * on bytes already fetched, so a failure here is the message's fault, never the network's.
 */
final class MimeReader {
    private static final Pattern MSG_ID = Pattern.compile("<[^<>\\s\"]{1,990}>");
    private static final Pattern CONTENT_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*");
    private static final int MAX_REFERENCES = 50;
    private static final int MAX_NAME = 255;
    private static final int MAX_PARTS = 500;
    private static final int MAX_DEPTH = 20;
    /** Bodies longer than this are cut, so that any storage can keep them. */
    static final int MAX_BODY_CHARS = 500_000;
    /** The most attachments a letter may carry; more is quarantined. */
    static final int MAX_ATTACHMENTS = 100;
    /** The most To or Cc addresses kept. */
    static final int MAX_RECIPIENTS = 200;

    private final Session session;

    MimeReader() {
        Properties p = new Properties();
        p.setProperty("mail.mime.address.strict", "false");
        p.setProperty("mail.mime.allowutf8", "true");
        this.session = Session.getInstance(p);
    }

    /**
     * @param receivedAt the moment to use when the letter carries no valid Date
     * @throws MalformedLetterException with a reason fit for the quarantine
     */
    ParsedLetter read(byte[] raw, Instant receivedAt) throws MalformedLetterException {
        try {
            MimeMessage m = new MimeMessage(session, new ByteArrayInputStream(raw));
            MailAddress from = from(m);
            List<MailAddress> to = addresses(m, "To");
            List<MailAddress> cc = addresses(m, "Cc");
            String subject = singleLine(subject(m), 1000);
            Instant sentAt = m.getSentDate() == null ? receivedAt : m.getSentDate().toInstant();
            Body body = new Body();
            walk(m, body, 0);
            String html = Html.sanitize(body.html == null ? null : cut(body.html.toString()));
            if (html != null && html.length() > MAX_BODY_CHARS) {
                html = null;
            }
            String text = cut(body.text == null ? Html.text(html) : body.text.toString());
            if (body.parts.size() > MAX_ATTACHMENTS) {
                throw new MalformedLetterException("has " + body.parts.size() + " attachments, more than "
                        + MAX_ATTACHMENTS, null);
            }
            List<String> references = new ArrayList<>(ids(m, "In-Reply-To"));
            for (String r : ids(m, "References")) {
                if (!references.contains(r)) {
                    references.add(r);
                }
            }
            if (references.size() > MAX_REFERENCES) {
                references = new ArrayList<>(references.subList(references.size() - MAX_REFERENCES, references.size()));
            }
            String messageId = messageId(m, raw);
            return new ParsedLetter(messageId, from, to, cc, subject, sentAt, clean(text), html, body.parts,
                    references, AutoReplies.reason(m, subject));
        } catch (MessagingException | IOException | RuntimeException e) {
            if (e instanceof CrmException) {
                throw new MalformedLetterException("not a valid letter: " + e.getMessage(), e);
            }
            throw new MalformedLetterException("cannot be read as MIME: " + e.getClass().getSimpleName() + ": "
                    + CrmException.render(e.getMessage()), e);
        }
    }

    private static final class Body {
        StringBuilder text;
        StringBuilder html;
        final List<ParsedLetter.Part> parts = new ArrayList<>();
        int seen;
    }

    private void walk(Part p, Body body, int depth) throws MessagingException, IOException, MalformedLetterException {
        if (depth > MAX_DEPTH || ++body.seen > MAX_PARTS) {
            throw new MalformedLetterException("has more than " + MAX_PARTS + " parts or is nested deeper than "
                    + MAX_DEPTH + " levels", null);
        }
        String type = baseType(p);
        String name = fileName(p);
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition(p)) || name != null;
        if (type.startsWith("multipart/") && !attachment) {
            Object content = p.getContent();
            if (!(content instanceof Multipart mp)) {
                throw new MalformedLetterException("declares " + type + " but its body is not a multipart", null);
            }
            int n = mp.getCount();
            for (int i = 0; i < n; i++) {
                BodyPart child = mp.getBodyPart(i);
                walk(child, body, depth + 1);
            }
            return;
        }
        if (!attachment && type.equals("text/plain")) {
            String s = decode(p);
            if (body.text == null) {
                body.text = new StringBuilder(s);
            } else {
                body.text.append("\n\n").append(s);
            }
            return;
        }
        if (!attachment && type.equals("text/html")) {
            String s = decode(p);
            if (body.html == null) {
                body.html = new StringBuilder(s);
            } else {
                body.html.append(s);
            }
            return;
        }
        if (p instanceof Message && !attachment && type.startsWith("text/")) {
            body.text = new StringBuilder(decode(p));
            return;
        }
        byte[] content;
        try (InputStream in = p.getInputStream()) {
            content = in.readAllBytes();
        }
        if (name == null && type.equals("message/rfc822")) {
            name = "message.eml";
        }
        body.parts.add(new ParsedLetter.Part(name == null ? "" : name, type, content));
    }

    /** The decoded text of a text part, by its declared charset; unknown charsets fall back to UTF-8. */
    static String decode(Part p) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = p.getInputStream()) {
            bytes = in.readAllBytes();
        }
        Charset cs = charset(p);
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, cs);
        }
    }

    private static Charset charset(Part p) throws MessagingException {
        String declared;
        try {
            declared = new ContentType(p.getContentType()).getParameter("charset");
        } catch (MessagingException | RuntimeException e) {
            declared = null;
        }
        if (declared == null || declared.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(MimeUtility.javaCharset(declared.strip()));
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String baseType(Part p) {
        try {
            String t = new ContentType(p.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
            return CONTENT_TYPE.matcher(t).matches() ? t : "application/octet-stream";
        } catch (MessagingException | RuntimeException e) {
            return "text/plain";
        }
    }

    private static String disposition(Part p) {
        try {
            return p.getDisposition();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    /** The declared file name, decoded (RFC 2231 and RFC 2047) and made a single line; data only. */
    private static String fileName(Part p) {
        String n;
        try {
            n = p.getFileName();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
        if (n == null || n.isBlank()) {
            return null;
        }
        if (n.contains("=?")) {
            try {
                n = MimeUtility.decodeText(n);
            } catch (IOException | RuntimeException e) {
                // keep the name as written: it is data only
            }
        }
        String s = singleLine(n, MAX_NAME);
        return s.isEmpty() ? null : s;
    }

    private static String subject(MimeMessage m) throws MessagingException {
        try {
            return m.getSubject();
        } catch (MessagingException | RuntimeException e) {
            String[] raw = m.getHeader("Subject");
            return raw == null ? null : raw[0];
        }
    }

    private static MailAddress from(MimeMessage m) throws MessagingException, MalformedLetterException {
        String[] raw = m.getHeader("From");
        if (raw == null || raw.length == 0) {
            throw new MalformedLetterException("has no From header", null);
        }
        List<MailAddress> found = parse(raw[0]);
        if (found.isEmpty()) {
            throw new MalformedLetterException("From header has no valid address: " + CrmException.render(raw[0]), null);
        }
        return found.get(0);
    }

    private static List<MailAddress> addresses(MimeMessage m, String header) throws MessagingException {
        String raw = m.getHeader(header, ",");
        List<MailAddress> all = raw == null ? List.of() : parse(raw);
        return all.size() > MAX_RECIPIENTS ? all.subList(0, MAX_RECIPIENTS) : all;
    }

    private static String cut(String s) {
        if (s == null || s.length() <= MAX_BODY_CHARS) {
            return s;
        }
        return s.substring(0, MAX_BODY_CHARS - 20) + "\n[… cut by crmkit]";
    }

    /** The valid addresses in a header; what crmkit cannot accept as an e-mail is left out. */
    private static List<MailAddress> parse(String header) {
        Address[] parsed;
        try {
            parsed = InternetAddress.parseHeader(header, false);
        } catch (AddressException e) {
            return List.of();
        }
        List<MailAddress> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Address a : parsed) {
            if (a instanceof InternetAddress ia && ia.getAddress() != null && Email.isValid(ia.getAddress().strip())) {
                Email e = Email.of(ia.getAddress());
                if (seen.add(e.key())) {
                    String name = ia.getPersonal() == null ? null : singleLine(ia.getPersonal(), 300);
                    out.add(new MailAddress(e, name == null || name.isEmpty() ? null : name));
                }
            }
        }
        return out;
    }

    private static List<String> ids(MimeMessage m, String header) throws MessagingException {
        String raw = m.getHeader(header, " ");
        if (raw == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Matcher x = MSG_ID.matcher(raw);
        while (x.find() && out.size() < 2 * MAX_REFERENCES) {
            out.add(x.group());
        }
        return out;
    }

    /** The letter's Message-ID, or a content hash where it has none (or an unusable one). */
    static String messageId(MimeMessage m, byte[] raw) throws MessagingException {
        String[] v = m.getHeader("Message-ID");
        if (v != null && v.length > 0) {
            String id = v[0].strip();
            if (MSG_ID.matcher(id).matches()) {
                return id;
            }
        }
        return "<" + contentHash(m, raw) + "@hash.crmkit>";
    }

    /**
     * A hash over what a letter's copies in different mailboxes share: the author's headers
     * (From, To, Cc, Date, Subject) and the body bytes, not the Received or Delivered-To lines a
     * server adds.
     */
    private static String contentHash(MimeMessage m, byte[] raw) throws MessagingException {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (String h : new String[] {"From", "To", "Cc", "Date", "Subject"}) {
                String v = m.getHeader(h, ",");
                d.update((h + ":" + (v == null ? "" : MimeUtility.unfold(v).strip()) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            int start = bodyStart(raw);
            d.update(raw, start, raw.length - start);
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    private static int bodyStart(byte[] raw) {
        for (int i = 0; i + 1 < raw.length; i++) {
            if (raw[i] == '\n' && raw[i + 1] == '\n') {
                return i + 2;
            }
            if (raw[i] == '\n' && raw[i + 1] == '\r' && i + 2 < raw.length && raw[i + 2] == '\n') {
                return i + 3;
            }
        }
        return raw.length;
    }

    /** A single line of at most {@code max} characters: control characters become spaces. */
    static String singleLine(String s, int max) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), max));
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? ' ' : c);
        }
        return b.toString().strip();
    }

    /** Text with line breaks and tabs kept and other control characters (NUL, …) removed. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isISOControl(c) || c == '\n' || c == '\r' || c == '\t') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
