package io.crmkit.mail;

/** A message that cannot be read as a letter; it is quarantined with {@link #getMessage()} as the reason. */
final class MalformedLetterException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedLetterException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
