package io.crmkit.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Limits and hostile headers, read straight from bytes (the server adds nothing to these cases). */
class MimeReaderTest {
    private static final Instant NOW = Instant.parse("2026-03-27T09:00:00Z");
    private final MimeReader reader = new MimeReader();

    private ParsedLetter read(String raw) throws MalformedLetterException {
        return reader.read(raw.getBytes(StandardCharsets.UTF_8), NOW);
    }

    @Test
    void tooManyAttachmentsIsQuarantinedWithTheCount() {
        StringBuilder b = new StringBuilder("From: a@b.example\r\nSubject: many\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"x\"\r\n\r\n");
        for (int i = 0; i <= MimeReader.MAX_ATTACHMENTS; i++) {
            b.append("--x\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"f")
                    .append(i).append(".bin\"\r\n\r\nx\r\n");
        }
        b.append("--x--\r\n");

        assertThatThrownBy(() -> read(b.toString())).isInstanceOf(MalformedLetterException.class)
                .hasMessageContaining((MimeReader.MAX_ATTACHMENTS + 1) + " attachments");
    }

    @Test
    void aHugeBodyIsCutSoThatAnyStorageKeepsIt() throws Exception {
        String body = "x".repeat(MimeReader.MAX_BODY_CHARS + 1000);

        ParsedLetter p = read(MailWorld.letter("a@b.example", "c@d.example", "big", "<big@b.example>", body));

        assertThat(p.text()).hasSize(MimeReader.MAX_BODY_CHARS - 20 + "\n[… cut by crmkit]".length()).endsWith("cut by crmkit]");
    }

    @Test
    void anUnusableMessageIdIsReplacedByAStableContentHash() throws Exception {
        String a = MailWorld.letter("a@b.example", "c@d.example", "s", "not an id with spaces", "same body");
        String b = "Received: from somewhere\r\nDelivered-To: other@d.example\r\n" + a;

        ParsedLetter pa = read(a);
        ParsedLetter pb = read(b);

        assertThat(pa.messageId()).matches("<[0-9a-f]{64}@hash\\.crmkit>").isEqualTo(pb.messageId());
        assertThat(read(MailWorld.letter("a@b.example", "c@d.example", "s", null, "other body")).messageId())
                .isNotEqualTo(pa.messageId());
    }

    @Test
    void headersAreReadIntoSingleLinesAndOnlyValidAddressesAreKept() throws Exception {
        String raw = "From: \"Eve\" <eve@evil.example>\r\nTo: ok@d.example, broken@@x, \"Name\" <second@d.example>\r\n"
                + "Subject: folded\r\n  subject line\r\nMessage-ID: <m@evil.example>\r\n"
                + "In-Reply-To: <a@x.example> junk <b@x.example>\r\nReferences: <r@x.example> <a@x.example>\r\n\r\nbody\r\n";

        ParsedLetter p = read(raw);

        assertThat(p.subject()).isEqualTo("folded  subject line");
        assertThat(p.to()).extracting(t -> t.email().value()).containsExactly("ok@d.example", "second@d.example");
        assertThat(p.references()).containsExactly("<a@x.example>", "<b@x.example>", "<r@x.example>");
        assertThat(p.sentAt()).as("no Date header: the moment it was read").isEqualTo(NOW);
    }

    @Test
    void aLetterWithoutFromIsMalformed() {
        assertThatThrownBy(() -> read("To: c@d.example\r\nSubject: who?\r\n\r\nbody\r\n"))
                .isInstanceOf(MalformedLetterException.class).hasMessageContaining("From");
    }

    @Test
    void invalidBase64IsMalformedNotSilentlyDropped() {
        String raw = "From: a@b.example\r\nSubject: bad\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n!!!! not base64 ####\r\n";

        assertThatThrownBy(() -> read(raw)).isInstanceOf(MalformedLetterException.class);
    }
}
