package io.crmkit.inquiry;

/** How a client was found for an inquiry, strongest first. Only PHONE and EMAIL link an inquiry by themselves. */
public enum MatchKind {
    PHONE, EMAIL, NAME
}
