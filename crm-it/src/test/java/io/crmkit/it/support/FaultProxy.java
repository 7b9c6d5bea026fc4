package io.crmkit.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP proxy inside the test, listening on 127.0.0.1 only, in front of a real server (PostgreSQL,
 * IMAP, SMTP). It forwards bytes both ways and, when armed, cuts a connection at a precise point:
 * the moment one side sends a given text (an SQL statement, an IMAP command, an SMTP verb). The cut
 * resets both sockets and drops the chunk that carried the text, so the server never sees it.
 */
public final class FaultProxy implements AutoCloseable {
    /** Which way the watched text travels. */
    public enum Direction {
        CLIENT_TO_SERVER, SERVER_TO_CLIENT
    }

    private record Trigger(Direction direction, String text) {
    }

    private final ServerSocket server;
    private final InetSocketAddress target;
    private final List<Link> links = new CopyOnWriteArrayList<>();
    private final AtomicReference<Trigger> trigger = new AtomicReference<>();
    private final AtomicInteger cuts = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;
    private volatile boolean closed;

    public FaultProxy(String host, int port) throws IOException {
        this.target = new InetSocketAddress(host, port);
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptLoop, "fault-proxy-accept-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The local port to connect to instead of the server's. */
    public int port() {
        return server.getLocalPort();
    }

    /**
     * Arms the proxy: the next time {@code direction}'s side sends {@code text} (ASCII, compared
     * case-insensitively) on any connection, that connection is cut before the text is forwarded.
     * The proxy disarms itself after one cut.
     */
    public void cutWhen(Direction direction, String text) {
        trigger.set(new Trigger(direction, text.toLowerCase(Locale.ROOT)));
    }

    /** Disarms without cutting. */
    public void disarm() {
        trigger.set(null);
    }

    /** Whether an armed cut has not happened yet. */
    public boolean armed() {
        return trigger.get() != null;
    }

    /** Cuts every open connection now. */
    public void cutAll() {
        for (Link l : links) {
            l.cut();
        }
    }

    /** How many connections were cut so far. */
    public int cuts() {
        return cuts.get();
    }

    /** How many connections were accepted so far. */
    public int connections() {
        return connections.get();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = server.accept();
                connections.incrementAndGet();
                Socket upstream = new Socket();
                try {
                    upstream.connect(target, 5000);
                } catch (IOException e) {
                    client.close();
                    continue;
                }
                Link link = new Link(client, upstream);
                links.add(link);
                link.start();
            } catch (IOException e) {
                if (!closed) {
                    continue;
                }
                return;
            }
        }
    }

    private final class Link {
        private final Socket client;
        private final Socket upstream;
        private final AtomicInteger ended = new AtomicInteger();

        Link(Socket client, Socket upstream) {
            this.client = client;
            this.upstream = upstream;
        }

        void start() {
            pump(client, upstream, Direction.CLIENT_TO_SERVER);
            pump(upstream, client, Direction.SERVER_TO_CLIENT);
        }

        private void pump(Socket from, Socket to, Direction direction) {
            Thread t = new Thread(() -> {
                byte[] buf = new byte[16 * 1024];
                String carry = "";
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    int n;
                    while ((n = in.read(buf)) >= 0) {
                        Trigger armed = trigger.get();
                        if (armed != null && armed.direction() == direction) {
                            String seen = carry + new String(buf, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
                            if (seen.contains(armed.text()) && trigger.compareAndSet(armed, null)) {
                                cuts.incrementAndGet();
                                cut();
                                return;
                            }
                            int keep = Math.min(seen.length(), armed.text().length() - 1);
                            carry = seen.substring(seen.length() - keep);
                        }
                        out.write(buf, 0, n);
                        out.flush();
                    }
                } catch (IOException e) {
                    // the other side went away or the link was cut
                } finally {
                    if (ended.incrementAndGet() == 2) {
                        links.remove(this);
                    }
                    cut();
                }
            }, "fault-proxy-" + direction + "-" + from.getPort());
            t.setDaemon(true);
            t.start();
        }

        /** Resets both sockets (linger 0 sends RST), so neither side can mistake it for a clean close. */
        void cut() {
            for (Socket s : List.of(client, upstream)) {
                try {
                    if (!s.isClosed()) {
                        s.setSoLinger(true, 0);
                        s.close();
                    }
                } catch (IOException e) {
                    // already gone
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        cutAll();
    }
}
