package dev.feedrafter.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.feedrafter.config.StoreConfig;
import dev.feedrafter.util.Check;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The application database: a connection pool, schema migrations by Flyway on open, and transactions.
 * H2 (one file, the default) and PostgreSQL (for a cluster) run the same SQL.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final StoreConfig config;

    private Database(StoreConfig config, HikariDataSource pool) {
        this.config = config;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
    }

    /** Opens the store and brings its schema up to date. */
    public static Database open(StoreConfig config) {
        Check.notNull(config, "config");
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(config.url());
        if (config.username() != null) {
            hc.setUsername(config.username());
        }
        if (config.password() != null) {
            hc.setPassword(config.password());
        }
        hc.setMaximumPoolSize(config.isPostgres() ? 8 : 4);
        hc.setPoolName("feedrafter");
        hc.setInitializationFailTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hc);
        } catch (RuntimeException e) {
            String reason = rootMessage(e);
            if (reason.contains("file is locked") || reason.contains("already in use")) {
                reason = "another Feedrafter process is using it (an H2 store belongs to one process at a time: "
                        + "while \"serve\" runs, use its web UI, or stop it first; PostgreSQL has no such limit)";
            }
            throw new StoreException("cannot open the store at " + safeUrl(config.url()) + ": " + reason, e);
        }
        try {
            migrate(pool, config);
        } catch (FlywayException e) {
            pool.close();
            throw new StoreException("cannot bring the store at " + safeUrl(config.url()) + " up to date: "
                    + e.getMessage(), e);
        }
        Database db = new Database(config, pool);
        db.transaction(s -> s.drafts().fillMissingLabels());
        return db;
    }

    private static void migrate(DataSource pool, StoreConfig config) {
        String vendor = config.isPostgres() ? "postgresql" : "h2";
        Flyway.configure().dataSource(pool)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .load().migrate();
    }

    public DataSource dataSource() {
        return pool;
    }

    public StoreConfig config() {
        return config;
    }

    /**
     * Runs {@code work} in one transaction: all of it is stored, or none. Throws {@link StoreConflictException}
     * when another transaction stored the same unique thing first.
     */
    public <T> T transaction(Function<Store, T> work) {
        try {
            return jdbi.inTransaction(handle -> work.apply(new Store(handle)));
        } catch (JdbiException e) {
            if (isUniqueViolation(e)) {
                throw new StoreConflictException("stored meanwhile by another poll: " + rootMessage(e), e);
            }
            throw new StoreException("database error: " + rootMessage(e), e);
        }
    }

    /**
     * Runs {@code work} in one transaction, and once more if it conflicted with another transaction, so that
     * the second run sees (and can join) what the other stored.
     */
    public <T> T transactionRetryingConflict(Function<Store, T> work) {
        try {
            return transaction(work);
        } catch (StoreConflictException e) {
            return transaction(work);
        }
    }

    /** SQLSTATE 23505 (unique violation) on both H2 and PostgreSQL. */
    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code work} with a connection, each statement committed on its own (for reads). */
    public <T> T read(Function<Store, T> work) {
        try {
            return jdbi.withHandle(handle -> work.apply(new Store(handle)));
        } catch (JdbiException e) {
            throw new StoreException("database error: " + rootMessage(e), e);
        }
    }

    /** True when the database answers a trivial query. */
    public boolean isReachable() {
        try {
            return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    private static String safeUrl(String url) {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
