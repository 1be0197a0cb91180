package dev.feedrafter.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * Hands Quartz connections from the application's pool, so that the job store lives in the same database
 * with the same credentials and no second pool. The application closes its pool itself, after the scheduler.
 */
final class DatabaseConnections implements ConnectionProvider {
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final DataSource dataSource;

    private DatabaseConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Registers the pool with Quartz's process-wide connection manager under a new name and returns the name.
     * A name per scheduler keeps one scheduler's shutdown from closing another's connections.
     */
    static String register(DataSource dataSource) {
        String name = "feedrafter-" + COUNT.incrementAndGet();
        DBConnectionManager.getInstance().addConnectionProvider(name, new DatabaseConnections(dataSource));
        return name;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void initialize() {
        // the pool is open already
    }

    @Override
    public void shutdown() {
        // the pool belongs to the application's Database, which closes it
    }
}
