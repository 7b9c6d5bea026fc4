package io.crmkit.mail;

import io.crmkit.internal.Check;
import java.time.Clock;

/** Makes the SMTP implementation of the {@link MailSender} port. */
public final class SmtpMailSender {
    private SmtpMailSender() {
    }

    /**
     * A sender that hands letters to the SMTP server of {@code config}, keeping each letter's
     * Message-ID and refusing header values with CR or LF. It throws
     * {@link io.crmkit.StorageException} when the server cannot be reached or refuses a letter, and
     * {@link io.crmkit.InvalidInputException} for a letter that can never be sent as it is.
     *
     * @param clock the source of the Date header
     * @throws io.crmkit.InvalidInputException when {@code config} or {@code clock} is missing
     */
    public static MailSender create(MailServerConfig config, Clock clock) {
        Check.notNull("config", config);
        Check.notNull("clock", clock);
        return new SmtpSender(config, clock);
    }
}
