package io.crmkit.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

@Entity(name = "MailCheckpoint")
@Table(name = "crm_mail_checkpoint")
class CheckpointEntity {
    @EmbeddedId
    FolderKey key;
    @Column(name = "uid_validity", nullable = false)
    long uidValidity;
    @Column(name = "last_uid", nullable = false)
    long lastUid;

    @Embeddable
    static class FolderKey implements Serializable {
        private static final long serialVersionUID = 1L;
        @Column(name = "mailbox", length = 300)
        String mailbox;
        @Column(name = "folder", length = 300)
        String folder;

        FolderKey() {
        }

        FolderKey(String mailbox, String folder) {
            this.mailbox = mailbox;
            this.folder = folder;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FolderKey k && Objects.equals(mailbox, k.mailbox) && Objects.equals(folder, k.folder);
        }

        @Override
        public int hashCode() {
            return Objects.hash(mailbox, folder);
        }
    }
}
