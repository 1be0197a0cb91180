package dev.feedrafter.web;

import dev.feedrafter.FeedrafterException;
import dev.feedrafter.config.WebConfig;
import dev.feedrafter.util.Check;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of {@code serve}, on {@code web.host}:{@code web.port} (port 0: any free port): the editor UI,
 * its JSON API and {@code /health}. Each route's handler is a class of its own; this class only wires them,
 * with the access filter in front of all of them.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /** Only our own scripts and styles; pictures in a preview may come from the outlets' sites. */
    private static final String CONTENT_POLICY = "default-src 'self'; img-src 'self' https: http: data:; "
            + "style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; "
            + "base-uri 'none'";

    private final Javalin app;
    private final String host;
    private final WebApp webApp;

    private WebServer(Javalin app, String host, WebApp webApp) {
        this.app = app;
        this.host = host;
        this.webApp = webApp;
    }

    public static WebServer start(WebConfig config, HealthHandler health, WebApp webApp) {
        Check.notNull(config, "config");
        Check.notNull(health, "health");
        Check.notNull(webApp, "webApp");
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.http.maxRequestSize = 2_000_000;
            c.http.prefer405over404 = true;
            staticFiles(c, "/static", "/web/static");
            c.routes.before(WebServer::securityHeaders);
            c.routes.before(new Access(webApp.sessions(), webApp.editors(), webApp.throttle(), webApp.demo()));
            c.routes.get("/health", health);
            routes(c, webApp);
            c.routes.exception(RequestProblem.class, (e, ctx) -> problem(ctx, webApp, e));
            c.routes.exception(HttpResponseException.class, (e, ctx) -> noRoute(ctx, webApp, e));
            c.routes.exception(Exception.class, (e, ctx) -> unexpected(ctx, webApp, e));
            c.routes.error(404, ctx -> notFound(ctx, webApp));
        });
        try {
            app.start(config.host(), config.port());
        } catch (RuntimeException e) {
            app.stop();
            throw new WebException("cannot listen on " + config.host() + ":" + config.port() + " (" + e.getMessage()
                    + "); set another web.port or web.host in feeds.yml", e);
        }
        return new WebServer(app, config.host(), webApp);
    }

    private static void routes(JavalinConfig c, WebApp webApp) {
        LoginHandler login = new LoginHandler(webApp.sessions(), webApp.editors(), webApp.throttle(), webApp.views());
        c.routes.get("/login", login::show);
        c.routes.post("/login", login::submit);
        c.routes.post("/logout", login::logout);
        c.routes.get("/", new InboxHandler(webApp));
        c.routes.get("/drafts/{id}", new DraftPageHandler(webApp));
        c.routes.post("/drafts/{id}/status", new DraftMoveHandler(webApp));
        c.routes.post("/drafts/{id}/body", new DraftSaveHandler(webApp));
        c.routes.post("/drafts/{id}/export", new DraftExportHandler(webApp));
        c.routes.get("/drafts/{id}/download", new DraftDownloadHandler(webApp));
        c.routes.post("/preview", new PreviewHandler());
        ImportHandler imports = new ImportHandler(webApp);
        c.routes.get("/import", imports::show);
        c.routes.post("/import", imports::start);
        c.routes.get("/import/{job}", new ImportJobHandler(webApp));
        FeedsHandler feeds = new FeedsHandler(webApp);
        c.routes.get("/feeds", feeds::show);
        c.routes.post("/feeds/poll", feeds::poll);
        c.routes.get("/api/drafts", new ApiDraftListHandler(webApp));
        c.routes.get("/api/drafts/{id}", new ApiDraftShowHandler(webApp));
        c.routes.post("/api/drafts/{id}/status", new ApiDraftStatusHandler(webApp));
        c.routes.put("/api/drafts/{id}/body", new ApiDraftBodyHandler(webApp));
        if (webApp.demo()) {
            c.routes.get(DemoSiteHandler.ROOT + "/<path>", new DemoSiteHandler());
        }
    }

    private static void staticFiles(JavalinConfig c, String hostedPath, String directory) {
        c.staticFiles.add(files -> {
            files.hostedPath = hostedPath;
            files.directory = directory;
            files.location = Location.CLASSPATH;
        });
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        if (!ctx.path().startsWith("/static/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    /** The same paths the access filter treats as the API, "/api" itself included. */
    private static boolean isApi(Context ctx) {
        return ctx.path().equals("/api") || ctx.path().startsWith("/api/");
    }

    private static void problem(Context ctx, WebApp webApp, RequestProblem e) {
        if (isApi(ctx)) {
            ApiJson.error(ctx, e);
        } else {
            errorPage(ctx, webApp, e.status(), e.getMessage());
        }
    }

    private static void unexpected(Context ctx, WebApp webApp, Exception e) {
        LOG.error("{} {} failed: {}", ctx.method(), ctx.path(), e.getMessage(), e);
        String message = e instanceof FeedrafterException ? "Feedrafter could not do that: " + e.getMessage()
                : "Something went wrong on the server; the details are in Feedrafter's log.";
        problem(ctx, webApp, new RequestProblem(500, message));
    }

    /**
     * What Javalin itself refuses — no route for the path (404), not for this method (405, with {@code Allow}), a
     * body too large — answered like every other problem: JSON under /api/, an error page elsewhere.
     */
    private static void noRoute(Context ctx, WebApp webApp, HttpResponseException e) {
        String message = switch (e.getStatus()) {
            case 404 -> isApi(ctx) ? "no API route " + ctx.method() + " " + ctx.path()
                    : "There is no page at " + ctx.path() + ".";
            case 405 -> {
                String allowed = String.join(", ", e.getDetails().values());
                ctx.header("Allow", allowed);
                yield ctx.method() + " is not allowed on " + ctx.path() + "; use " + allowed;
            }
            default -> e.getMessage();
        };
        problem(ctx, webApp, new RequestProblem(e.getStatus(), message));
    }

    private static void notFound(Context ctx, WebApp webApp) {
        String sent = ctx.result();
        if (sent == null || sent.isEmpty()) {
            problem(ctx, webApp, new RequestProblem(404, "There is no page at " + ctx.path() + "."));
        }
    }

    private static void errorPage(Context ctx, WebApp webApp, int status, String message) {
        Map<String, Object> model = Views.page(ctx, "Problem", "none");
        model.put("status", status);
        model.put("message", message);
        ctx.status(status);
        webApp.views().render(ctx, "error", model);
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
        webApp.close();
    }
}
