package dev.feedrafter.cli;

import dev.feedrafter.Version;
import dev.feedrafter.config.ConfigLoader;
import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.config.StoreConfig;
import dev.feedrafter.schedule.Polling;
import dev.feedrafter.schedule.SchedulerNode;
import dev.feedrafter.store.Database;
import dev.feedrafter.web.HealthHandler;
import dev.feedrafter.web.WebApp;
import dev.feedrafter.web.WebServer;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code serve}: polls every feed on its schedule and serves the editor web UI, its API and {@code GET /health}
 * until stopped; {@code --demo} does so with the bundled sample clinic and feeds on a temporary store. Ctrl-C or
 * SIGTERM stops it gracefully: no new polls, running ones get {@code schedule.shutdown_grace} to finish, then
 * the process exits with 0 (1 when polls had to be cut short; they run again at the next start).
 */
@Command(name = "serve", description = {"Poll every feed on its schedule and serve the editor web UI on "
        + "web.host:web.port until stopped (Ctrl-C or SIGTERM), reloading feeds.yml when it changes."})
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @ParentCommand
    private FeedrafterCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--demo", description = "Run the demo: a sample clinic with sample feeds served from the jar "
            + "itself, on a temporary store, with an editor account printed at start. No feeds.yml or internet "
            + "needed.")
    private boolean demo;

    @Override
    public Integer call() throws InterruptedException {
        DemoSetup demoSetup = demo ? DemoSetup.create() : null;
        FeedrafterConfig config = demo ? demoSetup.config() : new ConfigLoader().load(root.configFile());
        Database db = Database.open(closedByServe(config.store()));
        Polling polling = null;
        WebServer web = null;
        try {
            polling = Polling.create(config, db, SchedulerNode.AUTO);
            web = WebServer.start(config.web(), new HealthHandler(db, polling),
                    WebApp.create(config.web(), db, polling, demo));
            polling.start();
        } catch (RuntimeException e) {
            stop(polling, web, db, Duration.ZERO);
            throw e;
        }
        LOG.info("Feedrafter {} is polling {} feeds from {} ({}); web UI: {}/ health: {}/health; Ctrl-C stops",
                Version.get(), config.feeds().size(), demo ? "the bundled demo" : root.configFile(),
                describeNode(config, polling), web.url(), web.url());
        if (demo) {
            printDemoWelcome(demoSetup, web.url());
        } else if (config.web().editors().isEmpty()) {
            LOG.warn("no editors can log in to the web UI: add web.editors to {} (see \"feedrafter hash-password\")",
                    root.configFile());
        }
        Polling running = polling;
        WebServer listening = web;
        Duration grace = config.schedule().shutdownGrace();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping: no new polls; waiting up to {} s for running ones", grace.toSeconds());
            boolean finished = stop(running, listening, db, grace);
            if (demoSetup != null) {
                demoSetup.delete();
            }
            LOG.info("stopped");
            // the exit status says whether the stop was clean, instead of the JVM's 143 for "ended by a signal"
            Runtime.getRuntime().halt(finished ? ExitCodes.OK : ExitCodes.PARTIAL);
        }, "feedrafter-stop"));
        new CountDownLatch(1).await(); // until the stop hook ends the process
        return ExitCodes.OK;
    }

    private void printDemoWelcome(DemoSetup setup, String url) {
        var out = spec.commandLine().getOut();
        out.println();
        out.println("Feedrafter demo: open " + url + "/ in your browser and log in");
        out.println("  user:     " + DemoSetup.EDITOR);
        out.println("  password: " + setup.password());
        out.println("Sample drafts arrive within a few seconds. Everything is kept in " + setup.dir());
        out.println("and removed when you stop the demo with Ctrl-C.");
        out.println();
        out.flush();
    }

    /** Stops what was started, last started first; false when running polls did not finish within {@code grace}. */
    private static boolean stop(Polling polling, WebServer web, Database db, Duration grace) {
        boolean finished = polling == null || polling.stop(grace);
        if (web != null) {
            web.close();
        }
        db.close();
        return finished;
    }

    private static String describeNode(FeedrafterConfig config, Polling polling) {
        return config.store().cluster() ? "cluster node " + polling.instanceId() : "single node";
    }

    /**
     * H2 closes its databases in a shutdown hook of its own, which would cut off the polls that a stop waits for;
     * serve closes the store itself, last.
     */
    static StoreConfig closedByServe(StoreConfig store) {
        if (!store.url().startsWith("jdbc:h2:") || store.url().toUpperCase(Locale.ROOT).contains("DB_CLOSE_ON_EXIT")) {
            return store;
        }
        return new StoreConfig(store.url() + ";DB_CLOSE_ON_EXIT=FALSE", store.username(), store.password(),
                store.cluster());
    }
}
