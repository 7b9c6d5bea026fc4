package io.crmkit.client;

import io.crmkit.internal.Check;

/**
 * A phone number as written and its normalized key (E.164, e.g. {@code +79123456789}). Make one
 * with {@link PhoneNormalizer#phone(String, String)}.
 */
public record Phone(String raw, String key) {
    public Phone {
        raw = Check.name("phone", raw, 64);
        Check.id("phone.key", key);
    }

    @Override
    public String toString() {
        return raw;
    }
}
