package io.crmkit.mail;

import io.crmkit.InvalidInputException;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * How to reach one mail server (IMAP or SMTP): host, port, transport security, credentials and
 * timeouts. Built with {@link #builder(String, int)} and checked when built; the password is never
 * shown by {@link #toString()} nor logged.
 *
 * <pre>{@code
 * MailServerConfig imap = MailServerConfig.builder("imap.example.com", 993)
 *         .security(MailServerConfig.Security.TLS)
 *         .credentials("sales@example.com", System.getenv("MAIL_PASSWORD"))
 *         .build();
 * }</pre>
 */
public final class MailServerConfig {
    /** The longest timeout accepted. */
    public static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);

    /** How the connection is protected. */
    public enum Security {
        /** Plain text (only for a server on the same host or in tests). */
        NONE,
        /** Plain connection upgraded with STARTTLS; the upgrade is required, never optional. */
        STARTTLS,
        /** TLS from the first byte (IMAPS on 993, SMTPS on 465). */
        TLS
    }

    private final String host;
    private final int port;
    private final Security security;
    private final String username;
    private final String password;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    private MailServerConfig(Builder b) {
        this.host = b.host;
        this.port = b.port;
        this.security = b.security;
        this.username = b.username;
        this.password = b.password;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
    }

    /** Starts a configuration for {@code host:port}; security defaults to TLS and timeouts to 20 s / 60 s. */
    public static Builder builder(String host, int port) {
        return new Builder(host, port);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public Security security() {
        return security;
    }

    /** The login, or {@code null} for a server that needs none. */
    public String username() {
        return username;
    }

    /** Whether a login is configured. */
    public boolean hasCredentials() {
        return username != null;
    }

    /** The password; package-private so that nothing outside the adapters can print it. */
    String password() {
        return password;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    /** Jakarta Mail session properties for {@code protocol} ("imap" or "smtp"). */
    Properties sessionProperties(String protocol) {
        Properties p = new Properties();
        String pre = "mail." + protocol + ".";
        p.setProperty(pre + "host", host);
        p.setProperty(pre + "port", Integer.toString(port));
        p.setProperty(pre + "connectiontimeout", Long.toString(connectTimeout.toMillis()));
        p.setProperty(pre + "timeout", Long.toString(readTimeout.toMillis()));
        p.setProperty(pre + "writetimeout", Long.toString(readTimeout.toMillis()));
        if (security == Security.TLS) {
            p.setProperty(pre + "ssl.enable", "true");
            p.setProperty(pre + "ssl.checkserveridentity", "true");
        } else if (security == Security.STARTTLS) {
            p.setProperty(pre + "starttls.enable", "true");
            p.setProperty(pre + "starttls.required", "true");
            p.setProperty(pre + "ssl.checkserveridentity", "true");
        }
        if (username != null) {
            p.setProperty(pre + "auth", "true");
            p.setProperty(pre + "user", username);
        }
        return p;
    }

    /** Host, port, security and login; never the password. */
    @Override
    public String toString() {
        return "MailServerConfig[" + host + ":" + port + ", " + security
                + (username == null ? ", no login" : ", user " + username + ", password ***") + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MailServerConfig c && host.equals(c.host) && port == c.port && security == c.security
                && Objects.equals(username, c.username) && Objects.equals(password, c.password)
                && connectTimeout.equals(c.connectTimeout) && readTimeout.equals(c.readTimeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(host, port, security, username);
    }

    /** Collects and checks a {@link MailServerConfig}. */
    public static final class Builder {
        private final String host;
        private final int port;
        private Security security = Security.TLS;
        private String username;
        private String password;
        private Duration connectTimeout = Duration.ofSeconds(20);
        private Duration readTimeout = Duration.ofSeconds(60);

        private Builder(String host, int port) {
            this.host = host;
            this.port = port;
        }

        /** TLS (default), STARTTLS or NONE. */
        public Builder security(Security s) {
            security = s;
            return this;
        }

        /** The login and password; both are required together. */
        public Builder credentials(String user, String pass) {
            username = user;
            password = pass;
            return this;
        }

        /** How long to wait for the TCP connection. */
        public Builder connectTimeout(Duration d) {
            connectTimeout = d;
            return this;
        }

        /** How long to wait for each read or write on the connection. */
        public Builder readTimeout(Duration d) {
            readTimeout = d;
            return this;
        }

        /**
         * Checks the configuration.
         *
         * @throws InvalidInputException naming the field ({@code mail.host}, {@code mail.port},
         *         {@code mail.security}, {@code mail.username}, {@code mail.password},
         *         {@code mail.connectTimeout}, {@code mail.readTimeout}) and its value (a password
         *         is shown as {@code ***})
         */
        public MailServerConfig build() {
            if (host == null || host.isBlank()) {
                throw new InvalidInputException("mail.host", host, "must not be blank");
            }
            if (host.length() > 253 || !host.matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
                throw new InvalidInputException("mail.host", host, "is not a host name or IP address");
            }
            if (port < 1 || port > 65535) {
                throw new InvalidInputException("mail.port", port, "must be between 1 and 65535");
            }
            if (security == null) {
                throw new InvalidInputException("mail.security", null, "is required (TLS, STARTTLS or NONE)");
            }
            if (username != null) {
                if (username.isBlank() || username.length() > 320 || hasControl(username)) {
                    throw new InvalidInputException("mail.username", username,
                            "must be a non-blank single line of at most 320 characters");
                }
                if (password == null || password.isEmpty()) {
                    throw new InvalidInputException("mail.password", null, "is required when a username is given");
                }
                if (hasControl(password)) {
                    throw new InvalidInputException("mail.password", "***", "must not contain control characters");
                }
            } else if (password != null) {
                throw new InvalidInputException("mail.username", null, "is required when a password is given");
            }
            checkTimeout("mail.connectTimeout", connectTimeout);
            checkTimeout("mail.readTimeout", readTimeout);
            return new MailServerConfig(this);
        }

        private static void checkTimeout(String field, Duration d) {
            if (d == null) {
                throw new InvalidInputException(field, null, "is required");
            }
            if (d.isNegative() || d.isZero() || d.compareTo(MAX_TIMEOUT) > 0) {
                throw new InvalidInputException(field, d, "must be positive and at most " + MAX_TIMEOUT);
            }
            if (d.toMillis() == 0) {
                throw new InvalidInputException(field, d, "must be at least one millisecond");
            }
        }

        private static boolean hasControl(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (Character.isISOControl(s.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
    }
}
