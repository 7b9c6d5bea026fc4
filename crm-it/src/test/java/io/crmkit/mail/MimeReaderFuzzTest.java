package io.crmkit.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.crmkit.it.support.Seeds;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The MIME reader of crm-mail fed thousands of randomly mutated letters (seeded; the seed is
 * printed): each is either read into a letter or refused with crmkit's own
 * {@link MalformedLetterException} (which the poller turns into a quarantine entry); no other
 * exception or error escapes, and no batch hangs. What is read is bounded: a single-line subject,
 * bodies cut to the documented size. This test lives in the package of the reader because the
 * reader is not public API.
 */
class MimeReaderFuzzTest {
    private static final int LETTERS = 2000;
    private static final int BATCH = 250;

    private static final List<String> SEEDS = List.of(
            "From: Ivan Ivanov <ivan@romashka.example>\r\nTo: anna@example.com\r\nSubject: Offer\r\n"
                    + "Message-ID: <a1@romashka.example>\r\nDate: Fri, 13 Mar 2026 10:00:00 +0300\r\n"
                    + "Content-Type: text/plain; charset=utf-8\r\n\r\nHello, we want a demo.\r\n",
            "From: =?utf-8?B?0JjQstCw0L0=?= <ivan@romashka.example>\r\nTo: anna@example.com, b@example.com\r\n"
                    + "Cc: c@example.com\r\nSubject: =?utf-8?Q?=D0=9F=D1=80=D0=B8=D0=B2=D0=B5=D1=82?=\r\n"
                    + "In-Reply-To: <crmkit.1@example.com>\r\nReferences: <r0@x.example> <crmkit.1@example.com>\r\n"
                    + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                    + "--b1\r\nContent-Type: multipart/alternative; boundary=\"b2\"\r\n\r\n"
                    + "--b2\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                    + "=D0=9F=D1=80=D0=B8=D0=B2=D0=B5=D1=82\r\n"
                    + "--b2\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p onclick=\"x()\">Hi<script>alert(1)</script></p>\r\n"
                    + "--b2--\r\n--b1\r\nContent-Type: application/pdf; name=\"offer.pdf\"\r\n"
                    + "Content-Disposition: attachment; filename=\"../../etc/offer.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                    + "JVBERi0xLjQKJcfsj6IK\r\n--b1--\r\n",
            "From: MAILER-DAEMON@example.com\r\nTo: anna@example.com\r\nSubject: Auto-Reply: out of office\r\n"
                    + "Auto-Submitted: auto-replied\r\nContent-Type: text/html\r\n\r\n<html><body><img src=x onerror=alert(1)>away</body></html>\r\n");

    @Test
    void mutatedLettersAreReadOrRefusedWithCrmkitsOwnException() {
        long seed = Seeds.seed("MimeReaderFuzzTest", 515L);
        int total = Seeds.count("crmkit.mime.letters", LETTERS);
        Random r = new Random(seed);
        MimeReader reader = new MimeReader();
        Instant received = Instant.parse("2026-03-13T09:00:00Z");
        int[] outcome = new int[2];
        List<String> escaped = new ArrayList<>();
        for (int done = 0; done < total; done += BATCH) {
            int batchStart = done;
            List<byte[]> batch = new ArrayList<>();
            for (int k = 0; k < Math.min(BATCH, total - done); k++) {
                batch.add(mutate(r, SEEDS.get(r.nextInt(SEEDS.size())).getBytes(StandardCharsets.UTF_8)));
            }
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                for (int k = 0; k < batch.size(); k++) {
                    byte[] raw = batch.get(k);
                    ParsedLetter letter = null;
                    try {
                        letter = reader.read(raw, received);
                        outcome[0]++;
                    } catch (MalformedLetterException e) {
                        outcome[1]++;
                        assertThat(e.getMessage()).isNotBlank();
                    } catch (RuntimeException | Error e) {
                        escaped.add("letter " + (batchStart + k) + ": " + e + "\n" + new String(raw, StandardCharsets.ISO_8859_1));
                    }
                    if (letter != null) {
                        checkBounded(letter, batchStart + k);
                    }
                }
            }, () -> "a batch of letters from " + batchStart + " hung (seed " + seed + ")");
        }
        System.out.printf("MIME fuzz: %d letters, %d read, %d refused%n", total, outcome[0], outcome[1]);
        assertThat(escaped).as("exceptions that escaped the reader (seed %d)", seed).isEmpty();
        assertThat(outcome[0]).as("some mutants are still letters").isPositive();
        assertThat(outcome[1]).as("some mutants are refused").isPositive();
    }

    private static void checkBounded(ParsedLetter letter, int n) {
        if (letter.subject() != null) {
            assertThat(letter.subject()).as("subject of letter %d", n).doesNotContain("\r", "\n");
        }
        if (letter.text() != null) {
            assertThat(letter.text().length()).as("text of letter %d", n).isLessThanOrEqualTo(MimeReader.MAX_BODY_CHARS + 100);
        }
        if (letter.html() != null) {
            org.jsoup.nodes.Document d = org.jsoup.Jsoup.parse(letter.html());
            assertThat(d.select("script, iframe, object, embed")).as("active elements in the sanitized HTML of letter %d", n).isEmpty();
            d.getAllElements().forEach(el -> el.attributes().forEach(a -> assertThat(a.getKey().toLowerCase(java.util.Locale.ROOT))
                    .as("attribute of <%s> in letter %d", el.tagName(), n).doesNotStartWith("on")));
        }
    }

    /** One to five random edits: flip, delete, insert hostile bytes, duplicate a span, truncate, deepen nesting. */
    static byte[] mutate(Random r, byte[] in) {
        List<Byte> b = new ArrayList<>(in.length + 64);
        for (byte x : in) {
            b.add(x);
        }
        int edits = 1 + r.nextInt(5);
        for (int e = 0; e < edits && !b.isEmpty(); e++) {
            int at = r.nextInt(b.size());
            switch (r.nextInt(8)) {
                case 0 -> b.set(at, (byte) r.nextInt(256));
                case 1 -> b.remove(at);
                case 2 -> {
                    byte[] hostile = pick(r, "\r\n", "\u0000", "=?utf-8?B?", "--b1", "--b2--", "\r\n\r\n", ";", "\"", "<", ">",
                            "Content-Type: multipart/mixed; boundary=\"b1\"\r\n", "=?x-unknown?Q?=FF?=", "%", "\\")
                            .getBytes(StandardCharsets.ISO_8859_1);
                    for (int k = hostile.length - 1; k >= 0; k--) {
                        b.add(at, hostile[k]);
                    }
                }
                case 3 -> {
                    int len = Math.min(b.size() - at, 1 + r.nextInt(200));
                    List<Byte> span = new ArrayList<>(b.subList(at, at + len));
                    int times = 1 + r.nextInt(r.nextInt(10) == 0 ? 300 : 5);
                    for (int k = 0; k < times; k++) {
                        b.addAll(at, span);
                    }
                }
                case 4 -> b.subList(at, b.size()).clear();
                case 5 -> {
                    byte[] nest = ("Content-Type: multipart/mixed; boundary=\"n\"\r\n\r\n--n\r\n").repeat(1 + r.nextInt(60))
                            .getBytes(StandardCharsets.ISO_8859_1);
                    for (int k = nest.length - 1; k >= 0; k--) {
                        b.add(0, nest[k]);
                    }
                }
                case 6 -> {
                    byte[] header = ("References: " + "<x@y> ".repeat(1 + r.nextInt(1000)) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
                    for (int k = header.length - 1; k >= 0; k--) {
                        b.add(0, header[k]);
                    }
                }
                default -> b.set(at, (byte) (b.get(at) ^ (1 << r.nextInt(8))));
            }
        }
        byte[] out = new byte[b.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = b.get(k);
        }
        return out;
    }

    private static String pick(Random r, String... xs) {
        return xs[r.nextInt(xs.length)];
    }
}
