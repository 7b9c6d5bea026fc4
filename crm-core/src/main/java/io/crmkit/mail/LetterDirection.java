package io.crmkit.mail;

/** Whether a letter came in or went out. */
public enum LetterDirection {
    INCOMING, OUTGOING
}
