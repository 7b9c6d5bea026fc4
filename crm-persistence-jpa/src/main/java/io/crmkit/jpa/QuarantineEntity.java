package io.crmkit.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

@Entity(name = "QuarantinedMessage")
@Table(name = "crm_mail_quarantine")
class QuarantineEntity {
    @EmbeddedId
    MessageKey key;
    @Column(name = "reason", length = 20000)
    String reason;
    @Column(name = "quarantined_at", nullable = false)
    Instant at;

    @Embeddable
    static class MessageKey implements Serializable {
        private static final long serialVersionUID = 1L;
        @Column(name = "mailbox", length = 300)
        String mailbox;
        @Column(name = "folder", length = 300)
        String folder;
        @Column(name = "uid_validity")
        long uidValidity;
        @Column(name = "uid")
        long uid;

        MessageKey() {
        }

        MessageKey(String mailbox, String folder, long uidValidity, long uid) {
            this.mailbox = mailbox;
            this.folder = folder;
            this.uidValidity = uidValidity;
            this.uid = uid;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof MessageKey k && Objects.equals(mailbox, k.mailbox) && Objects.equals(folder, k.folder)
                    && uidValidity == k.uidValidity && uid == k.uid;
        }

        @Override
        public int hashCode() {
            return Objects.hash(mailbox, folder, uidValidity, uid);
        }
    }
}
