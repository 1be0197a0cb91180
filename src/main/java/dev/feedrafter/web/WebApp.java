package dev.feedrafter.web;

import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.config.WebConfig;
import dev.feedrafter.draft.DraftDocument;
import dev.feedrafter.model.Draft;
import dev.feedrafter.pipeline.DraftWorkflow;
import dev.feedrafter.schedule.Polling;
import dev.feedrafter.store.Database;
import dev.feedrafter.util.Check;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the editor UI and the API work with: the store, the configuration and pipeline in force (from the
 * running {@link Polling}, so a reload of feeds.yml reaches them), the accounts and sessions, the templates, and
 * the background work editors start (imports, polls now).
 */
public final class WebApp implements AutoCloseable {
    private final Database db;
    private final Polling polling;
    private final boolean demo;
    private final Editors editors;
    private final WebSessions sessions;
    private final LoginThrottle throttle;
    private final Views views = new Views();
    private final ExecutorService background;
    private final ImportJobs imports;
    private final FeedPolls feedPolls;

    private WebApp(WebConfig web, Database db, Polling polling, boolean demo, Clock clock) {
        this.db = Check.notNull(db, "db");
        this.polling = Check.notNull(polling, "polling");
        this.demo = demo;
        this.editors = new Editors(web.editors());
        this.sessions = new WebSessions(db, web.sessionTimeout(), clock);
        this.throttle = new LoginThrottle(clock);
        AtomicInteger threads = new AtomicInteger();
        this.background = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "web-work-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.imports = new ImportJobs(background, () -> polling.pipeline().importUrl(), clock);
        this.feedPolls = new FeedPolls(background, () -> polling.pipeline().pollFeed());
    }

    /** The UI of {@code serve}; {@code demo} also serves the bundled sample site under {@code /demo-site/}. */
    public static WebApp create(WebConfig web, Database db, Polling polling, boolean demo) {
        Check.notNull(web, "web");
        return new WebApp(web, db, polling, demo, Clock.systemUTC());
    }

    Database db() {
        return db;
    }

    Polling polling() {
        return polling;
    }

    FeedrafterConfig config() {
        return polling.config();
    }

    boolean demo() {
        return demo;
    }

    Editors editors() {
        return editors;
    }

    WebSessions sessions() {
        return sessions;
    }

    LoginThrottle throttle() {
        return throttle;
    }

    Views views() {
        return views;
    }

    ImportJobs imports() {
        return imports;
    }

    FeedPolls feedPolls() {
        return feedPolls;
    }

    /** The workflow, reviewing edits with the settings in force. */
    DraftWorkflow workflow() {
        return new DraftWorkflow(db, config());
    }

    /** Drafts as documents, with the page template in force. */
    DraftDocument documents() {
        return DraftDocument.of(config().drafts());
    }

    /** The draft with the id in the path ({@code {id}}); a 404 when there is none. */
    Draft draft(String id) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new RequestProblem(404, "no draft with id " + id);
        }
        return db.read(s -> s.drafts().find(number))
                .orElseThrow(() -> new RequestProblem(404, "no draft with id " + number));
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
