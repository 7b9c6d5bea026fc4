package io.crmkit.mail;

/**
 * Port that hands one letter to a mail server. Implementations must use the letter's own
 * Message-ID and must refuse header values that carry CR or LF.
 */
public interface MailSender {
    /**
     * Sends the letter now.
     *
     * @param attachments opens attachment contents by id
     * @throws io.crmkit.StorageException when the server cannot be reached or refuses the letter
     */
    void send(OutgoingLetter letter, AttachmentStore attachments);
}
