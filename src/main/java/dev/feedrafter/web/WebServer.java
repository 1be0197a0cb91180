package dev.feedrafter.web;

import dev.feedrafter.config.WebConfig;
import dev.feedrafter.util.Check;
import io.javalin.Javalin;

/**
 * The HTTP server of {@code serve}, on {@code web.host}:{@code web.port} (port 0: any free port). Each route's
 * handler is a class of its own; this class only wires them.
 */
public final class WebServer implements AutoCloseable {
    private final Javalin app;
    private final String host;

    private WebServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    public static WebServer start(WebConfig config, HealthHandler health) {
        Check.notNull(config, "config");
        Check.notNull(health, "health");
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.routes.get("/health", health);
        });
        try {
            app.start(config.host(), config.port());
        } catch (RuntimeException e) {
            app.stop();
            throw new WebException("cannot listen on " + config.host() + ":" + config.port() + " (" + e.getMessage()
                    + "); set another web.port or web.host in feeds.yml", e);
        }
        return new WebServer(app, config.host());
    }

    /** The port listened on (the one chosen when web.port is 0). */
    public int port() {
        return app.port();
    }

    public String url() {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
