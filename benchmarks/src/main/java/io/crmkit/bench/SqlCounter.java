package io.crmkit.bench;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Counts the SQL a JDBC user sends, at the JDBC API: every statement the driver is asked to run
 * (a batch entry counts as one) and every round trip asked for (an {@code execute…} call or an
 * {@code executeBatch}). Wraps connections in dynamic proxies; the driver itself is untouched.
 */
public final class SqlCounter {
    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong roundTrips = new AtomicLong();

    /** SQL statements asked for: each batch entry and each direct execution. */
    public long statements() {
        return statements.get();
    }

    /** Executions asked for: each {@code execute…} and each {@code executeBatch}. */
    public long roundTrips() {
        return roundTrips.get();
    }

    public void reset() {
        statements.set(0);
        roundTrips.set(0);
    }

    /**
     * A small pooled data source over {@link DriverManager} whose connections are counted: closing a
     * connection hands it back to the pool (rolled back if a transaction was left open), as a host's
     * pool would. {@link #closePool} closes the physical connections.
     */
    public PooledDataSource dataSource(String url, String user, String password) {
        return new PooledDataSource(this, url, user, password);
    }

    /** Wraps a connection so that its statements are counted. */
    public Connection wrap(Connection c) {
        return (Connection) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {Connection.class},
                new ConnectionHandler(c));
    }

    private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private final class ConnectionHandler implements InvocationHandler {
        private final Connection target;

        ConnectionHandler(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            if (m.getName().equals("unwrap") && args != null && args[0] == Connection.class) {
                return proxy;
            }
            Object r = SqlCounter.invoke(target, m, args);
            if (r instanceof Statement s) {
                Class<?>[] ifaces = m.getReturnType().isInterface() ? new Class<?>[] {m.getReturnType()}
                        : new Class<?>[] {Statement.class};
                return Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), ifaces, new StatementHandler(s, proxy));
            }
            return r;
        }
    }

    private final class StatementHandler implements InvocationHandler {
        private final Statement target;
        private final Object connection;

        StatementHandler(Statement target, Object connection) {
            this.target = target;
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            String n = m.getName();
            if (n.equals("getConnection")) {
                return connection;
            }
            if (n.equals("addBatch")) {
                statements.incrementAndGet();
            } else if (n.equals("executeBatch") || n.equals("executeLargeBatch")) {
                roundTrips.incrementAndGet();
            } else if (n.startsWith("execute")) {
                statements.incrementAndGet();
                roundTrips.incrementAndGet();
            }
            return SqlCounter.invoke(target, m, args);
        }
    }

    /** The pooled, counted data source of {@link #dataSource}. */
    public static final class PooledDataSource implements DataSource, AutoCloseable {
        private final SqlCounter counter;
        private final String url;
        private final String user;
        private final String password;
        private final java.util.concurrent.ConcurrentLinkedDeque<Connection> idle = new java.util.concurrent.ConcurrentLinkedDeque<>();
        private final java.util.Set<Connection> all = java.util.concurrent.ConcurrentHashMap.newKeySet();

        PooledDataSource(SqlCounter counter, String url, String user, String password) {
            this.counter = counter;
            this.url = url;
            this.user = user;
            this.password = password;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection physical = idle.pollFirst();
            if (physical == null || physical.isClosed()) {
                physical = DriverManager.getConnection(url, user, password);
                all.add(physical);
            }
            Connection p = physical;
            Connection counted = counter.wrap(p);
            java.util.concurrent.atomic.AtomicBoolean returned = new java.util.concurrent.atomic.AtomicBoolean();
            return (Connection) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, m, args) -> {
                        switch (m.getName()) {
                            case "close" -> {
                                if (returned.compareAndSet(false, true)) {
                                    if (!p.getAutoCommit()) {
                                        p.rollback();
                                        p.setAutoCommit(true);
                                    }
                                    idle.addFirst(p);
                                }
                                return null;
                            }
                            case "isClosed" -> {
                                return returned.get() || p.isClosed();
                            }
                            default -> {
                                if (returned.get()) {
                                    throw new SQLException("connection handed back to the pool");
                                }
                                return SqlCounter.invoke(counted, m, args);
                            }
                        }
                    });
        }

        @Override
        public Connection getConnection(String u, String pw) throws SQLException {
            return getConnection();
        }

        /** Closes every physical connection. */
        @Override
        public void close() {
            for (Connection c : all) {
                try {
                    c.close();
                } catch (SQLException e) {
                    // closing is best effort: the database may be gone already
                }
            }
            all.clear();
            idle.clear();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException("no java.util.logging here");
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            if (iface.isInstance(this)) {
                return iface.cast(this);
            }
            throw new SQLException("not a wrapper of " + iface.getName());
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return iface.isInstance(this);
        }
    }
}
