package io.crmkit.examples.cli;

import io.crmkit.Storage;

/** Opens crmkit storages for the commands. */
public final class Storages {
    private Storages() {
    }

    /**
     * The JPA storage at a JDBC URL.
     *
     * @throws IllegalStateException until the JPA module is wired in
     */
    public static Storage jdbc(String url, String user, String password) {
        throw new IllegalStateException("the JPA storage is not available in this build (--jdbc-url " + url + ")");
    }
}
