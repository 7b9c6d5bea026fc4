package io.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.Storage;
import io.crmkit.mail.AttachmentRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Contract of {@link io.crmkit.mail.AttachmentStore}: the store chooses ids; contents come back byte for byte. */
public abstract class AttachmentStoreContract extends ContractSupport {
    @Override
    protected abstract Storage newStorage();

    @Test
    void storesAndReturnsContent() throws IOException {
        byte[] content = "%PDF-1.4 offer".getBytes(StandardCharsets.US_ASCII);
        AttachmentRef ref = tx(() -> storage.attachments().store("offer.pdf", "application/pdf", content));
        assertThat(ref.declaredName()).isEqualTo("offer.pdf");
        assertThat(ref.contentType()).isEqualTo("application/pdf");
        assertThat(ref.size()).isEqualTo(content.length);
        content[0] = 'X';
        assertThat(storage.attachments().content(ref.id())).hasValueSatisfying(b ->
                assertThat(new String(b, StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4 offer"));
        try (InputStream in = storage.attachments().open(ref.id()).orElseThrow()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4 offer");
        }
    }

    @Test
    void theStoreChoosesTheIdNeverTheDeclaredName() {
        AttachmentRef a = tx(() -> storage.attachments().store("../../etc/passwd", "text/plain", new byte[] {1}));
        AttachmentRef b = tx(() -> storage.attachments().store("../../etc/passwd", "text/plain", new byte[] {2}));
        assertThat(a.id()).doesNotContain("/").doesNotContain("..").isNotEqualTo(b.id());
        assertThat(a.declaredName()).isEqualTo("../../etc/passwd");
        assertThat(storage.attachments().content(a.id()).orElseThrow()).containsExactly(1);
        assertThat(storage.attachments().content(b.id()).orElseThrow()).containsExactly(2);
    }

    @Test
    void emptyContentAndUnknownIds() {
        AttachmentRef empty = tx(() -> storage.attachments().store("empty.txt", null, new byte[0]));
        assertThat(empty.size()).isZero();
        assertThat(empty.contentType()).isEqualTo("application/octet-stream");
        assertThat(storage.attachments().content(empty.id()).orElseThrow()).isEmpty();
        assertThat(storage.attachments().content("no-such-attachment")).isEmpty();
        assertThat(storage.attachments().open("no-such-attachment")).isEmpty();
    }

    @Test
    void largeBinaryContentSurvivesIntact() {
        byte[] big = new byte[300_000];
        new java.util.Random(42).nextBytes(big);
        AttachmentRef ref = tx(() -> storage.attachments().store("blob.bin", "application/octet-stream", big));
        assertThat(storage.attachments().content(ref.id()).orElseThrow()).isEqualTo(big);
    }
}
