package io.crmkit.inquiry;

import io.crmkit.internal.Check;

/**
 * What a caller has to look a client up by: any of a phone as written, an e-mail, and a name
 * fragment (matched case-insensitively against client and contact names). At least one must be given.
 */
public record ClientSearch(String phone, String email, String nameLike) {
    public ClientSearch {
        phone = Check.optionalName("phone", phone, 64);
        email = Check.optionalName("email", email, 254);
        nameLike = Check.optionalName("nameLike", nameLike, Check.NAME_MAX);
        if (phone == null && email == null && nameLike == null) {
            throw new io.crmkit.InvalidInputException("search", "{}", "give a phone, an e-mail or a name fragment");
        }
    }

    public static ClientSearch byPhone(String phone) {
        return new ClientSearch(phone, null, null);
    }

    public static ClientSearch byEmail(String email) {
        return new ClientSearch(null, email, null);
    }

    public static ClientSearch byName(String nameLike) {
        return new ClientSearch(null, null, nameLike);
    }
}
