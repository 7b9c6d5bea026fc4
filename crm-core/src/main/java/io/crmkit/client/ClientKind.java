package io.crmkit.client;

/** Whether a client is an organisation or a private person. */
public enum ClientKind {
    ORGANIZATION, PERSON
}
