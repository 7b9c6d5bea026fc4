package io.crmkit.client;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.crmkit.InvalidInputException;
import java.util.Optional;

/**
 * Turns phone numbers as people write them into E.164 keys with libphonenumber, reading numbers
 * without a country code in a default region. With region {@code RU}, {@code +7 (912) 345-67-89},
 * {@code 8 912 345 67 89} and {@code 9123456789} all give {@code +79123456789}.
 */
public final class PhoneNormalizer {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    public PhoneNormalizer(String defaultRegion) {
        if (defaultRegion == null || !UTIL.getSupportedRegions().contains(defaultRegion)) {
            throw new InvalidInputException("defaultPhoneRegion", defaultRegion, "is not a region libphonenumber knows");
        }
        this.defaultRegion = defaultRegion;
    }

    public String defaultRegion() {
        return defaultRegion;
    }

    /** The E.164 key of a number, or empty when it cannot be a phone number. */
    public Optional<String> key(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 64) {
            return Optional.empty();
        }
        String s = raw.strip();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                return Optional.empty();
            }
        }
        try {
            Phonenumber.PhoneNumber n = UTIL.parse(s, defaultRegion);
            if (!UTIL.isPossibleNumber(n) && "RU".equals(defaultRegion) && s.replaceAll("\\D", "").length() == 11
                    && s.replaceAll("\\D", "").startsWith("8")) {
                n = UTIL.parse("+7" + s.replaceAll("\\D", "").substring(1), defaultRegion);
            }
            if (!UTIL.isPossibleNumber(n)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** A phone with its key, or {@link InvalidInputException} naming {@code field}. */
    public Phone phone(String field, String raw) {
        return new Phone(raw == null ? null : raw.strip(), key(raw).orElseThrow(() ->
                new InvalidInputException(field, raw, "is not a phone number (read with default region " + defaultRegion + ")")));
    }
}
