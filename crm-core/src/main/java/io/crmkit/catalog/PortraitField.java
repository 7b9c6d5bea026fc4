package io.crmkit.catalog;

import io.crmkit.internal.Check;

/** A descriptive field of a client's portrait (industry, size, region, source, …), configured by the host. */
public record PortraitField(String key, String label, boolean required) {
    public PortraitField {
        Check.id("portraitField.key", key);
        label = Check.name("portraitField.label", label == null ? key : label);
    }
}
